#include "TpmvscmgrTestCase.h"

#include "StoreSnapshot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTest>

namespace tpmvsc::test {

bool TpmvscmgrTestCase::findTpmvscmgr()
{
    m_exe = qEnvironmentVariable("TPMVSC_TPMVSCMGR");
    if (m_exe.isEmpty())
        m_exe = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/tpmvscmgr");
    return QFileInfo(m_exe).isExecutable();
}

bool TpmvscmgrTestCase::newStore()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->filePath(QStringLiteral("store"));
    m_extraEnv = QProcessEnvironment();
    return m_dir->isValid();
}

QProcessEnvironment TpmvscmgrTestCase::environment() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("TPMVSC_HOME"), m_store);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    // The tests read English words whatever the machine's language; the ones about the
    // language set their own.
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(m_extraEnv);
    return env;
}

ProcessResult TpmvscmgrTestCase::run(const QStringList& args, const QByteArray& input) const
{
    return runProcess(m_exe, args, environment(), input);
}

ProcessResult TpmvscmgrTestCase::run(const QString& line, const QByteArray& input) const
{
    return run(line.split(QLatin1Char(' '), Qt::SkipEmptyParts), input);
}

void TpmvscmgrTestCase::expectRefused(const QStringList& args, const QByteArray& input, int code,
                                      const QString& message) const
{
    const StoreSnapshot before = StoreSnapshot::take(m_store);
    const ProcessResult r = run(args, input);
    const StoreSnapshot after = StoreSnapshot::take(m_store);
    const QString command = args.join(QLatin1Char(' ')) + QLatin1Char('\n');
    QVERIFY2(r.exitCode == code, qPrintable(command + r.text()));
    QVERIFY2(r.err.startsWith("tpmvscmgr: "), qPrintable(command + r.text()));
    QVERIFY2(QString::fromLocal8Bit(r.err).contains(message, Qt::CaseInsensitive),
             qPrintable(command + QStringLiteral("expected \"%1\"\n").arg(message) + r.text()));
    QVERIFY2(before == after, qPrintable(command + before.diff(after)));
}

} // namespace tpmvsc::test
