// SCEP (RFC 8894) over HTTP: GetCACaps and GetCACert when the CA is discovered, then one
// PKIOperation (POST when the CA offers POSTPKIOperation, else GET with the message in
// the query) carrying the request signed and decrypted with the card key through
// KeyUse. The messages themselves are enroll/ScepMessage's. See doc/scep.md.
#pragma once

#include "EnrollmentProtocol.h"
#include "enroll/ScepCaps.h"

#include <QUrl>
#include <optional>

namespace tpmvsc {

class ScepClient : public EnrollmentProtocol
{
public:
    static constexpr int kDefaultTimeoutMs = 60000;

    // Throws Error(InvalidInput) when `url` is not an http or https URL with a host,
    // before anything goes to the network.
    explicit ScepClient(const QString& url, int timeoutMs = kDefaultTimeoutMs);

    EnrollmentAuthority discover() override;
    std::optional<Sentence> refusesKey(KeyAlgorithm algorithm) const override;
    KeyCertificate enroll(const EnrollmentRequest& request) override;

    const ScepCaps& caps() const { return m_caps; } // after discover()

private:
    QUrl operationUrl(const QString& operation) const;
    QByteArray get(const QString& operation, const char* what);
    QByteArray pkiOperation(const QByteArray& message);

    QUrl m_url;
    int m_timeoutMs;
    ScepCaps m_caps;
    std::optional<ScepCaCertificates> m_ca;
};

} // namespace tpmvsc
