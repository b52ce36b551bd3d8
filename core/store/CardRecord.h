// What the store keeps for one card. Nothing here is secret: private parts are TPM
// blobs (encrypted by the TPM's storage key, useless on another TPM), and no PIN, PUK,
// admin key or hash of them is ever part of a record.
#pragma once

#include "core/policy/PinPolicy.h"
#include "core/tpm/TpmTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace tpmvsc {

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

// An NV index of the card, as it was defined: its handle, and its Name once written
// (the Name covers the index's attributes, authPolicy and size; an index removed and
// made again by someone else, even alike, is told apart when it is used).
struct NvIndexRecord {
    std::uint32_t handle = 0;
    QByteArray name;
    bool operator==(const NvIndexRecord&) const = default;
};

// What the TPM holds for a card made with TPM-held counters (card/CardGuard.h has the
// picture): the PIN and PUK as NV indices that count their own failures, a counter that
// uses up admin challenges, the card secret sealed to the PIN index, and the proof
// object whose authValue is the card secret.
struct CardGuardRecord {
    NvIndexRecord pinIndex;
    std::optional<NvIndexRecord> pukIndex;     // absent: no PUK
    std::optional<NvIndexRecord> adminCounter; // absent: no admin stock
    // The counter's value when the card was made: challenge i answers only while the
    // counter is base + 2i + 1 (an attempt steps it there first, and on when done).
    std::uint64_t adminCounterBase = 0;
    TpmBlob sealedSecret; // the card secret; only a policy on pinIndex unseals it
    TpmBlob witness;      // authValue = the card secret
    bool operator==(const CardGuardRecord&) const = default;
};

// The card's attestation identity key (tpm/AttestationKey.h): a restricted signing key
// of the TPM, authValue the card secret, that certifies the card's keys.
struct AttestationKeyRecord {
    TpmBlob blob;
    QDateTime created; // UTC
    // From an attestation CA (AIK_AND_CERT): the AIK's certificate first, then its
    // issuers; empty for an AIK alone (AIK_ONLY).
    QList<QByteArray> certificates;
    QString authority; // the CA that issued them (its address); empty without them
    bool operator==(const AttestationKeyRecord&) const = default;
};

// A card file that is not (or no longer) a whole card: written before the first NV
// index of a new card is defined and before the last one of a destroyed card is
// removed, so that whatever a crash leaves behind is found and finished.
enum class CardState { Ready, Creating, Destroying };

enum class AdminKeyMode { Default, Prompt, Random };
QString adminKeyModeName(AdminKeyMode mode); // "DEFAULT", "PROMPT", "RANDOM"

// One precomputed admin reset: the challenge, and the object whose authValue derives
// from the expected response (the TPM checks it). Without a guard that object seals the
// card secret and the challenge is removed once used; with a guard it seals nothing, the
// whole stock stays listed and the guard's counter says which challenge is next.
// Windows' admin challenge is one 3DES block.
constexpr int kChallengeSize = 8;

struct AdminChallenge {
    QByteArray challenge; // kChallengeSize bytes
    TpmBlob sealedSecret;
    bool operator==(const AdminChallenge&) const = default;
};

struct CardRecord {
    // The card's limits, in one place: the operations refuse what the store would refuse
    // to write or read back.
    // 4: aik; 3: guard and state; 2: keys[].chain. Versions 1 to 3 still load.
    static constexpr int kFormatVersion = 5;
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
    CardState state = CardState::Ready;
    // Present: the TPM holds the PIN, PUK and admin state. Absent: a card made before
    // TPM-held counters, whose secrets are sealed under PIN/PUK/responses and whose
    // try counters are the numbers below (upgradeCard moves it to the TPM).
    std::optional<CardGuardRecord> guard;

    PinPolicy pinPolicy;
    int pinMaxTries = 5;
    // With a guard: what the TPM said last (its index is the truth); without: the count.
    int pinTriesLeft = 5;
    TpmBlob pinSealedSecret; // without a guard: card secret sealed under f(PIN)
    // Counts the PIN's replacements (change, unblock, admin reset): a logged-in program
    // that sees it move knows its login was made with a PIN that is no longer the card's.
    int pinGeneration = 0;

    std::optional<TpmBlob> pukSealedSecret; // without a guard; absent: card made without /PUK
    int pukMaxTries = 5;
    int pukTriesLeft = 5;

    AdminKeyMode adminKeyMode = AdminKeyMode::Default;
    int adminMaxTries = 5; // consecutive wrong responses before admin reset is blocked
    int adminTriesLeft = 5;
    QList<AdminChallenge> adminChallenges; // empty: RANDOM admin key, or stock used up

    bool fileSystem = false; // tpmvscmgr /generate, or initialised later
    QList<KeyRecord> keys;
    std::optional<AttestationKeyRecord> aik; // absent: the card has no attestation key

    bool pinBlocked() const { return pinTriesLeft <= 0; }
    bool hasPuk() const
    {
        return guard ? guard->pukIndex.has_value() : pukSealedSecret.has_value();
    }
    // With a guard: which challenge of the stock is next, as last seen in the TPM.
    int adminNext = 0;
    bool operator==(const CardRecord&) const = default;
};

} // namespace tpmvsc
