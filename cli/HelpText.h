// What `tpmvscmgr /?` and `tpmvscmgr COMMAND /?` print. doc/tpmvscmgr.1 says the same
// at more length; test_commandline checks that every option and exit code is in both.
#pragma once

#include <QString>

namespace tpmvsc::cli {

QString generalHelp();
// `command`: a canonical name from commandNames(); anything else gives generalHelp().
QString commandHelp(const QString& command);
QString exitCodeHelp();
QString versionText();

} // namespace tpmvsc::cli
