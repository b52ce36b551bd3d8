// Runs a parsed tpmvscmgr command: reads the secrets it needs, calls the card core, prints
// the result. The TPM is reached only by commands that need it (list, status, keys,
// export and response read the store or nothing), so they work with no TPM at all.
#pragma once

#include "CommandLine.h"
#include "ExitCodes.h"

#include <QStringList>

namespace tpmvsc::cli {

// The whole program: parse, run, print errors as `tpmvscmgr: <message>` on stderr.
// Returns the exit code (ExitCodes.h). Needs a QCoreApplication for the arguments when
// argv is not given.
int run(int argc, char** argv);
int run(const QStringList& args);

// Runs one parsed command; throws Error on failure (run() turns it into an exit code).
// Returns the exit code when the command itself finishes with a non-zero status
// (list with unreadable cards).
int execute(const CommandLine& commandLine);

} // namespace tpmvsc::cli
