// How tpmvscmgr tells a failure: the core's account, then what can still be done, in
// tpmvscmgr's own words (the commands that do it). The GUI says the same facts with its
// buttons (ui/common/ErrorText).
#pragma once

#include "core/util/Error.h"

#include <QString>

namespace tpmvsc::cli {

QString errorText(const Error& error);

} // namespace tpmvsc::cli
