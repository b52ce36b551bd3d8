// The AIK certificate an attestation CA issues (doc/attestation-ca.md, "AIK certificate
// profile"), as the TCG EK Credential Profile and WebAuthn's "tpm" attestation ask for it:
// an empty subject, a critical subject alternative name that names the TPM
// (tcg-at-tpmManufacturer, -Model, -Version), the extended key usage tcg-kp-AIKCertificate,
// not a CA. This header is the card's side: checking what the CA sent. The CA's side is
// AikCertificateIssuing_p.h.
#pragma once

#include <QByteArray>

namespace tpmvsc {

inline constexpr const char* kOidTcgKpAikCertificate = "2.23.133.8.3";
inline constexpr const char* kOidTcgAtTpmManufacturer = "2.23.133.2.1";
inline constexpr const char* kOidTcgAtTpmModel = "2.23.133.2.2";
inline constexpr const char* kOidTcgAtTpmVersion = "2.23.133.2.3";

// Checks that `certificate` (DER) is an AIK certificate for the AIK whose marshalled
// TPMT_PUBLIC is `aikPublic`, signed by the key of `issuer` (DER). Throws
// Error(EvidenceRefused) with a sentence of its own for each failure: not a certificate,
// another key, no tcg-kp-AIKCertificate, a CA certificate, a signature that does not
// verify. Error(InvalidInput) when aikPublic or issuer cannot be read.
void checkAikCertificate(const QByteArray& certificate, const QByteArray& aikPublic,
                         const QByteArray& issuer);

} // namespace tpmvsc
