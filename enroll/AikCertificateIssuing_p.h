// PRIVATE to tpmvsc-enroll (OpenSSL types): the attestation CA issuing an AIK certificate
// after the profile of AikCertificateProfile.h.
#pragma once

#include "AikCertificateProfile.h"
#include "OpenSslSupport_p.h"
#include "core/card/AikCertification.h"

namespace tpmvsc {

struct IssuedAikCertificate {
    QByteArray der;
    QByteArray serial; // the serial number's bytes, big-endian
};

// X.509 v3 with a random positive 16-byte serial, an empty subject, the CA certificate's
// subject as issuer, valid from a minute ago for `days` days; subjectAltName (critical) a
// directoryName with the TPM's manufacturer, model and version (UTF8String), extended key
// usage tcg-kp-AIKCertificate, basicConstraints CA:FALSE and keyUsage digitalSignature
// (both critical), subject and authority key identifiers. Signed with `caKey` (SHA-256).
IssuedAikCertificate issueAikCertificate(const QByteArray& aikSpki, const TpmIdentity& tpm,
                                         X509* caCertificate, EVP_PKEY* caKey, int days);

} // namespace tpmvsc
