// How enrollment signs without ever holding a private key: the CSR and certificate
// builders hash what must be signed and hand the digest to a Signer. The glue service
// backs it with the card key in the TPM; tests back it with an OpenSSL software key.
// The hashes and schemes are the card's own value types (tpm/TpmTypes.h): what a card key
// signs with is what enrollment asks for.
#pragma once

#include "core/tpm/TpmTypes.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace tpmvsc {

QString signatureSchemeName(SignatureScheme padding); // "pkcs1", "pss", "ecdsa"

// Signs `digest` (hashSize(alg) bytes) and returns the signature: RSA the raw
// signature (modulus size), ECDSA the DER Ecdsa-Sig-Value (a raw r||s of the curve's
// size is accepted too). Throws tpmvsc::Error on failure (wrong PIN, blocked card, ...);
// the builders let it through unchanged.
using Signer = std::function<QByteArray(const QByteArray& digest, HashAlgorithm, SignatureScheme)>;

// What the user may choose about the signature; unset parts come from the template
// and the key (sha256; sha384 for P-384).
struct SignatureChoice {
    std::optional<HashAlgorithm> digest;
    bool rsaPss = false; // RSA keys only; refused for EC keys
};

} // namespace tpmvsc
