#include "HexText.h"

#include "Error.h"
#include "Secret.h"

#include <algorithm>

namespace tpmvsc {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// People paste keys and challenges as printed by other tools: grouped with spaces, colons
// or dashes. Accepting all three everywhere costs nothing and spares a retry.
bool isSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u'-';
}

} // namespace

QString showChar(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QLatin1Char('\'') + c + QLatin1Char('\'');
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

HexScan scanHex(const QString& text)
{
    HexScan scan;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isSeparator(c))
            continue;
        if (hexValue(c) < 0) {
            scan.badPosition = i + 1;
            scan.badChar = c;
            return scan;
        }
        ++scan.digits;
    }
    return scan;
}

void decodeHex(const QString& text, std::uint8_t* out)
{
    std::size_t nibble = 0;
    for (QChar c : text) {
        if (isSeparator(c))
            continue;
        const auto v = static_cast<std::uint8_t>(hexValue(c));
        if (nibble % 2 == 0)
            out[nibble / 2] = static_cast<std::uint8_t>(v << 4);
        else
            out[nibble / 2] = static_cast<std::uint8_t>(out[nibble / 2] | v);
        ++nibble;
    }
}

QByteArray parseHexBytes(const QString& text, int size, const Sentence& what)
{
    const HexScan scan = scanHex(text);
    if (scan.badPosition > 0)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AdminResponse",
                             "The %1 has a character that is not hexadecimal at position %2: %3.")
                        .arg(what)
                        .arg(scan.badPosition)
                        .arg(showChar(scan.badChar)));
    if (scan.digits != 2 * size)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AdminResponse",
                             "The %1 must be %2 hexadecimal digits (%3 bytes); you gave %4.")
                        .arg(what)
                        .arg(2 * size)
                        .arg(size)
                        .arg(scan.digits));
    QByteArray bytes(size, '\0');
    decodeHex(text, reinterpret_cast<std::uint8_t*>(bytes.data()));
    return bytes;
}

QString formatGrouped(const QByteArray& bytes)
{
    // Responses pass through here, so the intermediate copies are wiped like secrets.
    QByteArray hex = bytes.toHex().toUpper();
    QString out;
    out.reserve(hex.size() + hex.size() / 4);
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += QLatin1String(hex.constData() + i, std::min<qsizetype>(4, hex.size() - i));
    }
    wipe(hex);
    return out;
}

} // namespace tpmvsc
