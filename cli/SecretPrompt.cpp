#include "SecretPrompt.h"
#include "Words.h"

#include "core/util/Error.h"

#include <QCoreApplication>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace tpmvsc::cli {

namespace {

// State shared with the signal handlers. Only one EchoOff exists at a time (the CLI reads
// one secret at a time on one thread), so plain globals are enough.
termios g_saved{};
termios g_noEcho{};
volatile std::sig_atomic_t g_ttyFd = -1; // >= 0 while echo is off

constexpr int kFatalSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
constexpr int kFatalCount = sizeof(kFatalSignals) / sizeof(kFatalSignals[0]);
struct sigaction g_previousFatal[kFatalCount];
bool g_installedFatal[kFatalCount] = {};
struct sigaction g_previousTstp;
struct sigaction g_previousCont;
bool g_installedJobControl = false;

extern "C" void onJobControl(int sig);

// Restore the terminal, then let the signal do what it would have done without us
// (usually: end the process). Only async-signal-safe calls here.
extern "C" void onFatalSignal(int sig)
{
    const int savedErrno = errno;
    if (g_ttyFd >= 0)
        tcsetattr(g_ttyFd, TCSANOW, &g_saved);
    for (int i = 0; i < kFatalCount; ++i) {
        if (kFatalSignals[i] == sig && g_installedFatal[i])
            sigaction(sig, &g_previousFatal[i], nullptr);
    }
    raise(sig); // delivered when this handler returns, under the previous disposition
    errno = savedErrno;
}

// Ctrl-Z: give the shell a terminal that echoes; on fg, turn echo off again.
extern "C" void onJobControl(int sig)
{
    const int savedErrno = errno;
    if (sig == SIGTSTP) {
        if (g_ttyFd >= 0)
            tcsetattr(g_ttyFd, TCSANOW, &g_saved);
        struct sigaction dfl {
        };
        dfl.sa_handler = SIG_DFL;
        sigemptyset(&dfl.sa_mask);
        sigaction(SIGTSTP, &dfl, nullptr);
        raise(SIGTSTP); // stops the process once this handler returns
    } else if (sig == SIGCONT) {
        if (g_ttyFd >= 0)
            tcsetattr(g_ttyFd, TCSANOW, &g_noEcho);
        struct sigaction again {
        };
        again.sa_handler = onJobControl;
        sigemptyset(&again.sa_mask);
        sigaction(SIGTSTP, &again, nullptr);
    }
    errno = savedErrno;
}

class SignalBlock
{
public:
    SignalBlock()
    {
        sigset_t set;
        sigemptyset(&set);
        for (int sig : kFatalSignals)
            sigaddset(&set, sig);
        sigaddset(&set, SIGTSTP);
        sigaddset(&set, SIGCONT);
        sigprocmask(SIG_BLOCK, &set, &m_old);
    }
    ~SignalBlock() { sigprocmask(SIG_SETMASK, &m_old, nullptr); }
    SignalBlock(const SignalBlock&) = delete;
    SignalBlock& operator=(const SignalBlock&) = delete;

private:
    sigset_t m_old;
};

// Echo off for one line. The destructor restores the terminal on every path; the
// handlers cover the paths a destructor never sees (signals).
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        // Signals are held while the handlers and the terminal change together, so no
        // signal can see one without the other.
        SignalBlock block;
        if (tcgetattr(fd, &g_saved) != 0)
            return;
        g_noEcho = g_saved;
        g_noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK);
        g_noEcho.c_lflag |= ECHONL; // the Enter key still moves to the next line

        struct sigaction ours {
        };
        ours.sa_handler = onFatalSignal;
        sigemptyset(&ours.sa_mask);
        for (int i = 0; i < kFatalCount; ++i) {
            g_installedFatal[i] = false;
            struct sigaction previous {
            };
            sigaction(kFatalSignals[i], nullptr, &previous);
            if (previous.sa_handler == SIG_IGN)
                continue; // e.g. nohup: the signal cannot end us, nothing to restore for
            sigaction(kFatalSignals[i], &ours, &g_previousFatal[i]);
            g_installedFatal[i] = true;
        }
        struct sigaction tstp {
        };
        sigaction(SIGTSTP, nullptr, &tstp);
        g_installedJobControl = tstp.sa_handler != SIG_IGN;
        if (g_installedJobControl) {
            struct sigaction job {
            };
            job.sa_handler = onJobControl;
            sigemptyset(&job.sa_mask);
            sigaction(SIGTSTP, &job, &g_previousTstp);
            sigaction(SIGCONT, &job, &g_previousCont);
        }

        // TCSAFLUSH drops anything typed before the prompt appeared (as getpass does).
        if (tcsetattr(fd, TCSAFLUSH, &g_noEcho) == 0) {
            g_ttyFd = fd;
            m_active = true;
        } else {
            restoreHandlers();
        }
    }

    ~EchoOff()
    {
        if (!m_active)
            return;
        SignalBlock block;
        tcsetattr(m_fd, TCSANOW, &g_saved);
        g_ttyFd = -1;
        restoreHandlers();
    }

    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    static void restoreHandlers()
    {
        for (int i = 0; i < kFatalCount; ++i) {
            if (g_installedFatal[i])
                sigaction(kFatalSignals[i], &g_previousFatal[i], nullptr);
            g_installedFatal[i] = false;
        }
        if (g_installedJobControl) {
            sigaction(SIGTSTP, &g_previousTstp, nullptr);
            sigaction(SIGCONT, &g_previousCont, nullptr);
        }
        g_installedJobControl = false;
    }

    int m_fd;
    bool m_active = false;
};

// Thrown for end of input: never worth a second attempt.
class EndOfInput : public Error
{
public:
    using Error::Error;
};

} // namespace

SecretPrompt::SecretPrompt(int fd, std::FILE* prompts)
    : m_fd(fd), m_prompts(prompts), m_interactive(isatty(fd) == 1)
{}

void SecretPrompt::say(const QString& text)
{
    if (!m_prompts)
        return;
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), m_prompts);
    std::fflush(m_prompts);
}

Secret SecretPrompt::readLine(const SecretRequest& request, const QString& prompt)
{
    if (m_interactive) {
        std::fflush(stdout); // a challenge printed just before must be on screen first
        say(prompt);
    }
    std::optional<EchoOff> echoOff;
    if (m_interactive && !request.echo)
        echoOff.emplace(m_fd);

    // One slot more than the longest line: the extra one receives the byte that proves a
    // line too long, and what is drained after it, all inside wiped memory.
    Secret line;
    line.resize(kMaxLine + 1);
    std::size_t n = 0;
    bool tooLong = false;
    bool sawAnything = false;
    for (;;) {
        std::uint8_t* slot = line.data() + (tooLong ? kMaxLine : n);
        const ssize_t r = ::read(m_fd, slot, 1);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            throw EndOfInput(ErrorCode::InvalidInput,
                             Words::tr("Cannot read the %1 from standard input: %2")
                                 .arg(request.what, QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (r == 0) {
            if (!sawAnything) {
                throw EndOfInput(
                    ErrorCode::InvalidInput,
                    Words::tr("End of input before the %1. When standard input is not a terminal, "
                              "each secret is one line, in the order the command's help lists.")
                        .arg(request.what));
            }
            break; // a last line without a newline still counts
        }
        sawAnything = true;
        if (*slot == '\n')
            break;
        if (!tooLong && ++n > kMaxLine) {
            tooLong = true;
            n = kMaxLine;
        }
    }
    if (tooLong) {
        throw Error(ErrorCode::InvalidInput,
                    Words::tr("The %1 is too long (more than %2 characters).")
                        .arg(request.what)
                        .arg(kMaxLine));
    }
    if (n > 0 && line.data()[n - 1] == '\r')
        --n;        // typed on Windows or sent by a tool that writes CRLF
    line.resize(n); // wipes the tail
    return line;
}

Secret SecretPrompt::readOnce(const SecretRequest& request)
{
    Secret typed = readLine(request, request.prompt);
    if (typed.empty()) {
        throw Error(ErrorCode::InvalidInput, Words::tr("The %1 is empty.").arg(request.what));
    }
    Secret value = request.convert ? request.convert(typed) : typed;
    // Checked before the confirmation, so a PIN against the policy is reported at once.
    if (m_interactive && !request.confirmPrompt.isEmpty()) {
        const Secret again = readLine(request, request.confirmPrompt);
        if (!(again == typed)) {
            throw Error(ErrorCode::InvalidInput,
                        Words::tr("The two entries of the %1 differ.").arg(request.what));
        }
    }
    return value;
}

Secret SecretPrompt::read(const SecretRequest& request)
{
    // A script gets one chance: asking again would read the next secret's line.
    const int attempts = m_interactive ? kTerminalAttempts : 1;
    for (int attempt = 1;; ++attempt) {
        try {
            return readOnce(request);
        } catch (const EndOfInput&) {
            throw;
        } catch (const Error& e) {
            const bool retryable =
                e.code() == ErrorCode::InvalidInput || e.code() == ErrorCode::PolicyViolation;
            if (!retryable || attempt >= attempts)
                throw;
            say(e.sentence().said() + QLatin1Char(' ') + Words::tr("Try again.") +
                QLatin1Char('\n'));
        }
    }
}

} // namespace tpmvsc::cli
