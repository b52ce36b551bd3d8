// Hex as people type it and read it: challenges, responses and admin keys are pasted from
// other tools grouped with spaces, colons or dashes, and shown in groups of four digits.
#pragma once

#include "core/util/Sentence.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <cstdint>

namespace tpmvsc {

struct HexScan {
    qsizetype digits = 0;
    qsizetype badPosition = 0; // 1-based position in the text as typed; 0 when all good
    QChar badChar;
};

// Validates without copying, so that a secret's digits are decoded only once the text is
// known to be good, straight into the memory that keeps them (decodeHex).
HexScan scanHex(const QString& text);
// The digits of a text scanHex found good, into `out` (digits / 2 bytes).
void decodeHex(const QString& text, std::uint8_t* out);
// An offending character as a message shows it, so the user can find it; invisible ones
// as U+XXXX.
QString showChar(QChar c);

// Exactly `size` bytes of hex; throws Error(InvalidInput) naming `what` (a challenge, a
// response: the face's word, said in the face's language with the sentence), the bad
// character and its position, or the count of digits.
QByteArray parseHexBytes(const QString& text, int size, const Sentence& what);

// "0123 4567 89AB CDEF": how challenges and responses are shown to people.
QString formatGrouped(const QByteArray& bytes);

} // namespace tpmvsc
