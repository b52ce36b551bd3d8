// Enrollment with a CA over the network, as one interface whatever the protocol (SCEP
// first; EST can follow): the CA is learnt before any key exists (so that a pinned
// certificate that does not match costs nothing), then, while the new key is loaded in
// the TPM, the signed request goes to the CA and the issued certificate comes back, to be
// stored with the key in the same card write. EnrollService drives it.
#pragma once

#include "core/card/CardService.h"
#include "core/card/KeyCertificate.h"
#include "core/util/Sentence.h"
#include "enroll/CertificateContent.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tpmvsc {

struct EnrollmentAuthority {
    QByteArray caCertificate; // DER: what issues, and what a user pins
    QString fingerprint;      // SHA-256 of it, "AB:CD:..."
};

struct EnrollmentRequest {
    QByteArray requestDer;       // the PKCS#10 request, signed by the key
    CertificateContent content;  // what the request says (for a protocol's own signatures)
    const KeyUse* key = nullptr; // the new key, loaded in the TPM for the call
};

class EnrollmentProtocol
{
public:
    virtual ~EnrollmentProtocol() = default;
    EnrollmentProtocol() = default;
    EnrollmentProtocol(const EnrollmentProtocol&) = delete;
    EnrollmentProtocol& operator=(const EnrollmentProtocol&) = delete;

    // Asks the CA who it is (network, no TPM); the answer is kept for enroll().
    virtual EnrollmentAuthority discover() = 0;
    // Why a key of `algorithm` cannot be enrolled this way; nothing when it can.
    virtual std::optional<Sentence> refusesKey(KeyAlgorithm algorithm) const = 0;
    // Sends the request and returns the certificate the CA issued, with its chain,
    // checked against the key and the CA. Throws Error (Unreachable when the CA cannot
    // be reached); the caller then keeps no key.
    virtual KeyCertificate enroll(const EnrollmentRequest& request) = 0;
};

} // namespace tpmvsc
