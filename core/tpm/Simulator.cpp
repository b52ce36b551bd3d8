#include "Simulator.h"

#include "SwtpmProcess.h"
#include "core/util/Error.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tpmvsc {

namespace {

constexpr int kDefaultLockTimeoutMs = 10000;
constexpr int kSetupTimeoutMs = 120000;
const char kNotInstalled[] = "swtpm is not installed: apt-get install swtpm swtpm-tools";

[[noreturn]] void unavailable(const QString& message)
{
    throw Error(ErrorCode::TpmUnavailable, message);
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// mkdir -p where every folder we create is 0700: the simulator's state holds the TPM's
// seeds, so copying it clones the TPM; nobody else may read it.
void makePrivateDirs(const QString& path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QString prefix;
    const QStringList parts = clean.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        prefix += QLatin1Char('/') + part;
        const QByteArray native = QFile::encodeName(prefix);
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            unavailable(QStringLiteral("Cannot create the software TPM folder %1: %2")
                            .arg(prefix, errnoText()));
    }
    struct stat st {
    };
    if (::stat(QFile::encodeName(clean).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        unavailable(QStringLiteral("The software TPM folder %1 is not a folder.").arg(clean));
    // An existing folder of ours with loose modes is tightened for the same reason.
    if (st.st_uid == ::geteuid() && (st.st_mode & 077) != 0)
        ::chmod(QFile::encodeName(clean).constData(), 0700);
}

void writePrivateFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(content) != content.size() || !file.flush())
        unavailable(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
}

// fsync of a file or folder, so that a rename that commits it never survives a crash
// without the data it points to.
void syncPath(const QString& path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString reason = errnoText();
        if (fd >= 0)
            ::close(fd);
        unavailable(QStringLiteral("Cannot save the software TPM state %1: %2").arg(path, reason));
    }
    ::close(fd);
}

void syncTree(const QString& dir)
{
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        if (entry.isSymLink())
            continue;
        if (entry.isDir())
            syncTree(entry.filePath());
        else
            syncPath(entry.filePath(), false);
    }
    syncPath(dir, true);
}

void renameInto(const QString& from, const QString& to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        unavailable(QStringLiteral("Cannot move %1 to %2: %3").arg(from, to, errnoText()));
}

void removeTree(const QString& path)
{
    if (QFileInfo::exists(path) && !QDir(path).removeRecursively())
        unavailable(QStringLiteral("Cannot remove the stale %1.").arg(path));
}

// The end of swtpm_setup's output: enough to see why it failed, not pages of it.
QString outputTail(const QByteArray& output)
{
    QStringList lines = QString::fromLocal8Bit(output).trimmed().split(QLatin1Char('\n'));
    constexpr qsizetype kLines = 15;
    if (lines.size() > kLines)
        lines = lines.mid(lines.size() - kLines);
    return lines.join(QLatin1Char('\n'));
}

// Creates the TPM state like a TPM manufacturer would: EK (RSA 2048 and ECC) with
// certificates from a local CA, a platform certificate, NV locked. Everything is built in
// <dir>/provision and the state folder is renamed into place last, so a crash at any
// step leaves either no TPM (provisioned again next time) or a complete one.
void provisionIn(const QString& dir, const QString& work)
{
    const QString setup = QStandardPaths::findExecutable(QStringLiteral("swtpm_setup"));
    if (setup.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("swtpm")).isEmpty())
        unavailable(QString::fromLatin1(kNotInstalled));
    const QString localcaTool = QStandardPaths::findExecutable(QStringLiteral("swtpm_localca"));
    if (localcaTool.isEmpty())
        unavailable(QString::fromLatin1(kNotInstalled));

    const QDir root(dir);
    removeTree(work); // left by a crash during an earlier provisioning
    makePrivateDirs(work);
    const QString newState = QDir(work).filePath(QStringLiteral("state"));
    const QString newCa = QDir(work).filePath(QStringLiteral("localca"));
    makePrivateDirs(newState);
    makePrivateDirs(newCa);

    // Our own configuration: the system one points at /var/lib/swtpm-localca, which a
    // normal user cannot write, and we want the CA to stay with this TPM anyway.
    const QString setupConf = QDir(work).filePath(QStringLiteral("swtpm_setup.conf"));
    const QString caConf = QDir(work).filePath(QStringLiteral("swtpm-localca.conf"));
    const QString caOptions = QStringLiteral("/etc/swtpm-localca.options");
    QByteArray setupText = "create_certs_tool = " + QFile::encodeName(localcaTool) + "\n" +
                           "create_certs_tool_config = " + QFile::encodeName(caConf) + "\n";
    if (QFileInfo::exists(caOptions))
        setupText += "create_certs_tool_options = " + QFile::encodeName(caOptions) + "\n";
    setupText += "active_pcr_banks = sha256\n";
    writePrivateFile(setupConf, setupText);
    const QByteArray ca = QFile::encodeName(newCa);
    writePrivateFile(caConf, "statedir = " + ca + "\n" + "signingkey = " + ca + "/signkey.pem\n" +
                                 "issuercert = " + ca + "/issuercert.pem\n" + "certserial = " + ca +
                                 "/certserial\n");

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    // Its certificate scratch folder goes next to the state, not into a shared /tmp.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), work);
    process.setProcessEnvironment(env);
    process.start(setup, {QStringLiteral("--tpm2"), QStringLiteral("--tpmstate"), newState,
                          QStringLiteral("--config"), setupConf, QStringLiteral("--create-ek-cert"),
                          QStringLiteral("--create-platform-cert"), QStringLiteral("--lock-nvram"),
                          QStringLiteral("--not-overwrite")});
    if (!process.waitForStarted())
        unavailable(QStringLiteral("Cannot run swtpm_setup: %1").arg(process.errorString()));
    if (!process.waitForFinished(kSetupTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        unavailable(QStringLiteral("swtpm_setup did not finish within %1 s:\n%2")
                        .arg(kSetupTimeoutMs / 1000)
                        .arg(outputTail(process.readAll())));
    }
    const QByteArray output = process.readAll();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !QFileInfo::exists(QDir(newState).filePath(QStringLiteral("tpm2-00.permall"))))
        unavailable(QStringLiteral("swtpm_setup could not create the software TPM (exit code "
                                   "%1):\n%2")
                        .arg(process.exitCode())
                        .arg(outputTail(output)));

    // Commit: the CA first (it only matters while certificates are made), the state last.
    syncTree(newCa);
    syncTree(newState);
    const QString finalCa = root.filePath(QStringLiteral("localca"));
    const QString finalState = root.filePath(QStringLiteral("state"));
    removeTree(finalCa);
    removeTree(finalState); // a folder without tpm2-00.permall: no TPM was ever in it
    renameInto(newCa, finalCa);
    renameInto(newState, finalState);
    syncPath(dir, true);
    removeTree(work);
}

void provision(const QString& dir)
{
    const QString work = QDir(dir).filePath(QStringLiteral("provision"));
    try {
        provisionIn(dir, work);
    } catch (...) {
        // A failed attempt keeps nothing (not even the CA's fresh private key); the next
        // attempt starts from scratch anyway.
        QDir(work).removeRecursively();
        throw;
    }
}

int lockTimeoutMs()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("TPMVSC_LOCK_TIMEOUT_MS", &ok);
    return ok && value >= 0 ? value : kDefaultLockTimeoutMs;
}

// flock, not fcntl locks: it belongs to the open file, so it also excludes a second
// Simulator in the same process and is released by the kernel if we crash.
int acquireLock(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("simulator.lock"));
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        unavailable(QStringLiteral("Cannot open %1: %2").arg(path, errnoText()));
    QDeadlineTimer deadline(lockTimeoutMs());
    for (;;) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            return fd;
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const QString reason = errnoText();
            ::close(fd);
            unavailable(QStringLiteral("Cannot lock %1: %2").arg(path, reason));
        }
        if (deadline.hasExpired()) {
            ::close(fd);
            throw Error(
                ErrorCode::Busy,
                QStringLiteral("The built-in software TPM is in use by another tpmvsc program."));
        }
        QThread::msleep(
            static_cast<unsigned long>(std::clamp<qint64>(deadline.remainingTime(), 1, 50)));
    }
}

} // namespace

Simulator::Simulator(const QString& dir) : m_dir(QDir::cleanPath(QDir(dir).absolutePath()))
{
    makePrivateDirs(m_dir);
    m_lockFd = acquireLock(m_dir);
    // The destructor does not run when a constructor throws: give the lock back here.
    try {
        const QString state = QDir(m_dir).filePath(QStringLiteral("state"));
        if (!QFileInfo::exists(QDir(state).filePath(QStringLiteral("tpm2-00.permall")))) {
            provision(m_dir);
            m_fresh = true;
        }
        // The sockets sit in our 0700 folder, beside the state they give access to.
        m_swtpm = std::make_unique<SwtpmProcess>(
            state, QDir(m_dir).filePath(QStringLiteral("swtpm.sock")));
    } catch (...) {
        ::close(m_lockFd);
        m_lockFd = -1;
        throw;
    }
}

Simulator::~Simulator()
{
    // swtpm first: the next program may only start it once this one has let go of it.
    m_swtpm.reset();
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

QString Simulator::tcti() const
{
    return m_swtpm ? m_swtpm->tcti() : QString();
}

} // namespace tpmvsc
