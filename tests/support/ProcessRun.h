// Runs a command line program the way the tests drive tpmvscmgr and the openssl peer:
// environment additions on top of the test's own, secrets written to stdin (never argv),
// then stdin closed; exit code, stdout and stderr collected.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace tpmvsc::test {

struct ProcessResult {
    int exitCode = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
    QString text() const; // the whole result, for failure messages
};

// The system environment as it is now, with `additions` set over it.
QProcessEnvironment systemEnvironmentWith(const QProcessEnvironment& additions);

// Starts `program` with `args` and the system environment (read at each call) plus
// `envAdditions`, writes `input` to its stdin and closes it, and waits up to `timeoutMs`
// (then kills it and returns exit code -1).
ProcessResult runProcess(const QString& program, const QStringList& args,
                         const QProcessEnvironment& envAdditions = QProcessEnvironment(),
                         const QByteArray& input = QByteArray(), int timeoutMs = 120000);

// The result of a process that has finished: exit code (-1 after a crash), stdout and
// stderr read now (`outBefore` is stdout already read by the caller).
ProcessResult resultOf(QProcess& process, const QByteArray& outBefore = QByteArray());

} // namespace tpmvsc::test

// Evaluates `expr` (a ProcessResult, usually a run of tpmvscmgr) once and checks its exit
// code; on failure shows its whole output.
#define TPMVSC_CHECK_EXIT(expr, code)                                                              \
    do {                                                                                           \
        const tpmvsc::test::ProcessResult checked_ = (expr);                                       \
        QVERIFY2(checked_.exitCode == (code), qPrintable(checked_.text()));                        \
    } while (false)
