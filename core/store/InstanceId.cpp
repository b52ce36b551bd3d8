#include "InstanceId.h"

#include <limits>

namespace tpmvsc {

namespace {

constexpr QLatin1String kRoot("ROOT");
constexpr QLatin1String kReader("SMARTCARDREADER");

bool isSlash(QChar c)
{
    return c == u'\\' || c == u'/';
}

// ASCII digits only: QChar::isDigit would also take Arabic-Indic or full-width digits,
// which no tool prints and which would make two spellings of one card.
std::optional<int> parseNumber(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
        if (value > std::numeric_limits<int>::max())
            return std::nullopt;
    }
    return static_cast<int>(value);
}

} // namespace

QString formatInstanceId(int instance)
{
    // A negative number is a caller's bug; printing it unpadded keeps it recognisable
    // (and parseInstanceId rejects it) instead of producing "00-1".
    const QString number = instance < 0 ? QString::number(instance)
                                        : QString::number(instance).rightJustified(4, u'0');
    return QStringLiteral("ROOT\\SMARTCARDREADER\\") + number;
}

std::optional<int> parseInstanceId(const QString& text)
{
    const QStringView s = QStringView(text).trimmed();
    const qsizetype prefixLength = kRoot.size() + 1 + kReader.size() + 1;
    if (s.size() > prefixLength && s.startsWith(kRoot, Qt::CaseInsensitive) &&
        isSlash(s.at(kRoot.size())) &&
        s.mid(kRoot.size() + 1, kReader.size()).compare(kReader, Qt::CaseInsensitive) == 0 &&
        isSlash(s.at(prefixLength - 1)))
        return parseNumber(s.mid(prefixLength));
    return parseNumber(s);
}

} // namespace tpmvsc
