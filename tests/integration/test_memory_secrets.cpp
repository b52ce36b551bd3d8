// Secrets out of core dumps: a process logged into a card (memory_helper) is dumped and
// its core searched for the card secret and the PIN's authValue. The same search on a
// helper that keeps unprotected copies must find both, or the test proves nothing. And
// tpmvscmgr, which sets PR_SET_DUMPABLE 0, must leave no core at all when it crashes.
// Cores come from the kernel (RLIMIT_CORE, core_pattern "core" in the working folder) or,
// where core_pattern hands them elsewhere, from gdb's gcore, which honours MADV_DONTDUMP
// too. Without either the test skips, except under CI, where it fails.
#include "core/card/CardSecrets.h"
#include "core/card/CardSession.h"
#include "tests/support/CardTestEnv.h"
#include "tests/support/SwtpmFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

enum class CoreSource { Kernel, Gcore, None };

// The kernel writes "core" (or "core.PID") into the crashing process's folder only when
// core_pattern is a plain name; a pipe (systemd-coredump, apport) or a path takes it away.
bool kernelCoresHere()
{
    QFile file(QStringLiteral("/proc/sys/kernel/core_pattern"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pattern = file.readAll().trimmed();
    return pattern.startsWith("core") && !pattern.contains('/') && !pattern.contains('|');
}

CoreSource coreSource()
{
    if (kernelCoresHere())
        return CoreSource::Kernel;
    if (!QStandardPaths::findExecutable(QStringLiteral("gdb")).isEmpty())
        return CoreSource::Gcore;
    return CoreSource::None;
}

// The core file the kernel left in `dir`, if any.
QByteArray kernelCoreIn(const QString& dir)
{
    const QStringList cores = QDir(dir).entryList({QStringLiteral("core*")}, QDir::Files);
    if (cores.isEmpty())
        return {};
    QFile file(QDir(dir).filePath(cores.first()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void allowCores()
{
    const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
    ::setrlimit(RLIMIT_CORE, &unlimited);
}

// A child that may dump core. Under AddressSanitizer it must be told so: ASan sets the
// core limit to 0 at start-up unless disable_coredump=0 (its shadow memory is marked
// MADV_DONTDUMP, so the core stays the size of what the program uses). Without it the
// kernel writes no core, and the check of tpmvscmgr's own protection would pass for
// ASan's reason instead of tpmvscmgr's.
void prepareForCores(QProcess& process)
{
    process.setChildProcessModifier(allowCores);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               asan + (asan.isEmpty() ? QString() : QStringLiteral(":")) +
                   QStringLiteral("disable_coredump=0"));
    process.setProcessEnvironment(env);
}

QByteArray bytesOf(const Secret& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), qsizetype(s.size()));
}

} // namespace

class TestMemorySecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginLeavesNoSecretInCore();
    void tpmvscmgrLeavesNoCore();

private:
    // Runs the helper logged into `instance`, dumps it, and returns the core (empty on
    // failure, with the reason in *why).
    QByteArray helperCore(int instance, const char* mode, QString* why);

    std::unique_ptr<SwtpmFixture> m_swtpm;
    CoreSource m_source = CoreSource::None;
    QString m_helper;
    QByteArray m_pin = "12345678";
};

void TestMemorySecrets::initTestCase()
{
    m_source = coreSource();
    if (m_source == CoreSource::None) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("no way to get a core file: core_pattern is not a plain name and gdb is "
                  "missing (scripts/install-deps.sh installs it)");
        QSKIP("no way to get a core file (core_pattern not a plain name, no gdb)");
    }
    m_helper = QCoreApplication::applicationDirPath() + QStringLiteral("/memory_helper");
    QVERIFY2(QFileInfo(m_helper).isExecutable(), qPrintable(m_helper));
    m_swtpm = std::make_unique<SwtpmFixture>();
}

QByteArray TestMemorySecrets::helperCore(int instance, const char* mode, QString* why)
{
    QTemporaryDir dir;
    QProcess helper;
    helper.setWorkingDirectory(dir.path());
    prepareForCores(helper);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(m_helper,
                 {m_swtpm->storeRoot(), QString::number(instance), QString::fromLatin1(mode)});
    if (!helper.waitForStarted()) {
        *why = helper.errorString();
        return {};
    }
    helper.write(m_pin + '\n'); // stdin: never argv
    QByteArray out;
    while (!out.contains("ready\n") && helper.waitForReadyRead(60000))
        out += helper.readAllStandardOutput();
    if (!out.contains("ready\n")) {
        *why = QStringLiteral("the helper did not log in: ") + QString::fromLocal8Bit(out);
        helper.kill();
        helper.waitForFinished();
        return {};
    }
    QByteArray core;
    if (m_source == CoreSource::Kernel) {
        ::kill(pid_t(helper.processId()), SIGABRT);
        helper.waitForFinished(60000);
        core = kernelCoreIn(dir.path());
        if (core.isEmpty())
            *why = QStringLiteral("the kernel wrote no core for the helper");
    } else {
        const QString path = dir.filePath(QStringLiteral("gcore"));
        QProcess gdb;
        gdb.start(QStringLiteral("gdb"), {QStringLiteral("-nx"), QStringLiteral("-batch"),
                                          QStringLiteral("-p"), QString::number(helper.processId()),
                                          QStringLiteral("-ex"), QStringLiteral("gcore ") + path});
        gdb.waitForFinished(120000);
        helper.kill();
        helper.waitForFinished();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            core = file.readAll();
        else
            *why = QStringLiteral("gcore failed: ") + QString::fromLocal8Bit(gdb.readAll());
    }
    return core;
}

void TestMemorySecrets::loginLeavesNoSecretInCore()
{
    QByteArray cardSecret;
    QByteArray pinAuth;
    int instance = -1;
    {
        CardTestEnv env(*m_swtpm);
        // The helper reads the fixture's store (TPMVSC_HOME), not this env's own.
        CardStore store(m_swtpm->storeRoot());
        CardService service(*env.tpm, store);
        CreateOptions o = basicCardOptions(QStringLiteral("MemoryVSC"));
        instance = service.create(o);
        const Secret pin = Secret::fromText(QString::fromLatin1(m_pin));
        cardSecret = bytesOf(service.openSession(instance, pin)->cardSecret());
        pinAuth = bytesOf(pinAuthValue(store.load(instance).cardId, pin));
        // swtpm serves one connection at a time: the helper needs it.
    }
    QCOMPARE(cardSecret.size(), qsizetype(kCardSecretSize));
    QCOMPARE(pinAuth.size(), 32);

    // The search works: unprotected copies are found.
    QString why;
    const QByteArray exposed = helperCore(instance, "exposed", &why);
    QVERIFY2(!exposed.isEmpty(), qPrintable(why));
    QVERIFY2(exposed.contains(cardSecret), "the card secret's plain copy is not in the core");
    QVERIFY2(exposed.contains(pinAuth), "the authValue's plain copy is not in the core");

    // A logged-in program keeps both only in protected memory.
    const QByteArray core = helperCore(instance, "protected", &why);
    QVERIFY2(!core.isEmpty(), qPrintable(why));
    QVERIFY2(!core.contains(cardSecret), "the card secret is in the core dump");
    // The login's HMAC keys are built in locked memory by our own session code; ESYS,
    // which kept sessionKey || authValue of its last authorization in its heap, no longer
    // sees the PIN's authValue.
    QVERIFY2(!core.contains(pinAuth), "the PIN's authValue is in the core dump");
}

void TestMemorySecrets::tpmvscmgrLeavesNoCore()
{
    if (m_source != CoreSource::Kernel) {
        // gcore attaches with ptrace, which root may do to any process: only the kernel's
        // own dump shows what PR_SET_DUMPABLE does.
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("core_pattern is not a plain name: cannot check tpmvscmgr's dumpability");
        QSKIP("core_pattern is not a plain name");
    }
    const QString exe = qEnvironmentVariable("TPMVSC_TPMVSCMGR");
    QVERIFY2(QFileInfo(exe).isExecutable(), qPrintable(exe));
    QTemporaryDir dir;
    QProcess mgr;
    mgr.setWorkingDirectory(dir.path());
    prepareForCores(mgr);
    // Waits on standard input for the admin key: alive, past main()'s first line.
    mgr.start(exe, {QStringLiteral("response"), QStringLiteral("/challenge"),
                    QStringLiteral("0123456789ABCDEF")});
    QVERIFY(mgr.waitForStarted());
    QTest::qWait(1000);
    QCOMPARE(mgr.state(), QProcess::Running);
    ::kill(pid_t(mgr.processId()), SIGABRT);
    QVERIFY(mgr.waitForFinished(30000));
    QCOMPARE(mgr.exitStatus(), QProcess::CrashExit);
    QVERIFY2(QDir(dir.path()).entryList({QStringLiteral("core*")}, QDir::Files).isEmpty(),
             "tpmvscmgr left a core file");
    // The same crash of a program that stays dumpable does leave one (the check can fail).
    QTemporaryDir controlDir;
    QProcess control;
    control.setWorkingDirectory(controlDir.path());
    prepareForCores(control);
    control.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(control.waitForStarted());
    QTest::qWait(200);
    ::kill(pid_t(control.processId()), SIGABRT);
    QVERIFY(control.waitForFinished(30000));
    QVERIFY2(!kernelCoreIn(controlDir.path()).isEmpty(), "no core even from a dumpable program");
}

QTEST_GUILESS_MAIN(TestMemorySecrets)
#include "test_memory_secrets.moc"
