// The card as a PIV smart card to PC/SC programs, with real components only: swtpm behind
// the card, tpmvsc-reader presenting it, pcscd with Debian's vsmartcard-vpcd driver in
// reversed mode (it connects to the reader on loopback), and OpenSC's own PIV driver
// reading it: opensc-tool names the card, pkcs15-tool lists its certificate, OpenSC's
// PKCS#11 module reads the certificate back byte for byte, logs in with the card's PIN,
// checked by the TPM (a wrong one counts in the card's own counter), and has the card key
// sign, which openssl verifies.
//
// pcscd serves one socket per machine (/run/pcscd/pcscd.comm; pcsc-lite 1.9.9's daemon
// does not take another), so the test starts it itself, as root, and refuses to run beside
// a pcscd someone else started.
#include "tests/support/CardTestCase.h"
#include "tests/support/ProcessRun.h"
#include "tests/support/SkipOrFail.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <unistd.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

const QString kOpenscModule = QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so");
const QByteArray kPin = "12345678\n";

// Two consecutive free loopback ports (vpcd takes a second slot at PORT+1).
quint16 freePortPair()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer first;
        QTcpServer second;
        if (!first.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = first.serverPort();
        if (port < 65535 && second.listen(QHostAddress::LocalHost, quint16(port + 1)))
            return port;
    }
    return 0;
}

QString readerProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/tpmvsc-reader");
}

} // namespace

class TestPivReader : public CardTestCase
{
    Q_OBJECT

    QTemporaryDir m_files;
    QProcess m_reader;
    QProcess m_pcscd;
    QByteArray m_certificate; // DER, as tpmvscmgr exports it
    bool m_restartSystemPcscd = false;

    QString file(const QString& name) const { return m_files.filePath(name); }

    ProcessResult cli(const QString& line, const QByteArray& input = QByteArray())
    {
        return m_env->tpmvscmgr(m_swtpm->tcti(), file(QStringLiteral("config")), line, input);
    }

    ProcessResult pkcs11(const QStringList& args)
    {
        return runProcess(QStringLiteral("pkcs11-tool"),
                          QStringList{QStringLiteral("--module"), kOpenscModule,
                                      QStringLiteral("--slot-index"), QStringLiteral("0")} +
                              args);
    }

    void stop(QProcess& process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
        process.waitForFinished(5000);
    }

    // tpmvsc-reader on the card, and pcscd with vpcd connecting to it; until PC/SC shows
    // the card in the first reader.
    void startReader()
    {
        const quint16 port = freePortPair();
        QVERIFY(port != 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TPMVSC_TCTI"), m_swtpm->tcti());
        env.insert(QStringLiteral("TPMVSC_HOME"), m_env->store.root());
        m_reader.setProcessEnvironment(env);
        m_reader.start(readerProgram(), {QStringLiteral("--instance"), QStringLiteral("0"),
                                         QStringLiteral("--port"), QString::number(port)});
        QVERIFY(m_reader.waitForReadyRead(30000));
        QVERIFY(m_reader.readLine().startsWith("listening on 127.0.0.1:"));

        // vpcd in reversed mode: it connects to the reader, on loopback only.
        const QString conf = file(QStringLiteral("reader.conf.d"));
        QVERIFY(QDir().mkpath(conf));
        QFile vpcd(conf + QStringLiteral("/vpcd"));
        QVERIFY(vpcd.open(QIODevice::WriteOnly));
        vpcd.write(QStringLiteral("FRIENDLYNAME \"tpmvsc\"\nDEVICENAME 127.0.0.1:%1\n"
                                  "LIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\n"
                                  "CHANNELID %1\n")
                       .arg(port)
                       .toUtf8());
        vpcd.close();
        m_pcscd.start(QStringLiteral("pcscd"),
                      {QStringLiteral("--foreground"), QStringLiteral("--config"), conf});
        QVERIFY(m_pcscd.waitForStarted(10000));
        // Until PC/SC shows the card in the first reader.
        const QDeadlineTimer deadline(30000);
        ProcessResult readers;
        do {
            QThread::msleep(200);
            readers = runProcess(QStringLiteral("opensc-tool"), {QStringLiteral("--list-readers")});
        } while (!readers.out.contains("Yes") && !deadline.hasExpired());
        QVERIFY2(readers.out.contains("tpmvsc 00 00"), qPrintable(readers.text()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            TPMVSC_SKIP_OR_FAIL("pcscd's socket is the machine's: the test runs as root");
        // systemd may hold pcscd's socket for socket activation: on a CI machine (nobody
        // else's cards) it is stopped for the test and started again after it.
        if (qEnvironmentVariableIsSet("CI") &&
            runProcess(QStringLiteral("systemctl"),
                       {QStringLiteral("is-active"), QStringLiteral("--quiet"),
                        QStringLiteral("pcscd.socket")})
                    .exitCode == 0) {
            runProcess(QStringLiteral("systemctl"),
                       {QStringLiteral("stop"), QStringLiteral("pcscd.socket"),
                        QStringLiteral("pcscd.service")});
            m_restartSystemPcscd = true;
        }
        if (runProcess(QStringLiteral("pgrep"), {QStringLiteral("-x"), QStringLiteral("pcscd")})
                .exitCode == 0)
            TPMVSC_SKIP_OR_FAIL("another pcscd runs on this machine");
        if (!QFile::exists(QStringLiteral("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")) ||
            !QFile::exists(kOpenscModule))
            TPMVSC_SKIP_OR_FAIL("vsmartcard-vpcd or opensc-pkcs11 not installed");
        m_swtpm = std::make_unique<SwtpmFixture>();
    }

    void init()
    {
        m_env = std::make_unique<CardTestEnv>(*m_swtpm);
        // A card with a P-256 key and a self-signed certificate: PIV slot 9A.
        QVERIFY(
            cli(QStringLiteral("create /name Piv /adminkey default /generate /quiet")).exitCode ==
            0);
        const ProcessResult made =
            cli(QStringLiteral("request /instance 0 /template clientauth /subject CN=Alice /key "
                               "p256 /selfsigned /out ") +
                    file(QStringLiteral("alice.csr")),
                kPin);
        QVERIFY2(made.exitCode == 0, qPrintable(made.text()));
        const ProcessResult exported =
            cli(QStringLiteral("export /instance 0 /key ") +
                QString::fromLatin1(cli(QStringLiteral("keys /instance 0 /quiet")).out.trimmed()) +
                QStringLiteral(" /cert /der /out ") + file(QStringLiteral("alice.der")));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.text()));
        QFile der(file(QStringLiteral("alice.der")));
        QVERIFY(der.open(QIODevice::ReadOnly));
        m_certificate = der.readAll();
        startReader();
    }

    void cleanupTestCase()
    {
        if (m_restartSystemPcscd)
            runProcess(QStringLiteral("systemctl"),
                       {QStringLiteral("start"), QStringLiteral("pcscd.socket")});
    }

    void cleanup()
    {
        stop(m_pcscd);
        stop(m_reader); // the reader holds the TPM connection: gone before the handle check
        if (m_env)
            TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        m_env.reset();
    }

    void openscReadsThePivCard()
    {
        const ProcessResult name =
            runProcess(QStringLiteral("opensc-tool"),
                       {QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-n")});
        QVERIFY2(name.out.contains("Personal Identity Verification Card"), qPrintable(name.text()));
        const ProcessResult listed =
            runProcess(QStringLiteral("pkcs15-tool"), {QStringLiteral("-r"), QStringLiteral("0"),
                                                       QStringLiteral("--list-certificates")});
        QVERIFY2(listed.out.contains("Certificate for PIV Authentication"),
                 qPrintable(listed.text()));
        // The certificate, read through PC/SC and OpenSC's PIV driver, is the card's.
        const ProcessResult read =
            pkcs11({QStringLiteral("--read-object"), QStringLiteral("--type"),
                    QStringLiteral("cert"), QStringLiteral("--id"), QStringLiteral("01"),
                    QStringLiteral("--output-file"), file(QStringLiteral("read.der"))});
        QVERIFY2(read.exitCode == 0, qPrintable(read.text()));
        QFile der(file(QStringLiteral("read.der")));
        QVERIFY(der.open(QIODevice::ReadOnly));
        QCOMPARE(der.readAll(), m_certificate);
    }

    // A signature through PC/SC: OpenSC's PIV driver sends GENERAL AUTHENTICATE, the TPM
    // signs with the card key, and openssl verifies it with the key tpmvscmgr exports.
    void openscSignsWithTheCardKey()
    {
        QFile data(file(QStringLiteral("data.txt")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("signed through PC/SC\n");
        data.close();
        const ProcessResult signedData =
            pkcs11({QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("12345678"),
                    QStringLiteral("--sign"), QStringLiteral("--mechanism"),
                    QStringLiteral("ECDSA-SHA256"), QStringLiteral("--id"), QStringLiteral("01"),
                    QStringLiteral("--signature-format"), QStringLiteral("openssl"),
                    QStringLiteral("--input-file"), data.fileName(),
                    QStringLiteral("--output-file"), file(QStringLiteral("data.sig"))});
        QVERIFY2(signedData.exitCode == 0, qPrintable(signedData.text()));
        const QString key =
            QString::fromLatin1(cli(QStringLiteral("keys /instance 0 /quiet")).out.trimmed());
        QVERIFY(cli(QStringLiteral("export /instance 0 /key ") + key + QStringLiteral(" /out ") +
                    file(QStringLiteral("pub.pem")))
                    .exitCode == 0);
        const ProcessResult verified = runProcess(
            QStringLiteral("openssl"),
            {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
             file(QStringLiteral("pub.pem")), QStringLiteral("-signature"),
             file(QStringLiteral("data.sig")), data.fileName()});
        QVERIFY2(verified.out.contains("Verified OK"), qPrintable(verified.text()));
        // Without the PIN the card refuses to sign.
        const ProcessResult refused =
            pkcs11({QStringLiteral("--sign"), QStringLiteral("--mechanism"),
                    QStringLiteral("ECDSA-SHA256"), QStringLiteral("--id"), QStringLiteral("01"),
                    QStringLiteral("--input-file"), data.fileName(),
                    QStringLiteral("--output-file"), file(QStringLiteral("nopin.sig"))});
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.text()));
    }

    // An RSA key in slot 9C: its PKCS#1 v1.5 block, padded by OpenSC and longer than a
    // short APDU, reaches the TPM's raw RSA operation, and openssl verifies the signature.
    void rsaKeySignsThroughPiv()
    {
        stop(m_pcscd);
        stop(m_reader);
        const ProcessResult made =
            cli(QStringLiteral("request /instance 0 /template clientauth /subject CN=Bob /key "
                               "rsa2048 /label rsa /selfsigned /out ") +
                    file(QStringLiteral("bob.csr")),
                kPin);
        QVERIFY2(made.exitCode == 0, qPrintable(made.text()));
        QVERIFY(cli(QStringLiteral("export /instance 0 /key rsa /out ") +
                    file(QStringLiteral("rsa.pem")))
                    .exitCode == 0);
        startReader(); // again, now with two keys
        QFile data(file(QStringLiteral("rsa-data.txt")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("an RSA signature through PC/SC\n");
        data.close();
        const ProcessResult signedData =
            pkcs11({QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("12345678"),
                    QStringLiteral("--sign"), QStringLiteral("--mechanism"),
                    QStringLiteral("SHA256-RSA-PKCS"), QStringLiteral("--id"), QStringLiteral("02"),
                    QStringLiteral("--input-file"), data.fileName(),
                    QStringLiteral("--output-file"), file(QStringLiteral("rsa.sig"))});
        QVERIFY2(signedData.exitCode == 0, qPrintable(signedData.text()));
        const ProcessResult verified = runProcess(
            QStringLiteral("openssl"),
            {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"),
             file(QStringLiteral("rsa.pem")), QStringLiteral("-signature"),
             file(QStringLiteral("rsa.sig")), data.fileName()});
        QVERIFY2(verified.out.contains("Verified OK"), qPrintable(verified.text()));
    }

    // CHANGE REFERENCE DATA through OpenSC changes the card's PIN: the new one opens the
    // card through PC/SC afterwards and the old one is refused (and counted).
    void pinChangedThroughPivIsTheCardsPin()
    {
        const ProcessResult changed =
            pkcs11({QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("12345678"),
                    QStringLiteral("--change-pin"), QStringLiteral("--new-pin"),
                    QStringLiteral("24681357")});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.text()));
        const ProcessResult old =
            pkcs11({QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("12345678"),
                    QStringLiteral("--list-objects")});
        QVERIFY2(old.exitCode != 0, qPrintable(old.text()));
        QVERIFY2(cli(QStringLiteral("status /instance 0")).out.contains("4 of 5"),
                 "the old PIN was not counted as a wrong one");
        const ProcessResult fresh =
            pkcs11({QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("24681357"),
                    QStringLiteral("--list-objects"), QStringLiteral("--type"),
                    QStringLiteral("privkey")});
        QVERIFY2(fresh.exitCode == 0 && fresh.out.contains("PIV AUTH key"),
                 qPrintable(fresh.text()));
    }

    // The attacker with the card file: wrong PINs through PC/SC, then the card file put back
    // as it was before them. The TPM counted them all the same: the last try blocks the card,
    // and then even the right PIN is refused.
    void restoredCardFileGainsNoTries()
    {
        const QString cardFile = m_env->store.cardPath(0);
        QFile before(cardFile);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray saved = before.readAll();
        before.close();
        for (int i = 0; i < 4; ++i)
            QVERIFY(pkcs11({QStringLiteral("--login"), QStringLiteral("--pin"),
                            QStringLiteral("87654321"), QStringLiteral("--list-objects")})
                        .exitCode != 0);
        QFile restore(cardFile);
        QVERIFY(restore.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(restore.write(saved), saved.size());
        restore.close();
        const ProcessResult last =
            pkcs11({QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("87654321"),
                    QStringLiteral("--list-objects")});
        QVERIFY(last.exitCode != 0);
        const ProcessResult right =
            pkcs11({QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("12345678"),
                    QStringLiteral("--list-objects")});
        QVERIFY2(right.exitCode != 0 && (right.out + right.err).contains("CKR_PIN_LOCKED"),
                 qPrintable(right.text()));
        const ProcessResult status = cli(QStringLiteral("status /instance 0"));
        QVERIFY2(QString::fromUtf8(status.out)
                     .contains(QRegularExpression(QStringLiteral("Blocked:\\s+yes"))),
                 qPrintable(status.text()));
    }

    // VERIFY goes to the TPM: a wrong PIN is counted by the card, the right one restores.
    void pinIsTheCardsPin()
    {
        const ProcessResult wrong =
            pkcs11({QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("87654321"),
                    QStringLiteral("--list-objects")});
        QVERIFY2(wrong.out.contains("CKR_PIN_INCORRECT") || wrong.err.contains("CKR_PIN_INCORRECT"),
                 qPrintable(wrong.text()));
        QVERIFY2(cli(QStringLiteral("status /instance 0")).out.contains("4 of 5"),
                 "the wrong PIN was not counted by the card");
        const ProcessResult right =
            pkcs11({QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("12345678"),
                    QStringLiteral("--list-objects"), QStringLiteral("--type"),
                    QStringLiteral("privkey")});
        QVERIFY2(right.exitCode == 0 && right.out.contains("PIV AUTH key"),
                 qPrintable(right.text()));
        QVERIFY2(cli(QStringLiteral("status /instance 0")).out.contains("5 of 5"),
                 "the right PIN did not restore the tries");
    }
};

QTEST_GUILESS_MAIN(TestPivReader)
#include "test_piv_reader.moc"
