#include "RemoteRun.h"
#include "Words.h"

#include "core/util/Error.h"

#include <QProcess>
#include <cstdio>
#include <unistd.h>

namespace tpmvsc::cli {

namespace {

// ssh's own failures (connection, authentication, host key) exit with 255.
constexpr int kSshFailed = 255;
// A POSIX shell's "found but not executable" and "not found".
constexpr int kShellCannotRun = 126;
constexpr int kShellNotFound = 127;

struct AsksForSecrets {
    bool operator()(const CreateArgs& a) const
    {
        return a.adminKey == AdminKeyMode::Prompt || a.pin == SecretSource::Prompt ||
               a.puk == SecretSource::Prompt || a.ownerAuth;
    }
    bool operator()(const DestroyArgs& a) const { return a.ownerAuth; }
    bool operator()(const CleanupArgs& a) const { return a.ownerAuth; }
    bool operator()(const HelpRequest&) const { return false; }
    bool operator()(const VersionRequest&) const { return false; }
    bool operator()(const ListArgs&) const { return false; }
    bool operator()(const StatusArgs&) const { return false; }
    bool operator()(const KeysArgs&) const { return false; }
    bool operator()(const CertsArgs&) const { return false; }
    bool operator()(const TemplatesArgs&) const { return false; }
    bool operator()(const ExportArgs&) const { return false; }
    bool operator()(const VerifyAttestationArgs&) const { return false; }
    // Every other command asks for a PIN, a PUK or an admin response.
    template <typename T> bool operator()(const T&) const { return true; }
};

} // namespace

bool readsSecrets(const Command& command)
{
    return std::visit(AsksForSecrets{}, command);
}

SshCommand sshCommand(const CommandLine& commandLine, bool terminal, const QString& sshOverride)
{
    QStringList ssh = QProcess::splitCommand(sshOverride);
    if (ssh.isEmpty())
        ssh = QStringList{QStringLiteral("ssh")};
    SshCommand command{ssh.takeFirst(), ssh};
    if (!readsSecrets(commandLine.command))
        command.arguments << QStringLiteral("-T") << QStringLiteral("-n");
    else
        command.arguments << (terminal ? QStringLiteral("-t") : QStringLiteral("-T"));
    QStringList remote{QStringLiteral("tpmvscmgr")};
    for (const QString& arg : commandLine.global.remoteArgs)
        remote << shellQuote(arg);
    // ssh joins its words with spaces for HOST's shell: the remote line goes as one word.
    command.arguments << QStringLiteral("--") << commandLine.global.machine
                      << remote.join(QLatin1Char(' '));
    return command;
}

int runRemote(const CommandLine& commandLine)
{
    const QString host = commandLine.global.machine;
    const SshCommand command =
        sshCommand(commandLine, isatty(STDIN_FILENO) == 1, qEnvironmentVariable("TPMVSC_SSH"));
    std::fflush(stdout);
    QProcess ssh;
    ssh.setProgram(command.program);
    ssh.setArguments(command.arguments);
    // ssh talks to the terminal and the pipes directly: the secrets on stdin never pass
    // through this process, and HOST's output arrives as it is written.
    ssh.setProcessChannelMode(QProcess::ForwardedChannels);
    ssh.setInputChannelMode(QProcess::ForwardedInputChannel);
    ssh.start();
    if (!ssh.waitForStarted(-1))
        throw Error(ErrorCode::Unreachable,
                    Words::tr("%1 could not be started (%2): install the OpenSSH client, or name "
                              "the ssh command in TPMVSC_SSH.")
                        .arg(command.program, ssh.errorString()));
    ssh.waitForFinished(-1);
    if (ssh.exitStatus() != QProcess::NormalExit)
        throw Error(ErrorCode::Unreachable,
                    Words::tr("ssh to %1 ended abnormally; the command may or may not have run "
                              "there.")
                        .arg(host));
    const int status = ssh.exitCode();
    if (status == kSshFailed)
        throw Error(ErrorCode::Unreachable,
                    Words::tr("%1 could not be reached over ssh (ssh said why above).").arg(host));
    if (status == kShellCannotRun || status == kShellNotFound)
        throw Error(ErrorCode::Unreachable,
                    Words::tr("tpmvscmgr could not be run on %1 (its shell said why above): "
                              "install tpmvsc there, or put tpmvscmgr on the PATH its ssh "
                              "sessions get.")
                        .arg(host));
    return status;
}

} // namespace tpmvsc::cli
