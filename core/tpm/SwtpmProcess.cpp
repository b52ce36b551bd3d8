#include "tpm/SwtpmProcess.h"

#include "util/UniqueFd.h"

#include "util/Error.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QStringList>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace tpmvsc {

namespace {

constexpr int kStartAttempts = 5;
constexpr int kStartTimeoutMs = 10000;
constexpr int kStopGraceMs = 2000;
// The control channel is always handed to swtpm as fd 3 (see the child code below).
constexpr int kCtrlChildFd = 3;

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

sockaddr_in loopback(int port)
{
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    return addr;
}

// A TCP socket bound to 127.0.0.1:port (0: the kernel picks a free one), or -1.
int boundSocket(int port)
{
    UniqueFd fd(aboveStdio(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)));
    if (fd.get() < 0)
        return -1;
    const sockaddr_in addr = loopback(port);
    if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0)
        return -1;
    return fd.release();
}

int localPort(int fd)
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        return 0;
    return ntohs(addr.sin_port);
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

// Connects to 127.0.0.1:port and sends `request`. Returns the connection, or -1.
int sendTo(int port, const QByteArray& request)
{
    UniqueFd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (fd.get() < 0)
        return -1;
    const sockaddr_in addr = loopback(port);
    // Loopback connect completes or is refused at once; no need for a non-blocking dance.
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
bool tpmAnswers(int port, int timeoutMs)
{
    static const QByteArray kGetRandom("\x80\x01"
                                       "\x00\x00\x00\x0c"
                                       "\x00\x00\x01\x7b"
                                       "\x00\x08",
                                       12);
    UniqueFd fd(sendTo(port, kGetRandom));
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

enum class StartResult { Started, PortTaken };

} // namespace

SwtpmProcess::SwtpmProcess(const QString& stateDir) : m_stateDir(stateDir)
{
    const QString swtpm = QStandardPaths::findExecutable(QStringLiteral("swtpm"));
    if (swtpm.isEmpty())
        unavailable(QStringLiteral("swtpm is not installed: apt-get install swtpm swtpm-tools"));

    // The server port is bound by swtpm itself, a few milliseconds after we checked it
    // was free; another program may take it in between. Then swtpm says so and we try
    // again with another port. Everything else is a real failure.
    const QByteArray program = swtpm.toLocal8Bit();
    const QByteArray state = QByteArray("dir=") + stateDir.toLocal8Bit();

    for (int attempt = 1;; ++attempt) {
        // Ports: the kernel picks a free P (held by `placeholder` until the fork), and
        // P+1 (the swtpm TCTI's fixed control port) must be free too. The control socket
        // is created, bound and listening here and handed to swtpm, so that half cannot
        // be stolen at all.
        UniqueFd placeholder;
        UniqueFd ctrl;
        int port = 0;
        for (int tries = 0; tries < 100 && ctrl.get() < 0; ++tries) {
            placeholder.reset(boundSocket(0));
            if (placeholder.get() < 0)
                unavailable(QStringLiteral("Cannot open a loopback socket for swtpm: %1")
                                .arg(errnoText(errno)));
            port = localPort(placeholder.get());
            if (port <= 0 || port >= 65535)
                continue;
            ctrl.reset(boundSocket(port + 1));
            if (ctrl.get() >= 0 && ::listen(ctrl.get(), 16) != 0)
                ctrl.reset();
        }
        if (ctrl.get() < 0)
            unavailable(QStringLiteral("No two consecutive free loopback ports for swtpm."));

        // swtpm's stdout/stderr go to an anonymous in-memory file: nothing to clean up in
        // the state dir, and two swtpm on one dir cannot overwrite each other's words.
        UniqueFd log(aboveStdio(::memfd_create("swtpm-log", MFD_CLOEXEC)));
        UniqueFd devNull(aboveStdio(::open("/dev/null", O_RDONLY | O_CLOEXEC)));
        if (log.get() < 0 || devNull.get() < 0)
            unavailable(QStringLiteral("Cannot prepare swtpm's output: %1").arg(errnoText(errno)));

        // Everything the child needs is built before fork: after fork only async-signal-safe
        // calls are allowed (other threads may hold malloc's lock).
        const QByteArray server =
            QStringLiteral("type=tcp,port=%1,bindaddr=127.0.0.1").arg(port).toLatin1();
        const QByteArray ctrlOption = QStringLiteral("type=tcp,fd=%1").arg(kCtrlChildFd).toLatin1();
        std::vector<const char*> argv = {program.constData(),
                                         "socket",
                                         "--tpm2",
                                         "--tpmstate",
                                         state.constData(),
                                         "--server",
                                         server.constData(),
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
            if (::dup2(devNull.get(), 0) < 0 || ::dup2(log.get(), 1) < 0 ||
                ::dup2(log.get(), 2) < 0)
                ::_exit(127);
            // dup2 onto itself keeps FD_CLOEXEC, so clear it explicitly in that case.
            if (ctrl.get() == kCtrlChildFd ? ::fcntl(kCtrlChildFd, F_SETFD, 0) < 0
                                           : ::dup2(ctrl.get(), kCtrlChildFd) < 0)
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

        // Parent: swtpm binds P itself now; it has its own copy of the control socket.
        m_pid = pid;
        m_port = port;
        placeholder.reset();
        ctrl.reset();

        StartResult result = StartResult::Started;
        QString failure;
        // Ready when the control channel answers: swtpm serves it only from its main loop,
        // which it enters after binding the server port and starting the TPM, and the
        // control socket is the one we made, so the answer surely comes from this swtpm
        // (not from whoever might have taken port P). One connection, kept open while we
        // wait: reconnecting in a loop would fill the listen backlog of a slow start.
        UniqueFd ctrlConn;
        QByteArray ctrlReply;
        QDeadlineTimer deadline(kStartTimeoutMs);
        for (;;) {
            int status = 0;
            if (hasExited(m_pid, &status)) {
                m_pid = -1;
                const QString words = logText(log.get());
                if (words.contains(QLatin1String("Address already in use"))) {
                    result = StartResult::PortTaken;
                    failure = words;
                    break;
                }
                unavailable(QStringLiteral("swtpm on %1 stopped while starting (%2): %3")
                                .arg(stateDir, exitText(status),
                                     words.isEmpty() ? QStringLiteral("no message") : words));
            }
            if (deadline.hasExpired()) {
                const QString words = logText(log.get());
                kill();
                unavailable(QStringLiteral("swtpm on %1 did not answer within %2 s%3")
                                .arg(stateDir)
                                .arg(kStartTimeoutMs / 1000)
                                .arg(words.isEmpty() ? QString() : QStringLiteral(": ") + words));
            }
            if (ctrlConn.get() < 0) {
                ctrlReply.clear();
                ctrlConn.reset(sendTo(m_port + 1, getCapabilityCommand()));
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
            if (!tpmAnswers(m_port, 2000)) {
                const QString words = logText(log.get());
                kill();
                unavailable(QStringLiteral("swtpm on %1 started but does not answer TPM "
                                           "commands%2")
                                .arg(stateDir)
                                .arg(words.isEmpty() ? QString() : QStringLiteral(": ") + words));
            }
            break;
        }
        if (result == StartResult::Started)
            return;
        if (attempt >= kStartAttempts)
            unavailable(QStringLiteral("swtpm could not get a free port after %1 attempts: %2")
                            .arg(kStartAttempts)
                            .arg(failure));
    }
}

SwtpmProcess::~SwtpmProcess()
{
    stop();
}

QString SwtpmProcess::tcti() const
{
    return QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(m_port);
}

void SwtpmProcess::kill()
{
    if (m_pid <= 0)
        return;
    signalSwtpm(m_pid, SIGKILL);
    reap(m_pid);
    m_pid = -1;
}

void SwtpmProcess::stop()
{
    if (m_pid <= 0)
        return;
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

} // namespace tpmvsc
