// Exit codes of tpmvscmgr: one table, read by the runtime (Error -> exit code) and by the
// help text, so the two cannot disagree. The man page repeats it; a unit test compares.
#pragma once

#include "core/util/Error.h"

#include <QList>
#include <QString>

namespace tpmvsc::cli {

constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitUsage = 2;

struct ExitCodeRow {
    ErrorCode category;
    int exitCode;
    const char* meaning; // one clause, no groff-special characters (the man page copies it)
};

// Every ErrorCode exactly once, ordered by exit code.
const QList<ExitCodeRow>& exitCodeTable();
int exitCodeFor(ErrorCode category);
// The exit codes in use, ascending (0 included).
QList<int> exitCodes();
// The meanings of one exit code joined with "; " (0: "success").
QString exitCodeMeaning(int exitCode);

} // namespace tpmvsc::cli
