// Admin challenge-response as Windows smart-card management tools compute it, so
// helpdesks can keep their calculators: response = 3DES-CBC with a zero IV (one block:
// 3DES-ECB) of the 8-byte challenge under the 24-byte admin key.
#pragma once

#include "core/store/CardRecord.h" // kChallengeSize
#include "core/util/HexText.h"
#include "core/util/Secret.h"
#include "core/util/Sentence.h"

#include <QByteArray>
#include <QString>

namespace tpmvsc {

constexpr int kAdminKeySize = 24;
constexpr int kResponseSize = 8;

// The well-known default admin key 010203040506070801020304050607080102030405060708.
Secret defaultAdminKey();

// Parses 48 hex digits (spaces and colons ignored) into an admin key.
// Throws Error(InvalidInput) naming what is wrong (length, character at position n).
Secret parseAdminKey(const QString& hex);

// Parses a challenge or response of 16 hex digits (spaces, colons, dashes ignored).
inline QByteArray parseHex8(const QString& text, const Sentence& what)
{
    return parseHexBytes(text, kChallengeSize, what);
}

// Whether `adminKey` must not be chosen as a new card's admin key, and why. 3DES computes
// E_K3(D_K2(E_K1(x))): when K1 and K2, or K2 and K3, are the same DES key (DES ignores the
// lowest bit of each byte, so keys differing only there are the same), two steps cancel
// and what is left is single DES, whose 56-bit keys can all be tried. The well-known
// default key repeats its parts too but is exempt: Windows defines it and tools rely on
// it, and it is warned about as the public key it is. Only for keys being chosen:
// responses are still computed for any key a card already has. Keys of another size are
// not judged here (parseAdminKey refuses them).
struct AdminKeyWeakness {
    // The 1-based 8-byte parts that are one DES key (1 and 2, or 2 and 3); 0 when not weak.
    int firstPart = 0;
    int secondPart = 0;
    bool parityOnly = false; // they differ, but only in the bits DES ignores
    explicit operator bool() const { return firstPart != 0; }
    // The reason as one sentence naming digit positions, never digits, for a log or an
    // error (the desktop application words it in its own translations from the fields).
    Sentence text() const;
};
AdminKeyWeakness adminKeyWeakness(const Secret& adminKey);

Secret computeAdminResponse(const Secret& adminKey, const QByteArray& challenge);

} // namespace tpmvsc
