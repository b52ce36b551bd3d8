// Binary values in JSON read strictly: a string of standard base64 with its padding that
// decodes to at least one byte. Qt's decoder forgives missing padding, so the length is
// checked first; anything else (URL-safe letters, spaces, another type) is refused. Shared
// by every JSON format enrollment reads from someone else.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <optional>

namespace tpmvsc {

// The decoded bytes, or nothing when `value` is not such a string.
std::optional<QByteArray> strictBase64(const QJsonValue& value);

} // namespace tpmvsc
