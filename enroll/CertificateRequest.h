// PKCS#10 certificate requests signed by a key that never leaves the TPM: the request
// is assembled with OpenSSL around the card key's public half, its to-be-signed part
// hashed here and signed through the Signer, and the result verified before it is
// returned (a signer that answers with a wrong signature is an error, not a bad file).
#pragma once

#include "CertificateContent.h"
#include "Signer.h"

#include <QByteArray>

namespace tpmvsc {

struct CertificateRequest {
    QByteArray der;
    QByteArray pem() const; // "-----BEGIN CERTIFICATE REQUEST-----"
};

// The extensionRequest attribute carries keyUsage (critical), extendedKeyUsage and,
// when there are any, subjectAltName; the signature is sha256/384/512WithRSAEncryption,
// RSASSA-PSS (MGF1 same hash, salt = hash size) or ecdsa-with-SHA256/384/512.
// content.attestationBundle, when set, goes into the id-aa-attestation attribute.
// Checks the template against the key and SANs first (Error InvalidInput), and needs a
// subject or at least one SAN. Errors from the signer pass through unchanged.
CertificateRequest createCertificateRequest(const CertificateContent& content,
                                            const Signer& signer);

// What createCertificateRequest() will ask the signer for with this content (for the
// glue: which hash and scheme to use, before the PIN is asked).
struct SignatureParameters {
    HashAlgorithm digest = HashAlgorithm::Sha256;
    SignatureScheme padding = SignatureScheme::RsaPkcs1v15;
};
SignatureParameters signatureParametersFor(const CertificateContent& content);

} // namespace tpmvsc
