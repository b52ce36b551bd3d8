#include "TerminalText.h"

#include <QList>

namespace tpmvsc::cli {

namespace {

// The East Asian Wide and Fullwidth ranges of Unicode (UAX #11), as terminals draw them.
bool isWide(uint c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

qsizetype displayWidth(const QString& text)
{
    qsizetype columns = 0;
    for (const uint c : text.toUcs4())
        columns += isWide(c) ? 2 : 1;
    return columns;
}

QString padded(const QString& text, qsizetype columns)
{
    const qsizetype width = displayWidth(text);
    return width >= columns ? text : text + QString(columns - width, QLatin1Char(' '));
}

} // namespace tpmvsc::cli
