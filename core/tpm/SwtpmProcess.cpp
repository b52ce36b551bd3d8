#include "SwtpmProcess.h"

#include "core/util/UniqueFd.h"

#include "core/util/Error.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace tpmvsc {

namespace {

constexpr int kStartTimeoutMs = 10000;
constexpr int kStopGraceMs = 2000;
// The listening sockets are always handed to swtpm as fds 3 (TPM commands) and 4
// (control channel), see the child code below.
constexpr int kServerChildFd = 3;
constexpr int kCtrlChildFd = 4;
// The swtpm TCTI finds the control channel next to the command socket: "<path>.ctrl".
const char kCtrlSuffix[] = ".ctrl";

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

[[noreturn]] void unavailable(const QString& message)
{
    throw Error(ErrorCode::TpmUnavailable, message);
}

// Moves a new descriptor to 3 or above: the child rearranges 0..3 with dup2 and must
// never find one of its sources already overwritten.
int aboveStdio(int fd)
{
    if (fd < 0 || fd > kCtrlChildFd)
        return fd;
    const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, kCtrlChildFd + 1);
    const int err = errno;
    ::close(fd);
    errno = err;
    return moved;
}

bool unixAddress(const QByteArray& path, sockaddr_un* addr)
{
    *addr = sockaddr_un{};
    addr->sun_family = AF_UNIX;
    if (path.isEmpty() || static_cast<std::size_t>(path.size()) >= sizeof addr->sun_path)
        return false;
    std::memcpy(addr->sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    return true;
}

// A unix socket listening on `path`, readable and writable by us alone. A file left there
// by an earlier swtpm that was killed goes first: only we use this private folder.
int listeningSocket(const QByteArray& path)
{
    sockaddr_un addr{};
    if (!unixAddress(path, &addr))
        return -1;
    UniqueFd fd(aboveStdio(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)));
    if (fd.get() < 0)
        return -1;
    ::unlink(path.constData());
    if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0)
        return -1;
    // The folder (0700) already keeps others out; the mode says so for the socket too,
    // whatever the umask was at bind time.
    if (::chmod(path.constData(), 0600) != 0 || ::listen(fd.get(), 16) != 0) {
        const int err = errno;
        ::unlink(path.constData());
        errno = err;
        return -1;
    }
    return fd.release();
}

// The folder of the sockets must be ours and closed to everybody else: connecting to a
// unix socket takes only write permission on the socket file, which the folder guards.
void requirePrivateFolder(const QString& socketPath)
{
    const QString folder = QFileInfo(socketPath).absolutePath();
    struct stat st {
    };
    if (::stat(QFile::encodeName(folder).constData(), &st) != 0 || !S_ISDIR(st.st_mode) ||
        st.st_uid != ::geteuid() || (st.st_mode & 077) != 0)
        unavailable(QStringLiteral("The folder %1 for swtpm's sockets must be a folder of "
                                   "yours that nobody else can enter (mode 0700).")
                        .arg(folder));
}

// Everything swtpm wrote to stdout/stderr so far (the end of it, if long), for error
// messages in swtpm's own words.
QString logText(int logFd)
{
    QByteArray text;
    char buf[4096];
    for (off_t offset = 0;;) {
        const ssize_t n = ::pread(logFd, buf, sizeof buf, offset);
        if (n <= 0)
            break;
        text.append(buf, n);
        offset += n;
    }
    constexpr qsizetype kTail = 2000;
    if (text.size() > kTail)
        text = text.right(kTail);
    return QString::fromLocal8Bit(text).trimmed();
}

// Connects to the unix socket at `path` and sends `request`. Returns the connection, or -1.
int sendTo(const QByteArray& path, const QByteArray& request)
{
    sockaddr_un addr{};
    if (!unixAddress(path, &addr))
        return -1;
    UniqueFd fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (fd.get() < 0)
        return -1;
    // A local connect completes or is refused at once; no need for a non-blocking dance.
    if (::connect(fd.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0)
        return -1;
    if (::send(fd.get(), request.constData(), static_cast<size_t>(request.size()), MSG_NOSIGNAL) !=
        request.size())
        return -1;
    return fd.release();
}

enum class Reply { Complete, Pending, Closed };

// Waits up to timeoutMs for the reply on `fd` to reach minReply bytes.
Reply awaitReply(int fd, QByteArray* reply, qsizetype minReply, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (reply->size() < minReply) {
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(deadline.remainingTime()));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            return Reply::Closed;
        if (ready == 0)
            return Reply::Pending;
        char buf[256];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            return Reply::Closed;
        reply->append(buf, n);
    }
    return Reply::Complete;
}

// swtpm control channel CMD_GET_CAPABILITY (4-byte command code 1; the answer is a 4-byte
// result and 4 bytes of flags).
const QByteArray& getCapabilityCommand()
{
    static const QByteArray command("\x00\x00\x00\x01", 4);
    return command;
}

// TPM2_GetRandom(8): any well-formed response shows the TPM itself serves commands.
bool tpmAnswers(const QByteArray& path, int timeoutMs)
{
    static const QByteArray kGetRandom("\x80\x01"
                                       "\x00\x00\x00\x0c"
                                       "\x00\x00\x01\x7b"
                                       "\x00\x08",
                                       12);
    UniqueFd fd(sendTo(path, kGetRandom));
    QByteArray reply;
    return fd.get() >= 0 && awaitReply(fd.get(), &reply, 10, timeoutMs) == Reply::Complete &&
           static_cast<unsigned char>(reply[0]) == 0x80;
}

// Result of reaping without blocking: still running, or gone (and reaped).
bool hasExited(pid_t pid, int* status)
{
    for (;;) {
        const pid_t r = ::waitpid(pid, status, WNOHANG);
        if (r == pid)
            return true;
        if (r < 0 && errno == EINTR)
            continue;
        // ECHILD: someone else reaped it (a SIGCHLD handler); it is gone either way.
        return r < 0;
    }
}

// To swtpm's whole process group (it made its own, see the child code), so nothing it may
// have started outlives it; to the pid alone if the child never got as far as setpgid.
void signalSwtpm(pid_t pid, int sig)
{
    if (::kill(-pid, sig) != 0)
        ::kill(pid, sig);
}

void reap(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}

QString exitText(int status)
{
    if (WIFEXITED(status))
        return QStringLiteral("exit status %1").arg(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return QStringLiteral("signal %1").arg(WTERMSIG(status));
    return QStringLiteral("status %1").arg(status);
}

} // namespace

SwtpmProcess::SwtpmProcess(const QString& stateDir, const QString& socketPath)
    : m_stateDir(stateDir), m_socketPath(QFileInfo(socketPath).absoluteFilePath())
{
    const QString swtpm = QStandardPaths::findExecutable(QStringLiteral("swtpm"));
    if (swtpm.isEmpty())
        unavailable(QStringLiteral("swtpm is not installed: apt-get install swtpm swtpm-tools"));

    // Unix sockets in a private folder, never TCP: any local user can connect to a
    // loopback port, and swtpm asks nobody for a password; the TPM's owner hierarchy,
    // dictionary-attack counters and the card keys would be theirs to use.
    requirePrivateFolder(m_socketPath);
    const QByteArray serverPath = QFile::encodeName(m_socketPath);
    const QByteArray ctrlPath = serverPath + kCtrlSuffix;
    sockaddr_un probe{};
    if (!unixAddress(ctrlPath, &probe))
        unavailable(QStringLiteral("The path %1 is too long for swtpm's socket (at most %2 "
                                   "bytes).")
                        .arg(m_socketPath)
                        .arg(sizeof probe.sun_path - sizeof kCtrlSuffix));
    // tpm2-tss splits its configuration at ',' and '='.
    if (m_socketPath.contains(QLatin1Char(',')) || m_socketPath.contains(QLatin1Char('=')))
        unavailable(QStringLiteral("swtpm's socket path %1 must not contain ',' or '='.")
                        .arg(m_socketPath));

    // Both sockets are created, bound and listening here and handed to swtpm: nobody can
    // take their place between our check and swtpm's bind, and their modes are ours.
    UniqueFd server(listeningSocket(serverPath));
    if (server.get() < 0)
        unavailable(QStringLiteral("Cannot open the socket %1 for swtpm: %2")
                        .arg(m_socketPath, errnoText(errno)));
    m_socketsMade = true;
    UniqueFd ctrl(listeningSocket(ctrlPath));
    if (ctrl.get() < 0) {
        const int err = errno;
        removeSockets();
        unavailable(QStringLiteral("Cannot open the socket %1 for swtpm: %2")
                        .arg(QFile::decodeName(ctrlPath), errnoText(err)));
    }
    try {
        start(swtpm, server.get(), ctrl.get());
    } catch (...) {
        removeSockets();
        throw;
    }
}

void SwtpmProcess::start(const QString& swtpm, int server, int ctrl)
{
    const QByteArray program = QFile::encodeName(swtpm);
    const QByteArray state = QByteArray("dir=") + QFile::encodeName(m_stateDir);
    const QByteArray serverPath = QFile::encodeName(m_socketPath);
    const QByteArray ctrlPath = serverPath + kCtrlSuffix;

    // swtpm's stdout/stderr go to an anonymous in-memory file: nothing to clean up in
    // the state dir, and two swtpm on one dir cannot overwrite each other's words.
    UniqueFd log(aboveStdio(::memfd_create("swtpm-log", MFD_CLOEXEC)));
    UniqueFd devNull(aboveStdio(::open("/dev/null", O_RDONLY | O_CLOEXEC)));
    if (log.get() < 0 || devNull.get() < 0)
        unavailable(QStringLiteral("Cannot prepare swtpm's output: %1").arg(errnoText(errno)));

    // Everything the child needs is built before fork: after fork only async-signal-safe
    // calls are allowed (other threads may hold malloc's lock).
    const QByteArray serverOption =
        QStringLiteral("type=unixio,fd=%1").arg(kServerChildFd).toLatin1();
    const QByteArray ctrlOption = QStringLiteral("type=unixio,fd=%1").arg(kCtrlChildFd).toLatin1();
    std::vector<const char*> argv = {program.constData(),
                                     "socket",
                                     "--tpm2",
                                     "--tpmstate",
                                     state.constData(),
                                     "--server",
                                     serverOption.constData(),
                                     "--ctrl",
                                     ctrlOption.constData(),
                                     "--flags",
                                     "not-need-init,startup-clear",
                                     nullptr};
    rlimit files{};
    const int maxFd = ::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY
                          ? static_cast<int>(qMin<rlim_t>(files.rlim_cur, 65536))
                          : 65536;
    const pid_t parent = ::getpid();

    const pid_t pid = ::fork();
    if (pid < 0)
        unavailable(QStringLiteral("Cannot start swtpm: %1").arg(errnoText(errno)));
    if (pid == 0) {
        // Own process group: a Ctrl-C meant for the program must not kill its TPM
        // before the program has cleaned up. Parent-death signal instead: if the
        // program dies without stopping us (crash, SIGKILL) swtpm must not live on
        // holding the state lock. (Linux sends it when the *thread* that forked
        // exits, so the owner of a SwtpmProcess must outlive it on one thread.)
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127);
        sigset_t none;
        ::sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGCHLD})
            ::signal(sig, SIG_DFL);
        if (::dup2(devNull.get(), 0) < 0 || ::dup2(log.get(), 1) < 0 || ::dup2(log.get(), 2) < 0)
            ::_exit(127);
        // Both sources are above kCtrlChildFd (aboveStdio), so neither dup2 overwrites
        // the other; dup2 clears FD_CLOEXEC on the copy.
        if (::dup2(server, kServerChildFd) < 0 || ::dup2(ctrl, kCtrlChildFd) < 0)
            ::_exit(127);
        // Nothing else of ours leaks into swtpm (sockets, card files, the TPM lock).
        if (::syscall(SYS_close_range, kCtrlChildFd + 1, ~0U, 0) != 0) {
            for (int fd = kCtrlChildFd + 1; fd < maxFd; ++fd)
                ::close(fd);
        }
        ::execv(argv[0], const_cast<char* const*>(argv.data()));
        static const char kMsg[] = "swtpm: cannot execute\n";
        [[maybe_unused]] const ssize_t ignored = ::write(2, kMsg, sizeof kMsg - 1);
        ::_exit(127);
    }
    m_pid = pid;

    // Ready when the control channel answers: swtpm serves it only from its main loop,
    // which it enters after starting the TPM. One connection, kept open while we wait:
    // reconnecting in a loop would fill the listen backlog of a slow start.
    UniqueFd ctrlConn;
    QByteArray ctrlReply;
    QDeadlineTimer deadline(kStartTimeoutMs);
    for (;;) {
        int status = 0;
        if (hasExited(m_pid, &status)) {
            m_pid = -1;
            const QString words = logText(log.get());
            unavailable(QStringLiteral("swtpm on %1 stopped while starting (%2): %3")
                            .arg(m_stateDir, exitText(status),
                                 words.isEmpty() ? QStringLiteral("no message") : words));
        }
        if (deadline.hasExpired()) {
            const QString words = logText(log.get());
            kill();
            unavailable(QStringLiteral("swtpm on %1 did not answer within %2 s%3")
                            .arg(m_stateDir)
                            .arg(kStartTimeoutMs / 1000)
                            .arg(words.isEmpty() ? QString() : QStringLiteral(": ") + words));
        }
        if (ctrlConn.get() < 0) {
            ctrlReply.clear();
            ctrlConn.reset(sendTo(ctrlPath, getCapabilityCommand()));
            if (ctrlConn.get() < 0) {
                QThread::msleep(10);
                continue;
            }
        }
        const Reply reply = awaitReply(ctrlConn.get(), &ctrlReply, 8, 50);
        if (reply == Reply::Pending)
            continue;
        ctrlConn.reset(); // swtpm serves one client at a time: free it for the next
        if (reply == Reply::Closed) {
            QThread::msleep(10);
            continue;
        }
        // Up. One TPM command proves the TPM itself serves (TPM2_Startup was done).
        if (!tpmAnswers(serverPath, 2000)) {
            const QString words = logText(log.get());
            kill();
            unavailable(QStringLiteral("swtpm on %1 started but does not answer TPM commands%2")
                            .arg(m_stateDir)
                            .arg(words.isEmpty() ? QString() : QStringLiteral(": ") + words));
        }
        return;
    }
}

SwtpmProcess::~SwtpmProcess()
{
    stop();
}

QString SwtpmProcess::tcti() const
{
    return QStringLiteral("swtpm:path=%1").arg(m_socketPath);
}

void SwtpmProcess::kill()
{
    if (m_pid > 0) {
        signalSwtpm(m_pid, SIGKILL);
        reap(m_pid);
        m_pid = -1;
    }
    // Like a crash, the TPM is gone; unlike one, nothing stale is left for the next start.
    removeSockets();
}

void SwtpmProcess::stop()
{
    if (m_pid > 0) {
        // SIGTERM lets swtpm write its volatile state and release the state lock cleanly.
        signalSwtpm(m_pid, SIGTERM);
        QDeadlineTimer deadline(kStopGraceMs);
        int status = 0;
        while (!hasExited(m_pid, &status)) {
            if (deadline.hasExpired()) {
                signalSwtpm(m_pid, SIGKILL);
                reap(m_pid);
                break;
            }
            QThread::msleep(5);
        }
        m_pid = -1;
    }
    removeSockets();
}

void SwtpmProcess::removeSockets()
{
    if (!m_socketsMade)
        return;
    const QByteArray path = QFile::encodeName(m_socketPath);
    ::unlink(path.constData());
    ::unlink((path + kCtrlSuffix).constData());
    m_socketsMade = false;
}

} // namespace tpmvsc
