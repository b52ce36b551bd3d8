#include "ProcessRun.h"

#include <QProcess>

namespace tpmvsc::test {

QString ProcessResult::text() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(exitCode)
        .arg(QString::fromLocal8Bit(out), QString::fromLocal8Bit(err));
}

QProcessEnvironment systemEnvironmentWith(const QProcessEnvironment& additions)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(additions);
    return env;
}

ProcessResult runProcess(const QString& program, const QStringList& args,
                         const QProcessEnvironment& envAdditions, const QByteArray& input,
                         int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(systemEnvironmentWith(envAdditions));
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return resultOf(p);
}

ProcessResult resultOf(QProcess& process, const QByteArray& outBefore)
{
    ProcessResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = outBefore + process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace tpmvsc::test
