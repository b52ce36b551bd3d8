// How enrollment signs without ever holding a private key: the CSR and certificate
// builders hash what must be signed and hand the digest to a Signer. The glue service
// backs it with the card key in the TPM; tests back it with an OpenSSL software key.
// These enums are enroll's own (enroll does not depend on tpmvsc-core); the glue maps
// them onto tpmvsc::HashAlgorithm / SignatureScheme.
#pragma once

#include "store/CardRecord.h" // KeyAlgorithm, for the users of SignatureChoice

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace tpmvsc {

enum class DigestAlgorithm { Sha256, Sha384, Sha512 };

// RsaPss: RSASSA-PSS with MGF1 over the same hash and salt length = hash size (what
// the card's TPM produces and what the certificate's RSASSA-PSS-params announce).
enum class SignaturePadding { RsaPkcs1v15, RsaPss, Ecdsa };

QString digestAlgorithmName(DigestAlgorithm alg);                     // "sha256", ...
bool parseDigestAlgorithm(const QString& text, DigestAlgorithm* out); // case-insensitive
int digestSize(DigestAlgorithm alg);                                  // bytes: 32, 48, 64
QString signaturePaddingName(SignaturePadding padding);               // "pkcs1", "pss", "ecdsa"

// Signs `digest` (digestSize(alg) bytes) and returns the signature: RSA the raw
// signature (modulus size), ECDSA the DER Ecdsa-Sig-Value (a raw r||s of the curve's
// size is accepted too). Throws tpmvsc::Error on failure (wrong PIN, blocked card, ...);
// the builders let it through unchanged.
using Signer =
    std::function<QByteArray(const QByteArray& digest, DigestAlgorithm, SignaturePadding)>;

// What the user may choose about the signature; unset parts come from the template
// and the key (sha256; sha384 for P-384).
struct SignatureChoice {
    std::optional<DigestAlgorithm> digest;
    bool rsaPss = false; // RSA keys only; refused for EC keys
};

} // namespace tpmvsc
