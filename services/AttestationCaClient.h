// The card's side of the exchange with an attestation CA over HTTP(S)
// (doc/attestation-ca.md): one POST to {url}/v1/aik-certificate, then the sealed AIK
// certificate opened with the credential the TPM recovered and checked against the AIK
// certificate profile. Synchronous (a local event loop), so the card service calls it from
// its worker thread or a command line process alike; a QCoreApplication must exist.
#pragma once

#include "core/card/AikCertification.h"
#include "enroll/AikCertificationWire.h"

#include <QUrl>
#include <optional>

namespace tpmvsc {

class AttestationCaClient : public AikCertifier
{
public:
    static constexpr int kDefaultTimeoutMs = 30000;

    // Throws Error(InvalidInput) when `url` is not an http or https URL with a host,
    // before anything goes to the network.
    explicit AttestationCaClient(const QString& url, int timeoutMs = kDefaultTimeoutMs);
    // Whether the constructor takes `url` (for a form that checks as the user types).
    static bool isUsableUrl(const QString& url);
    // Throws the constructor's Error(InvalidInput) when it would not take `url`.
    static void requireUsableUrl(const QString& url);

    // Error(Unreachable) when the CA cannot be reached (refused, timed out, TLS
    // failed) or fails itself (5xx); Error(EvidenceRefused) with the CA's sentence when
    // it refuses the TPM (403); Error(InvalidInput) when it answers something else.
    CredentialChallenge challenge(const AikCertificationRequest& request) override;
    // Error(EvidenceRefused) when the certificate does not open with the credential or
    // does not follow the AIK certificate profile for the request's AIK (AikCertificateProfile.h).
    QList<QByteArray> certificateChain(const Secret& credential) override;
    QString authority() const override;

private:
    QUrl m_url;
    int m_timeoutMs;
    QByteArray m_aikPublic;
    std::optional<AikCertificationAnswer> m_answer;
};

} // namespace tpmvsc
