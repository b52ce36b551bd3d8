// tpmvscmgr /machine HOST over a real ssh: the test starts OpenSSH's sshd on a free
// loopback port with a host key and a user key of its own (an authorized_keys whose
// environment= options point HOST's tpmvscmgr at this test's swtpm and store), and a
// client configuration handed to tpmvscmgr through TPMVSC_SSH="ssh -F FILE". The "other
// machine" shares the store with the local runs, so each remote result is checked
// locally.
#include "tests/support/FileBytes.h"
#include "tests/support/SkipOrFail.h"
#include "tests/support/SwtpmFixture.h"
#include "tests/support/TpmvscmgrTestCase.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

const QByteArray kPin = "24681357\n";
const QByteArray kPuk = "86421357\n";
// Spaces, both quotes, $, ;, a backquote and a backslash: each means something to a shell.
const QString kAwkwardName = QStringLiteral("it's \"a\" $HOME; `id` \\card");

} // namespace

class TestCliRemote : public TpmvscmgrTestCase
{
    Q_OBJECT

    QTemporaryDir m_ssh; // keys and configurations, for the whole test case
    QProcess m_sshd;
    QString m_user;

    QString sshFile(const QString& name) const { return m_ssh.filePath(name); }

    bool makeKey(const QString& name)
    {
        const ProcessResult r =
            runProcess(QStringLiteral("ssh-keygen"),
                       {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                        QStringLiteral("-N"), QString(), QStringLiteral("-C"), name,
                        QStringLiteral("-f"), sshFile(name)});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.text()));
        return r.exitCode == 0;
    }

    // Runs on HOST: a local ssh to the test's sshd.
    ProcessResult remote(QStringList args, const QByteArray& input = QByteArray(),
                         const QString& host = QStringLiteral("127.0.0.1")) const
    {
        args << QStringLiteral("/machine") << host;
        return run(args, input);
    }
    ProcessResult remote(const QString& line, const QByteArray& input = QByteArray()) const
    {
        return remote(line.split(QLatin1Char(' '), Qt::SkipEmptyParts), input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(findTpmvscmgr(), qPrintable(m_exe));
        const QString sshd = QStandardPaths::findExecutable(
            QStringLiteral("sshd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (sshd.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
            TPMVSC_SKIP_OR_FAIL("OpenSSH (ssh, ssh-keygen, sshd) not installed");
        // sshd insists on its privilege separation folder, root's and not writable by others.
        if (!QFileInfo::exists(QStringLiteral("/run/sshd")) && ::mkdir("/run/sshd", 0755) != 0)
            TPMVSC_SKIP_OR_FAIL("sshd needs /run/sshd, which only root can make");
        m_swtpm = std::make_unique<SwtpmFixture>();
        QVERIFY(m_ssh.isValid());
        m_user = QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
        QVERIFY(makeKey(QStringLiteral("host_key")));
        QVERIFY(makeKey(QStringLiteral("user_key")));

        const int port = freeLoopbackPort();
        const QByteArray config = QStringLiteral("Port %1\n"
                                                 "ListenAddress 127.0.0.1\n"
                                                 "HostKey %2\n"
                                                 "PidFile none\n"
                                                 "AuthorizedKeysFile %3\n"
                                                 "StrictModes no\n"
                                                 "PermitUserEnvironment yes\n"
                                                 "PubkeyAuthentication yes\n"
                                                 "PasswordAuthentication no\n"
                                                 "KbdInteractiveAuthentication no\n"
                                                 "UsePAM no\n"
                                                 "PermitRootLogin prohibit-password\n"
                                                 "AllowUsers %4\n"
                                                 "LogLevel VERBOSE\n")
                                      .arg(port)
                                      .arg(sshFile(QStringLiteral("host_key")),
                                           sshFile(QStringLiteral("authorized_keys")), m_user)
                                      .toLocal8Bit();
        QVERIFY(writeFile(sshFile(QStringLiteral("sshd_config")), config));
        // Known before the first connection: the client trusts this host key alone.
        QVERIFY(writeFile(sshFile(QStringLiteral("known_hosts")),
                          QStringLiteral("[127.0.0.1]:%1 ").arg(port).toLocal8Bit() +
                              readFile(sshFile(QStringLiteral("host_key.pub")))));
        const QString client = QStringLiteral("  User %1\n"
                                              "  IdentityFile %2\n"
                                              "  IdentitiesOnly yes\n"
                                              "  UserKnownHostsFile %3\n"
                                              "  GlobalKnownHostsFile /dev/null\n"
                                              "  StrictHostKeyChecking yes\n"
                                              "  BatchMode yes\n"
                                              "  ConnectTimeout 20\n"
                                              "  LogLevel ERROR\n")
                                   .arg(m_user, sshFile(QStringLiteral("user_key")),
                                        sshFile(QStringLiteral("known_hosts")));
        // "unreachable": a loopback port nothing listens on.
        QVERIFY(writeFile(sshFile(QStringLiteral("ssh_config")),
                          (QStringLiteral("Host 127.0.0.1\n  Port %1\n").arg(port) + client +
                           QStringLiteral("Host unreachable\n  HostName 127.0.0.1\n  Port %1\n")
                               .arg(freeLoopbackPort()) +
                           client)
                              .toLocal8Bit()));

        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                            sshFile(QStringLiteral("sshd_config"))});
        QVERIFY2(m_sshd.waitForStarted(), qPrintable(m_sshd.errorString()));
        QByteArray log;
        const QDeadlineTimer deadline(30000);
        while (!log.contains("Server listening") && m_sshd.state() == QProcess::Running &&
               !deadline.hasExpired()) {
            m_sshd.waitForReadyRead(1000);
            log += m_sshd.readAll();
        }
        QVERIFY2(log.contains("Server listening"), log.constData());
    }

    // A fresh store per test, and HOST's tpmvscmgr pointed at it and at this swtpm.
    void init()
    {
        QVERIFY(newStore());
        QStringList environment{
            QStringLiteral("TPMVSC_HOME=%1").arg(m_store),
            QStringLiteral("TPMVSC_TCTI=%1").arg(m_swtpm->tcti()),
            QStringLiteral("XDG_CONFIG_HOME=%1").arg(m_dir->filePath(QStringLiteral("config"))),
            QStringLiteral("LANGUAGE=en"),
            QStringLiteral("PATH=%1:/usr/bin:/bin").arg(QFileInfo(m_exe).absolutePath())};
        QString options;
        for (const QString& variable : environment)
            options += QStringLiteral("environment=\"%1\",").arg(variable);
        options.chop(1);
        QVERIFY(writeFile(sshFile(QStringLiteral("authorized_keys")),
                          options.toLocal8Bit() + ' ' +
                              readFile(sshFile(QStringLiteral("user_key.pub")))));
        m_extraEnv.insert(QStringLiteral("TPMVSC_SSH"),
                          QStringLiteral("ssh -F %1").arg(sshFile(QStringLiteral("ssh_config"))));
    }

    void cleanupTestCase()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            if (!m_sshd.waitForFinished(10000))
                m_sshd.kill();
            m_sshd.waitForFinished(10000);
        }
        m_swtpm.reset();
    }

    // Windows' /machine set: create (secrets through ssh's stdin), list, status, destroy.
    void createListStatusDestroy()
    {
        ProcessResult r =
            remote({QStringLiteral("create"), QStringLiteral("/name"), kAwkwardName,
                    QStringLiteral("/adminkey"), QStringLiteral("default"), QStringLiteral("/pin"),
                    QStringLiteral("prompt"), QStringLiteral("/puk"), QStringLiteral("prompt"),
                    QStringLiteral("/generate")},
                   kPin + kPuk);
        TPMVSC_CHECK_EXIT(r, 0);
        QVERIFY2(r.out.contains("Smart Card Reader Device Instance ID = "
                                "ROOT\\SMARTCARDREADER\\0000\n"),
                 qPrintable(r.text()));

        // Made there as typed here: the name whole, the PIN and the PUK those of stdin.
        r = run(QStringLiteral("status /instance 0 /json"));
        TPMVSC_CHECK_EXIT(r, 0);
        const QJsonObject card =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("card")).toObject();
        QCOMPARE(card.value(QStringLiteral("name")).toString(), kAwkwardName);
        QCOMPARE(card.value(QStringLiteral("has_puk")), QJsonValue(true));
        TPMVSC_CHECK_EXIT(run(QStringLiteral("changepin /instance 0"), kPin + "13572468\n"), 0);

        r = remote(QStringLiteral("list"));
        TPMVSC_CHECK_EXIT(r, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(kAwkwardName), qPrintable(r.text()));
        r = remote(QStringLiteral("list /json"));
        TPMVSC_CHECK_EXIT(r, 0);
        const QJsonArray cards =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("cards")).toArray();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first().toObject().value(QStringLiteral("instance_id")).toString(),
                 QStringLiteral("ROOT\\SMARTCARDREADER\\0000"));
        r = remote({QStringLiteral("status"), QStringLiteral("/instance"),
                    QStringLiteral("ROOT\\SMARTCARDREADER\\0000")});
        TPMVSC_CHECK_EXIT(r, 0);
        QVERIFY2(r.out.contains("PUK:               5 tries left\n"), qPrintable(r.text()));

        // A PIN command over the channel: the PIN changed here is the one HOST checks.
        TPMVSC_CHECK_EXIT(remote(QStringLiteral("changepin /instance 0"), "13572468\n" + kPin), 0);
        TPMVSC_CHECK_EXIT(remote(QStringLiteral("unblock /instance 0"), kPuk + kPin), 0);

        r = remote(QStringLiteral("destroy /instance 0"));
        TPMVSC_CHECK_EXIT(r, 0);
        QVERIFY2(r.out.contains("TPM Smart Card destroyed."), qPrintable(r.text()));
        QVERIFY(!QFileInfo::exists(m_store + QStringLiteral("/cards/0000.card")));
    }

    // HOST's refusal comes back with its message and its exit status.
    void remoteExitStatusCarriedBack()
    {
        ProcessResult r = remote(QStringLiteral("status /instance 5"));
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("tpmvscmgr: There is no card"), qPrintable(r.text()));
        QVERIFY(r.out.isEmpty());

        TPMVSC_CHECK_EXIT(run(QStringLiteral("create /name w /adminkey default /pin prompt "
                                             "/generate /quiet"),
                              kPin),
                          0);
        r = remote(QStringLiteral("changepin /instance 0"), "99999999\n13572468\n");
        QCOMPARE(r.exitCode, 4);
        r = remote(QStringLiteral("status /instance 0 /json"));
        TPMVSC_CHECK_EXIT(r, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("card"))
                     .toObject()
                     .value(QStringLiteral("pin_tries_left"))
                     .toInt(),
                 4);
        // No secret on stdin: HOST's tpmvscmgr says so, as a local one would.
        r = remote(QStringLiteral("keygen /instance 0"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("PIN"), qPrintable(r.text()));
    }

    // ssh's own failure is tpmvscmgr's exit status 14, with a sentence of its own.
    void unreachableHost()
    {
        ProcessResult r = remote(QStringList{QStringLiteral("list")}, QByteArray(),
                                 QStringLiteral("unreachable"));
        QCOMPARE(r.exitCode, 14);
        QVERIFY2(r.err.contains("tpmvscmgr: unreachable could not be reached over ssh"),
                 qPrintable(r.text()));
        QVERIFY(r.out.isEmpty());

        m_extraEnv.insert(QStringLiteral("TPMVSC_SSH"),
                          m_dir->filePath(QStringLiteral("no-such-ssh")));
        r = remote(QStringLiteral("list"));
        QCOMPARE(r.exitCode, 14);
        QVERIFY2(r.err.contains("could not be started"), qPrintable(r.text()));

        // A HOST whose ssh sessions find no tpmvscmgr.
        m_extraEnv.insert(QStringLiteral("TPMVSC_SSH"),
                          QStringLiteral("ssh -F %1").arg(sshFile(QStringLiteral("ssh_config"))));
        QVERIFY(writeFile(sshFile(QStringLiteral("authorized_keys")),
                          "environment=\"PATH=/nonexistent\" " +
                              readFile(sshFile(QStringLiteral("user_key.pub")))));
        r = remote(QStringLiteral("list"));
        QCOMPARE(r.exitCode, 14);
        QVERIFY2(r.err.contains("tpmvscmgr could not be run on 127.0.0.1"), qPrintable(r.text()));
    }

    // Commands with local files stay here; nothing runs over ssh.
    void refusedForLocalFiles()
    {
        expectRefused({QStringLiteral("sign"), QStringLiteral("/instance"), QStringLiteral("0"),
                       QStringLiteral("/key"), QStringLiteral("ab12"), QStringLiteral("/in"),
                       QStringLiteral("data"), QStringLiteral("/out"), QStringLiteral("sig"),
                       QStringLiteral("/machine"), QStringLiteral("127.0.0.1")},
                      QByteArray(), 2, QStringLiteral("files on this machine"));
    }
};

QTEST_GUILESS_MAIN(TestCliRemote)
#include "test_cli_remote.moc"
