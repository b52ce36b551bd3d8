// Card instance IDs as tpmvscmgr prints them: ROOT\SMARTCARDREADER\000n.
#pragma once

#include <QString>
#include <optional>

namespace tpmvsc {

QString formatInstanceId(int instance); // 0 -> "ROOT\SMARTCARDREADER\0000"

// Accepts the full ID in any letter case ("root\smartcardreader\0003"), with '/' for '\'
// (shells eat backslashes), or the bare number ("3", "0003").
std::optional<int> parseInstanceId(const QString& text);

} // namespace tpmvsc
