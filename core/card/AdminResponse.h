// Admin challenge-response as Windows smart-card management tools compute it, so
// helpdesks can keep their calculators: response = 3DES-CBC with a zero IV (one block:
// 3DES-ECB) of the 8-byte challenge under the 24-byte admin key.
#pragma once

#include "util/Secret.h"

#include <QByteArray>
#include <QString>

namespace tpmvsc {

constexpr int kAdminKeySize = 24;
constexpr int kChallengeSize = 8;
constexpr int kResponseSize = 8;

// The well-known default admin key 010203040506070801020304050607080102030405060708.
Secret defaultAdminKey();

// Parses 48 hex digits (spaces and colons ignored) into an admin key.
// Throws Error(InvalidInput) naming what is wrong (length, character at position n).
Secret parseAdminKey(const QString& hex);

// Parses a challenge or response of 16 hex digits (spaces, dashes ignored).
QByteArray parseHex8(const QString& text, const QString& what);

Secret computeAdminResponse(const Secret& adminKey, const QByteArray& challenge);

// "0123 4567 89AB CDEF": how challenges and responses are shown to people.
QString formatGrouped(const QByteArray& bytes);

} // namespace tpmvsc
