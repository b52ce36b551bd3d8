#include "StrictBase64.h"

#include <QString>

namespace tpmvsc {

std::optional<QByteArray> strictBase64(const QJsonValue& value)
{
    if (!value.isString() || value.toString().size() % 4 != 0)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return *decoded;
}

} // namespace tpmvsc
