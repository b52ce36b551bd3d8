#include "Oid.h"

#include <QRegularExpression>

namespace tpmvsc {

bool isValidDottedOid(const QString& text)
{
    // Arcs of up to 18 digits fit in 64 bits.
    static const QRegularExpression re(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]{0,17}))+$"));
    if (text.size() > 200 || !re.match(text).hasMatch())
        return false;
    return text[0] == u'2' || text.section(u'.', 1, 1).toULongLong() <= 39;
}

} // namespace tpmvsc
