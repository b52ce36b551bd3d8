// What the store keeps for one card. Nothing here is secret: private parts are TPM
// blobs (encrypted by the TPM's storage key, useless on another TPM), and no PIN, PUK,
// admin key or hash of them is ever part of a record.
#pragma once

#include "policy/PinPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tpmvsc {

// A TPM object as created under the storage primary: marshalled TPM2B_PUBLIC and
// TPM2B_PRIVATE (tpm2-tss MU format), loadable with TPM2_Load.
struct TpmBlob {
    QByteArray publicArea;
    QByteArray privateArea;
    bool isEmpty() const { return publicArea.isEmpty() || privateArea.isEmpty(); }
    bool operator==(const TpmBlob&) const = default;
};

enum class KeyAlgorithm { Rsa2048, Rsa3072, EccP256, EccP384 };
QString keyAlgorithmName(KeyAlgorithm alg);                     // "rsa2048", "p256", ...
bool parseKeyAlgorithm(const QString& text, KeyAlgorithm* out); // case-insensitive; also "ecc256"

struct KeyRecord {
    // PKCS#11 CKA_ID, unique on the card: by default the 20-byte SHA-1 of the public key's
    // modulus / point; a PKCS#11 application may choose its own (1..kMaxKeyIdSize bytes).
    QByteArray id;
    QString label;
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa2048;
    TpmBlob blob;
    QDateTime created;      // UTC
    QByteArray certificate; // DER, empty until one is imported (enrollment)
    // The issuers' certificates (DER) after the leaf, as the CA delivered them: leaf's
    // issuer first. Empty when there is no certificate or the CA sent the leaf alone.
    QList<QByteArray> chain;
    bool operator==(const KeyRecord&) const = default;
};

enum class AdminKeyMode { Default, Prompt, Random };
QString adminKeyModeName(AdminKeyMode mode); // "DEFAULT", "PROMPT", "RANDOM"

// One precomputed admin reset: the challenge, and the card secret sealed under the
// expected response (the TPM checks it). Used once, then removed.
struct AdminChallenge {
    QByteArray challenge; // 8 bytes
    TpmBlob sealedSecret;
    bool operator==(const AdminChallenge&) const = default;
};

struct CardRecord {
    // The card's limits, in one place: the operations refuse what the store would refuse
    // to write or read back.
    static constexpr int kFormatVersion = 2; // 2: keys[].chain; version 1 still loads
    static constexpr int kOldestFormatVersion = 1;
    static constexpr int kMaxKeys = 30;
    static constexpr int kMaxTries = 100;      // upper bound of every try limit
    static constexpr int kMaxTextLength = 256; // card name, key label
    static constexpr int kCardIdSize = 16;
    static constexpr int kKeyIdSize = 20;    // the default key ID: SHA-1 of the public key
    static constexpr int kMaxKeyIdSize = 64; // an ID a PKCS#11 application chose: 1..64 bytes
    // Real certificates are 1-3 KiB; 16 KiB leaves room for long SAN lists while keeping
    // 30 keys with chains under the store's 4 MiB file cap in any normal case.
    static constexpr int kMaxCertificateSize = 16 * 1024;
    static constexpr int kMaxChainLength = 8; // issuers above the leaf

    int instance = -1;
    QString name;
    QByteArray cardId;      // 16 random bytes: salt for secret derivation, unique per card
    QDateTime created;      // UTC
    QByteArray primaryName; // TPM Name of the storage primary the blobs live under

    PinPolicy pinPolicy;
    int pinMaxTries = 5;
    int pinTriesLeft = 5;
    TpmBlob pinSealedSecret; // card secret sealed under the PIN-derived authValue

    std::optional<TpmBlob> pukSealedSecret; // absent: card made without /PUK
    int pukMaxTries = 5;
    int pukTriesLeft = 5;

    AdminKeyMode adminKeyMode = AdminKeyMode::Default;
    int adminMaxTries = 5; // consecutive wrong responses before admin reset is blocked
    int adminTriesLeft = 5;
    QList<AdminChallenge> adminChallenges; // empty: RANDOM admin key, or stock used up

    bool fileSystem = false; // tpmvscmgr /generate, or initialised later
    QList<KeyRecord> keys;

    bool pinBlocked() const { return pinTriesLeft <= 0; }
    bool operator==(const CardRecord&) const = default;
};

} // namespace tpmvsc
