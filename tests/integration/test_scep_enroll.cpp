// Enrollment through SCEP against a real CA: Debian's scepserver (micromdm) with a depot
// of its own and a challenge password, tpmvscmgr enroll run as users run it (PIN and
// challenge on stdin), this binary's swtpm. The issued certificate verifies with openssl
// against the depot's CA and pkcs11-tool sees it on the card; every refusal (wrong
// challenge, another CA's fingerprint, an EC key, a dead CA, junk answers) leaves the
// store byte for byte as it was. After each test no TPM handle is left.
#include "core/tpm/Tpm.h"
#include "services/CardServices.h"
#include "services/EnrollService.h"
#include "services/ScepClient.h"
#include "tests/support/CardTestEnv.h"
#include "tests/support/ExpectError.h"
#include "tests/support/ScepServer.h"
#include "tests/support/SkipOrFail.h"
#include "tests/support/StoreSnapshot.h"
#include "tests/support/SwtpmFixture.h"
#include "tests/support/TpmvscmgrTestCase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

using Result = ProcessResult;

// Exit codes (cli/ExitCodes.cpp, documented in tpmvscmgr(1)).
enum Exit { Ok = 0, Invalid = 3, NoService = 14 };

const QString kChallenge = QStringLiteral("enroll-me-123");
const QByteArray kPin = "12345678\n";

QString fileText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QString();
}

// Stops the CA between discovery and the request: the key exists in the TPM then.
class StopBeforeRequest : public EnrollmentProtocol
{
public:
    StopBeforeRequest(ScepClient& client, ScepServer& server) : m_client(client), m_server(server)
    {}
    EnrollmentAuthority discover() override { return m_client.discover(); }
    std::optional<Sentence> refusesKey(KeyAlgorithm algorithm) const override
    {
        return m_client.refusesKey(algorithm);
    }
    KeyCertificate enroll(const EnrollmentRequest& request) override
    {
        m_server.stop();
        return m_client.enroll(request);
    }

private:
    ScepClient& m_client;
    ScepServer& m_server;
};

} // namespace

class TestScepEnroll : public TpmvscmgrTestCase
{
    Q_OBJECT

    std::unique_ptr<ScepServer> m_ca;

    QString file(const QString& name) const { return m_dir->filePath(name); }

    void createCard()
    {
        TPMVSC_CHECK_EXIT(run(QStringLiteral("create /name Scep /adminkey default /generate "
                                             "/adminresets 1 /quiet")),
                          Ok);
    }

    QStringList enrollArgs(const QString& url, const QStringList& extra = {}) const
    {
        return QStringList{QStringLiteral("enroll"),
                           QStringLiteral("/instance"),
                           QStringLiteral("0"),
                           QStringLiteral("/url"),
                           url,
                           QStringLiteral("/template"),
                           QStringLiteral("clientauth"),
                           QStringLiteral("/subject"),
                           QStringLiteral("CN=Alice,O=Example"),
                           QStringLiteral("/san"),
                           QStringLiteral("email:alice@example.com")} +
               extra;
    }

    QString fingerprintOfCa() const
    {
        const Result r = runProcess(QStringLiteral("openssl"),
                                    {QStringLiteral("x509"), QStringLiteral("-in"),
                                     m_ca->caCertificate(), QStringLiteral("-noout"),
                                     QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        return QString::fromLatin1(r.out.trimmed()).section(QLatin1Char('='), 1);
    }

    static void stop(QProcess& process)
    {
        process.kill();
        process.waitForFinished(5000);
    }

    // A web server that answers every path with the same file: junk for a SCEP client.
    std::unique_ptr<QProcess> junkServer(const QByteArray& body, QString* url)
    {
        const QString root = file(QStringLiteral("junk"));
        QDir().mkpath(root);
        QFile f(root + QStringLiteral("/scep"));
        if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size())
            return nullptr;
        f.close();
        auto server = std::make_unique<QProcess>();
        server->setProcessChannelMode(QProcess::MergedChannels);
        server->start(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral("-c"),
                       QStringLiteral("import http.server, os, socketserver, sys\n"
                                      "os.chdir(sys.argv[1])\n"
                                      "s = socketserver.TCPServer(('127.0.0.1', 0), "
                                      "http.server.SimpleHTTPRequestHandler)\n"
                                      "print(s.server_address[1], flush=True)\n"
                                      "s.serve_forever()\n"),
                       root});
        if (!server->waitForReadyRead(10000))
            return nullptr;
        *url = QStringLiteral("http://127.0.0.1:%1/scep")
                   .arg(QString::fromLatin1(server->readLine().trimmed()));
        return server;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(findTpmvscmgr(), qPrintable(m_exe));
        if (!ScepServer::available())
            TPMVSC_SKIP_OR_FAIL("scepserver not installed (Debian package scep)");
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            TPMVSC_SKIP_OR_FAIL("openssl CLI not installed");
        m_swtpm = std::make_unique<SwtpmFixture>();
    }

    void init()
    {
        QVERIFY(newStore());
        try {
            m_ca = std::make_unique<ScepServer>(kChallenge);
        } catch (const Error& e) {
            QFAIL(qPrintable(e.message()));
        }
        createCard();
    }

    void cleanup()
    {
        m_ca.reset();
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }

    void cleanupTestCase() { m_swtpm.reset(); }

    void enrollStoresTheIssuedCertificate()
    {
        const QString fingerprint = fingerprintOfCa();
        const Result r =
            run(enrollArgs(m_ca->url(), {QStringLiteral("/challenge"), QStringLiteral("PROMPT"),
                                         QStringLiteral("/cafingerprint"), fingerprint.toLower()}),
                kPin + kChallenge.toLatin1() + '\n');
        QVERIFY2(r.exitCode == Ok, qPrintable(r.text() + m_ca->output()));
        QVERIFY2(QString::fromLatin1(r.out).contains(fingerprint), qPrintable(r.text()));
        const QRegularExpressionMatch id =
            QRegularExpression(QStringLiteral("Key generated: ([0-9a-f]{40})\n"))
                .match(QString::fromLatin1(r.out));
        QVERIFY2(id.hasMatch(), qPrintable(r.text()));

        // The certificate on the card verifies against the depot's CA, and its chain
        // holds that CA.
        const QString leaf = file(QStringLiteral("leaf.pem"));
        TPMVSC_CHECK_EXIT(run({QStringLiteral("export"), QStringLiteral("/instance"),
                               QStringLiteral("0"), QStringLiteral("/key"), id.captured(1),
                               QStringLiteral("/cert"), QStringLiteral("/out"), leaf}),
                          Ok);
        const Result verified = runProcess(
            QStringLiteral("openssl"),
            {QStringLiteral("verify"), QStringLiteral("-CAfile"), m_ca->caCertificate(), leaf});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.text()));
        const QString chain = file(QStringLiteral("chain.pem"));
        TPMVSC_CHECK_EXIT(
            run({QStringLiteral("export"), QStringLiteral("/instance"), QStringLiteral("0"),
                 QStringLiteral("/key"), id.captured(1), QStringLiteral("/cert"),
                 QStringLiteral("/chain"), QStringLiteral("/out"), chain}),
            Ok);
        QVERIFY(fileText(chain).contains(fileText(m_ca->caCertificate()).trimmed()));
        const Result subject = runProcess(QStringLiteral("openssl"),
                                          {QStringLiteral("x509"), QStringLiteral("-in"), leaf,
                                           QStringLiteral("-noout"), QStringLiteral("-subject")});
        QVERIFY2(subject.out.contains("CN = Alice"), qPrintable(subject.text()));

#ifndef TPMVSC_NO_MODULE_PEERS
        // Other programs see it through the PKCS#11 module. (Not in the sanitizer build:
        // an unsanitized pkcs11-tool cannot load a sanitized module.)
        QString module = qEnvironmentVariable("TPMVSC_PKCS11_MODULE");
        if (module.isEmpty())
            module = QCoreApplication::applicationDirPath() +
                     QStringLiteral("/../../pkcs11/libtpmvsc-pkcs11.so");
        if (QStandardPaths::findExecutable(QStringLiteral("pkcs11-tool")).isEmpty())
            TPMVSC_SKIP_OR_FAIL("pkcs11-tool not installed (opensc)");
        const Result listed =
            runProcess(QStringLiteral("pkcs11-tool"),
                       {QStringLiteral("--module"), module, QStringLiteral("--list-objects"),
                        QStringLiteral("--type"), QStringLiteral("cert")},
                       environment());
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.text()));
        QVERIFY2(listed.out.contains("Certificate Object") && listed.out.contains("Alice"),
                 qPrintable(listed.text()));
#endif
    }

    void wrongChallengeRefused()
    {
        expectRefused(
            enrollArgs(m_ca->url(), {QStringLiteral("/challenge"), QStringLiteral("PROMPT")}),
            kPin + "not-the-challenge\n", Invalid, QStringLiteral("badRequest"));
    }

    void otherCaRefusedBeforeAnyKey()
    {
        // No PIN on stdin: the refusal comes before the PIN is asked for, so before the
        // TPM makes a key.
        expectRefused(enrollArgs(m_ca->url(),
                                 {QStringLiteral("/cafingerprint"), QString(64, QLatin1Char('a'))}),
                      QByteArray(), Invalid, QStringLiteral("no key was made"));
    }

    void ecKeyRefused()
    {
        expectRefused(enrollArgs(m_ca->url(), {QStringLiteral("/key"), QStringLiteral("p256")}),
                      QByteArray(), Invalid, QStringLiteral("SCEP needs an RSA key"));
    }

    void deadCaUnreachable()
    {
        m_ca->stop();
        expectRefused(enrollArgs(m_ca->url()), kPin, NoService,
                      QStringLiteral("could not be reached"));
    }

    void caGoneBeforeTheRequestLeavesNoKey()
    {
        CardServices services(TpmOptions{m_swtpm->tcti(), false, {}}, m_store);
        ScepClient client(m_ca->url());
        StopBeforeRequest protocol(client, *m_ca);
        EnrollOptions options;
        options.request.templateName = QStringLiteral("clientauth");
        options.request.subject = QStringLiteral("CN=Alice");
        options.challengePassword = Secret::fromText(kChallenge);
        const StoreSnapshot before = StoreSnapshot::take(m_store);
        TPMVSC_EXPECT_ERROR(services.enroll().enroll(
                                0, Secret::fromText(QStringLiteral("12345678")), options, protocol),
                            ErrorCode::Unreachable);
        const StoreSnapshot after = StoreSnapshot::take(m_store);
        QVERIFY2(before == after, qPrintable(before.diff(after)));
    }

    void junkAnswersRefused()
    {
        QString url;
        // Junk for every operation: GetCACert already fails, before the PIN.
        std::unique_ptr<QProcess> junk = junkServer("<html>no SCEP here</html>", &url);
        QVERIFY(junk);
        expectRefused(enrollArgs(url), QByteArray(), Invalid, QStringLiteral("GetCACert"));
        stop(*junk);

        // The CA's certificate for every operation: the CA looks fine, the key is made,
        // and the answer to the request is not a SCEP message.
        QFile ca(m_ca->caCertificate());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        junk = junkServer(ca.readAll(), &url);
        QVERIFY(junk);
        expectRefused(enrollArgs(url), kPin, Invalid, QStringLiteral("not a PKCS#7"));
        stop(*junk);
    }
};

QTEST_GUILESS_MAIN(TestScepEnroll)
#include "test_scep_enroll.moc"
