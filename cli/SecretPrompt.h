// How tpmvscmgr reads PINs, PUKs, admin keys and admin responses.
//
// Terminal (stdin is a tty): a prompt on stderr, input without echo (termios ECHO off,
// restored on every path: return, exception, SIGINT/SIGTERM/SIGHUP/SIGQUIT, and around
// SIGTSTP/SIGCONT); a new secret is asked twice and asked again (up to 3 times) when the
// entries differ or break a rule.
// Not a terminal (a script, a test): each secret is exactly one line of stdin, in the
// order the command asks for them; no prompt, no confirmation, no second chance.
//
// Input is read byte by byte straight into a Secret (no stdio buffer, no QString), so
// nothing beyond the current line is consumed and every copy is wiped.
#pragma once

#include "core/util/Secret.h"

#include <QString>
#include <cstdio>
#include <functional>

namespace tpmvsc::cli {

struct SecretRequest {
    QString prompt;        // "Enter new PIN: " (terminal only)
    QString confirmPrompt; // "Confirm new PIN: "; empty: an existing secret, asked once
    QString what;          // "new PIN": for messages ("End of input before the new PIN")
    bool echo = false;     // true for admin responses: used once, typed from a phone call
    // Checks (and may convert) what was typed, throwing Error(InvalidInput or
    // PolicyViolation) with a sentence. Empty: taken as typed.
    std::function<Secret(const Secret&)> convert;
};

class SecretPrompt
{
public:
    static constexpr std::size_t kMaxLine = 1024;
    static constexpr int kTerminalAttempts = 3;

    // `fd` is read; the mode follows isatty(fd). `prompts` receives prompts and retry
    // messages in terminal mode.
    explicit SecretPrompt(int fd = 0, std::FILE* prompts = stderr);

    bool interactive() const { return m_interactive; }

    // Throws Error(InvalidInput) on end of input, a line longer than kMaxLine, mismatching
    // confirmation; or what `convert` throws.
    Secret read(const SecretRequest& request);

private:
    Secret readLine(const SecretRequest& request, const QString& prompt);
    Secret readOnce(const SecretRequest& request);
    void say(const QString& text);

    int m_fd;
    std::FILE* m_prompts;
    bool m_interactive;
};

} // namespace tpmvsc::cli
