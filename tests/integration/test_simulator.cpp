// The built-in software TPM (--simulator): provisioning like a manufactured TPM, state
// that survives restarts, one user at a time, dictionary-attack limits set once, and no
// swtpm left running afterwards.
#include "core/tpm/Simulator.h"
#include "core/tpm/Tpm.h"
#include "core/util/Error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tpmvsc;

namespace {

// Pids of the swtpm processes serving `stateDir`, found by their command line: the
// Simulator does not expose its child, and this also catches one that escaped it.
QList<qint64> swtpmPidsFor(const QString& stateDir)
{
    QList<qint64> pids;
    const QByteArray needle = "dir=" + QFile::encodeName(stateDir);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (!args.isEmpty() && args.first().endsWith("swtpm") && args.contains(needle))
            pids.append(pid);
    }
    return pids;
}

QString stateOf(const QString& simulatorDir)
{
    return QDir(simulatorDir).filePath(QStringLiteral("state"));
}

// tpm2-tools as an independent checker of what the simulator holds.
QString nvIndices(const QString& tcti)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TPM2TOOLS_TCTI"), tcti);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("tpm2_nvreadpublic"), QStringList());
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("tpm2_nvreadpublic failed: ") +
               QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

// The inodes of the sockets `pid` has open ("socket:[N]" links in /proc/PID/fd).
QSet<QByteArray> socketInodes(qint64 pid)
{
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString& fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        const QByteArray target = QFile::encodeName(QFile::symLinkTarget(fds.filePath(fd)));
        const QByteArray link = target.isEmpty()
                                    ? QByteArray()
                                    : target.mid(target.lastIndexOf('/') + 1); // "socket:[N]"
        if (link.startsWith("socket:[") && link.endsWith(']'))
            inodes.insert(link.mid(8, link.size() - 9));
    }
    return inodes;
}

// The inode column of every TCP socket (listening or not) in /proc/net/tcp and tcp6.
QSet<QByteArray> tcpInodes()
{
    QSet<QByteArray> inodes;
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].simplified().split(' ');
            if (fields.size() > 9)
                inodes.insert(fields[9]);
        }
    }
    return inodes;
}

unsigned modeOf(const QString& path)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0xffff;
    return st.st_mode & 07777;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstStartProvisionsEkCertificates();
    void listensOnPrivateUnixSocketOnly();
    void stateSurvivesRestart();
    void secondUserIsBusy();
    void tpmSetsDictionaryAttackParametersOnce();
    void failedProvisioningLeavesNoState();
    void recoversFromInterruptedProvisioning();

private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString freshDir() { return m_tmp.filePath(QStringLiteral("sim-%1").arg(++m_n)); }
};

void TestSimulator::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // TPMVSC_TCTI would win over the simulator (README, "Choosing the TPM").
    qunsetenv("TPMVSC_TCTI");
    qunsetenv("TPMVSC_LOCK_TIMEOUT_MS");
}

void TestSimulator::firstStartProvisionsEkCertificates()
{
    const QString dir = freshDir();
    {
        Simulator sim(dir);
        QVERIFY(sim.freshlyProvisioned());
        QCOMPARE(sim.tcti(),
                 QStringLiteral("swtpm:path=") + QDir(dir).filePath(QStringLiteral("swtpm.sock")));
        QCOMPARE(modeOf(dir), 0700u);
        QCOMPARE(swtpmPidsFor(stateOf(dir)).size(), 1);

        const QString nv = nvIndices(sim.tcti());
        // RSA 2048 EK certificate, ECC EK certificate (swtpm 0.7 makes a NIST P-384 EK,
        // whose certificate index is 0x1c00016), platform certificate.
        QVERIFY2(nv.contains(QLatin1String("0x1c00002:")), qPrintable(nv));
        QVERIFY2(nv.contains(QLatin1String("0x1c00016:")) ||
                     nv.contains(QLatin1String("0x1c0000a:")),
                 qPrintable(nv));
        QVERIFY2(nv.contains(QLatin1String("0x1c08000:")), qPrintable(nv));
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("provision"))));
    }
    // Destruction stops swtpm: nothing keeps running (or holding the state) after us.
    QVERIFY(swtpmPidsFor(stateOf(dir)).isEmpty());
}

void TestSimulator::listensOnPrivateUnixSocketOnly()
{
    // Any local user can connect to a loopback TCP port, and swtpm has no password: the
    // simulator must be reachable through its owner's 0700 folder only.
    const QString dir = freshDir();
    const QString socket = QDir(dir).filePath(QStringLiteral("swtpm.sock"));
    {
        Simulator sim(dir);
        const QList<qint64> pids = swtpmPidsFor(stateOf(dir));
        QCOMPARE(pids.size(), 1);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pids.first()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray args = cmdline.readAll();
        QVERIFY2(!args.contains("type=tcp") && !args.contains("port="), args.constData());

        const QSet<QByteArray> mine = socketInodes(pids.first());
        QVERIFY(!mine.isEmpty()); // the test can see swtpm's sockets at all
        const QSet<QByteArray> tcp = tcpInodes();
        QVERIFY(!tcp.isEmpty() || QFileInfo::exists(QStringLiteral("/proc/net/tcp")));
        QVERIFY2(!mine.intersects(tcp), "swtpm holds a TCP socket");

        for (const QString& path : {socket, socket + QStringLiteral(".ctrl")}) {
            struct stat st {
            };
            QVERIFY2(::stat(QFile::encodeName(path).constData(), &st) == 0, qPrintable(path));
            QVERIFY(S_ISSOCK(st.st_mode));
            QCOMPARE(st.st_mode & 0777, 0600u);
        }
        QCOMPARE(modeOf(dir), 0700u);
        // The socket is what the TPM is reached through, and it answers.
        QVERIFY(nvIndices(sim.tcti()).contains(QLatin1String("0x1c00002:")));
    }
    // Stopped: no socket left behind for the next start to trip over.
    QVERIFY(!QFileInfo::exists(socket));
    QVERIFY(!QFileInfo::exists(socket + QStringLiteral(".ctrl")));
}

void TestSimulator::stateSurvivesRestart()
{
    const QString dir = freshDir();
    QByteArray permall;
    {
        Simulator sim(dir);
        QVERIFY(sim.freshlyProvisioned());
    }
    QFile state(QDir(stateOf(dir)).filePath(QStringLiteral("tpm2-00.permall")));
    QVERIFY(state.open(QIODevice::ReadOnly));
    permall = state.readAll();
    state.close();
    QVERIFY(!permall.isEmpty());
    {
        Simulator sim(dir);
        QVERIFY(!sim.freshlyProvisioned());
        // Same TPM: the EK certificate made at provisioning is still there.
        const QString nv = nvIndices(sim.tcti());
        QVERIFY2(nv.contains(QLatin1String("0x1c00002:")), qPrintable(nv));
    }
    QVERIFY(swtpmPidsFor(stateOf(dir)).isEmpty());
}

void TestSimulator::secondUserIsBusy()
{
    const QString dir = freshDir();
    qputenv("TPMVSC_LOCK_TIMEOUT_MS", "500");
    {
        Simulator first(dir);
        QElapsedTimer timer;
        timer.start();
        try {
            Simulator second(dir);
            QFAIL("a second Simulator on the same dir started");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Busy);
            QVERIFY2(e.message().contains(QLatin1String("in use")), qPrintable(e.message()));
        }
        const qint64 waited = timer.elapsed();
        QVERIFY2(waited >= 450 && waited < 5000, qPrintable(QString::number(waited)));
        // The failed attempt must not have disturbed the running one.
        QCOMPARE(swtpmPidsFor(stateOf(dir)).size(), 1);
        QVERIFY(nvIndices(first.tcti()).contains(QLatin1String("0x1c00002:")));
    }
    // Once the first is gone, the lock is free again.
    {
        Simulator again(dir);
        QVERIFY(!again.freshlyProvisioned());
    }
    qunsetenv("TPMVSC_LOCK_TIMEOUT_MS");
}

void TestSimulator::tpmSetsDictionaryAttackParametersOnce()
{
    const QString dir = freshDir();
    TpmOptions options;
    options.simulator = true;
    options.simulatorDir = dir;
    {
        Tpm tpm(options, QString());
        QVERIFY(tpm.isSimulator());
        const TpmInfo info = tpm.info();
        QVERIFY(info.software);
        QCOMPARE(info.maxAuthFail, std::uint32_t(Simulator::kMaxAuthFail));
        QCOMPARE(info.lockoutInterval, std::uint32_t(Simulator::kRecoverySeconds));
        QCOMPARE(info.maxAuthFail, 32u);
        QCOMPARE(info.lockoutInterval, 600u);
    }
    // Kept by the TPM itself: a later start (not fresh, nothing set again) sees the same.
    {
        Tpm tpm(options, QString());
        const TpmInfo info = tpm.info();
        QCOMPARE(info.maxAuthFail, 32u);
        QCOMPARE(info.lockoutInterval, 600u);
    }
    QVERIFY(swtpmPidsFor(stateOf(dir)).isEmpty());
}

void TestSimulator::failedProvisioningLeavesNoState()
{
    // A swtpm_setup that writes part of a state and then fails, as a crash or a full
    // disk would: the simulator must report it in swtpm_setup's words and keep nothing.
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    const QString fake = bin.filePath(QStringLiteral("swtpm_setup"));
    {
        QFile script(fake);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "while [ $# -gt 0 ]; do\n"
                     "  if [ \"$1\" = --tpmstate ]; then echo half > \"$2/tpm2-00.permall\"; fi\n"
                     "  shift\n"
                     "done\n"
                     "echo 'fake swtpm_setup: disk on fire' >&2\n"
                     "exit 1\n");
    }
    QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()) + ':' + oldPath);

    const QString dir = freshDir();
    try {
        Simulator sim(dir);
        qputenv("PATH", oldPath);
        QFAIL("the simulator started with a failed provisioning");
    } catch (const Error& e) {
        qputenv("PATH", oldPath);
        QCOMPARE(e.code(), ErrorCode::TpmUnavailable);
        QVERIFY2(e.message().contains(QLatin1String("disk on fire")), qPrintable(e.message()));
    }
    QVERIFY(!QFileInfo::exists(QDir(stateOf(dir)).filePath(QStringLiteral("tpm2-00.permall"))));
    QVERIFY(swtpmPidsFor(stateOf(dir)).isEmpty());

    // The failure released the lock, and the next attempt provisions properly.
    qputenv("TPMVSC_LOCK_TIMEOUT_MS", "0");
    {
        Simulator sim(dir);
        QVERIFY(sim.freshlyProvisioned());
    }
    qunsetenv("TPMVSC_LOCK_TIMEOUT_MS");
}

void TestSimulator::recoversFromInterruptedProvisioning()
{
    // What a crash mid-provisioning leaves: the work folder, and perhaps a state folder
    // without a TPM in it.
    const QString dir = freshDir();
    QVERIFY(QDir().mkpath(QDir(dir).filePath(QStringLiteral("provision/state"))));
    QVERIFY(QDir().mkpath(stateOf(dir)));
    {
        QFile junk(QDir(stateOf(dir)).filePath(QStringLiteral(".lock")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
    }
    {
        Simulator sim(dir);
        QVERIFY(sim.freshlyProvisioned());
        QVERIFY(nvIndices(sim.tcti()).contains(QLatin1String("0x1c00002:")));
    }
    QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("provision"))));
    QVERIFY(QFileInfo::exists(QDir(stateOf(dir)).filePath(QStringLiteral("tpm2-00.permall"))));
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "test_simulator.moc"
