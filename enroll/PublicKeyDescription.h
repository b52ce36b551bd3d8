// What a SubjectPublicKeyInfo holds, in words: the algorithm and size shown to users,
// and the card key type it corresponds to (if any), for template checks.
#pragma once

#include "core/store/CardRecord.h"
#include "core/util/Sentence.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tpmvsc {

struct PublicKeyDescription {
    enum class Type { Rsa, Ec, Other };
    Type type = Type::Other;
    int bits = 0;       // RSA modulus size, EC field size
    QString curve;      // EC only: "P-256", "P-384", or the OpenSSL curve name; empty
                        // for explicit parameters
    Sentence algorithm; // display, said by the face: "RSA 2048", "ECDSA P-256", "Ed25519", ...
    // Rsa2048/Rsa3072/EccP256/EccP384 when the key is one a card can hold.
    std::optional<KeyAlgorithm> cardAlgorithm;
};

// Throws Error(InvalidInput) when `spkiDer` is not a SubjectPublicKeyInfo.
PublicKeyDescription describePublicKey(const QByteArray& spkiDer);

// The same key in two encodings compares equal (re-encoded through OpenSSL).
bool samePublicKey(const QByteArray& spkiDerA, const QByteArray& spkiDerB);

} // namespace tpmvsc
