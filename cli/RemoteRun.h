// tpmvscmgr COMMAND ... /machine HOST: the same command run by HOST's tpmvscmgr over ssh,
// as Windows' tpmvscmgr runs create and destroy on another machine through DCOM.
//
// ssh is $TPMVSC_SSH when set (a command line split at spaces, double quotes grouping,
// e.g. `ssh -F /etc/tpmvsc/ssh_config`), else `ssh` from PATH; the user's ssh
// configuration decides the port, the user and the keys. HOST's shell is given
// `tpmvscmgr ARG...`, every argument quoted for a POSIX shell, so names with spaces,
// quotes, $ or ; arrive as typed.
//
// Secrets never go into argv: HOST's tpmvscmgr reads them as a local one does.
//   - a command that reads secrets, stdin a terminal: `ssh -t`, and HOST's tpmvscmgr asks
//     on the terminal ssh gives it: echo off, confirmation and second chances as here;
//   - a command that reads secrets, stdin not a terminal: `ssh -T`, this stdin handed to
//     ssh as it is: one line per secret in the command's order, as a local run reads them;
//   - a command that reads no secret: `ssh -T -n` (stdin is left alone).
// The exit status is HOST's tpmvscmgr's; ssh's own failure (255), and a HOST without
// tpmvscmgr (126, 127 from its shell), are ErrorCode::Unreachable.
#pragma once

#include "CommandLine.h"

#include <QString>
#include <QStringList>

namespace tpmvsc::cli {

struct SshCommand {
    QString program;
    QStringList arguments;
};

// Whether the command asks for a PIN, PUK, admin key, response or owner password.
bool readsSecrets(const Command& command);

// The ssh command line for `global.machine` and `global.remoteArgs`. `sshOverride` is
// $TPMVSC_SSH (empty: plain ssh); `terminal`: stdin is a terminal.
SshCommand sshCommand(const CommandLine& commandLine, bool terminal, const QString& sshOverride);

// Runs it and returns HOST's exit status; throws Error(Unreachable) when ssh cannot start,
// fails itself, or HOST has no tpmvscmgr.
int runRemote(const CommandLine& commandLine);

} // namespace tpmvsc::cli
