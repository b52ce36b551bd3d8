// Enrollment through tpmvscmgr as users and scripts run it (the built binary against
// this binary's swtpm, PIN on stdin): request, a CA made with the openssl CLI, import,
// certs, export, deletecert, templates; and every bad input of the issue, each with its
// exit code, its message, and the store's bytes unchanged (a wrong PIN only counts a
// try). After each test no TPM handle is left.
#include "test_enroll_ca.h"
#include "test_enroll_openssl.h"
#include "tests/support/CardTestEnv.h"
#include "tests/support/SkipOrFail.h"
#include "tests/support/StoreSnapshot.h"
#include "tests/support/SwtpmFixture.h"
#include "tests/support/TpmvscmgrTestCase.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <memory>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

using Result = ProcessResult;

// Exit codes (cli/ExitCodes.cpp, documented in tpmvscmgr(1)).
enum Exit { Ok = 0, Usage = 2, Invalid = 3, WrongPin = 4, BlockedCard = 5, NotFound = 6 };

const QByteArray kPin = "12345678\n";

} // namespace

class TestCliEnroll : public TpmvscmgrTestCase
{
    Q_OBJECT

    std::unique_ptr<OpensslCa> m_ca;

    QString file(const QString& name) const { return m_dir->filePath(name); }

    // A card with the default PIN 12345678 and a file system; returns its number.
    QString createCard()
    {
        const Result r = run(QStringLiteral("create /name Enroll /adminkey default /generate "
                                            "/adminresets 1 /quiet"));
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.text()));
        return QString::fromLocal8Bit(r.out).trimmed().right(1);
    }

    QStringList requestArgs(const QString& card, const QString& out, const QStringList& extra = {})
    {
        return QStringList{QStringLiteral("request"),
                           QStringLiteral("/instance"),
                           card,
                           QStringLiteral("/template"),
                           QStringLiteral("smartcardlogon"),
                           QStringLiteral("/subject"),
                           QStringLiteral("CN=Alice Smith,O=Example,C=DE"),
                           QStringLiteral("/san"),
                           QStringLiteral("upn:alice@corp.example.com"),
                           QStringLiteral("/out"),
                           out} +
               extra;
    }

    OpensslCa& ca()
    {
        if (!m_ca)
            m_ca = std::make_unique<OpensslCa>(QStringLiteral("tpmvsc CLI Test CA"));
        return *m_ca;
    }

    QStringList importArgs(const QString& card, const QString& cert, const QStringList& extra = {})
    {
        return QStringList{QStringLiteral("import"), QStringLiteral("/instance"), card,
                           QStringLiteral("/cert"), cert} +
               extra;
    }

    // Requests with a new key and has the CA issue it; returns the key ID (empty on failure).
    QString requestIssued(const QString& card, const QString& name, QByteArray* pem,
                          const QStringList& extra = {})
    {
        const QString csr = file(name + QStringLiteral(".csr"));
        const Result r =
            run(requestArgs(card, csr, extra + QStringList{QStringLiteral("/quiet")}), kPin);
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(r.text()));
            return QString();
        }
        *pem = ca().issue(csr);
        if (pem->isEmpty())
            qWarning("%s", qPrintable(ca().lastError()));
        writeBytes(file(name + QStringLiteral(".pem")), *pem);
        return QString::fromLatin1(r.out).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(findTpmvscmgr(), qPrintable(m_exe));
        if (!haveOpenssl())
            TPMVSC_SKIP_OR_FAIL("openssl CLI not installed");
        m_swtpm = std::make_unique<SwtpmFixture>();
    }

    void init() { QVERIFY(newStore()); }

    void cleanup()
    {
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }

    void cleanupTestCase() { m_swtpm.reset(); }

    void requestImportListExportDelete()
    {
        const QString card = createCard();
        QCOMPARE(card, QStringLiteral("0"));
        const QString csr = file(QStringLiteral("alice.csr"));
        Result r =
            run(requestArgs(card, csr, {QStringLiteral("/label"), QStringLiteral("logon")}), kPin);
        TPMVSC_CHECK_EXIT(r, Ok);
        const QRegularExpressionMatch id =
            QRegularExpression(QStringLiteral("Key generated: ([0-9a-f]{40})\n"))
                .match(QString::fromLatin1(r.out));
        QVERIFY2(id.hasMatch(), qPrintable(r.text()));
        const QString keyId = id.captured(1);
        QVERIFY2(r.out.contains("Certificate request written to " + csr.toLocal8Bit()),
                 qPrintable(r.text()));
        const OpensslRun verify = openssl({QStringLiteral("req"), QStringLiteral("-in"), csr,
                                           QStringLiteral("-verify"), QStringLiteral("-noout")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.text()));
        const QString text = opensslText("req", csr);
        QVERIFY2(text.contains(QLatin1String("Subject: CN=Alice Smith,O=Example,C=DE")),
                 qPrintable(text));
        QCOMPARE(extensionValue(text, QStringLiteral("X509v3 Subject Alternative Name:")),
                 QStringLiteral("othername: UPN::alice@corp.example.com"));
        // The request's key is the card's.
        r = run({QStringLiteral("export"), QStringLiteral("/instance"), card,
                 QStringLiteral("/key"), keyId});
        TPMVSC_CHECK_EXIT(r, Ok);
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-in"), csr,
                          QStringLiteral("-noout"), QStringLiteral("-pubkey")})
                     .out,
                 r.out);

        // The CA issues; import checks and stores it.
        const QByteArray pem = ca().issue(csr);
        QVERIFY2(!pem.isEmpty(), qPrintable(ca().lastError()));
        const QString certFile = file(QStringLiteral("alice.pem"));
        writeBytes(certFile, pem);
        r = run(importArgs(card, certFile, {QStringLiteral("/cafile"), ca().certFile()}), kPin);
        TPMVSC_CHECK_EXIT(r, Ok);
        for (const char* shown :
             {"Certificate for key ", "Subject:       CN=Alice Smith,O=Example,C=DE",
              "Issuer:        CN=tpmvsc CLI Test CA", "SHA-256:", "ok       key:",
              "ok       chain:", "Certificate stored on ROOT\\SMARTCARDREADER\\0000 with key"}) {
            QVERIFY2(r.out.contains(shown), qPrintable(QLatin1String(shown) + r.text()));
        }
        QVERIFY2(!r.out.contains("warning"), qPrintable(r.text()));

        // certs lists it, with the fingerprint openssl computes.
        r = run(QStringLiteral("certs /instance ") + card);
        TPMVSC_CHECK_EXIT(r, Ok);
        const OpensslRun fp = openssl({QStringLiteral("x509"), QStringLiteral("-noout"),
                                       QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                                      pem);
        const QByteArray fingerprint = fp.out.trimmed().split('=').value(1);
        QVERIFY(!fingerprint.isEmpty());
        for (const QByteArray& shown :
             {QByteArray("Key:           ") + keyId.toLatin1() + " (logon, rsa2048)",
              QByteArray("Subject:       CN=Alice Smith,O=Example,C=DE"),
              QByteArray("Issuer:        CN=tpmvsc CLI Test CA"), QByteArray("(valid)"),
              QByteArray("TLS client authentication"), QByteArray("upn:alice@corp.example.com"),
              QByteArray("SHA-256:       ") + fingerprint,
              QByteArray("Chain:         none stored")}) {
            QVERIFY2(r.out.contains(shown), qPrintable(QString::fromLatin1(shown) + r.text()));
        }
        r = run(QStringLiteral("certs /instance 0 /quiet"));
        QCOMPARE(r.out, keyId.toLatin1() + ' ' + fingerprint + '\n');
        r = run(QStringLiteral("keys /instance 0"));
        QVERIFY2(QString::fromLatin1(r.out).contains(
                     QRegularExpression(QStringLiteral("rsa2048 +\\S+ +yes +logon\n"))),
                 qPrintable(r.text()));

        // Export, PEM and DER, equals what was imported.
        r = run({QStringLiteral("export"), QStringLiteral("/instance"), card,
                 QStringLiteral("/key"), QStringLiteral("logon"), QStringLiteral("/cert"),
                 QStringLiteral("/out"), file(QStringLiteral("out.pem"))});
        TPMVSC_CHECK_EXIT(r, Ok);
        QCOMPARE(opensslDer(readBytes(file(QStringLiteral("out.pem")))), opensslDer(pem));
        r = run({QStringLiteral("export"), QStringLiteral("/instance"), card,
                 QStringLiteral("/key"), keyId.left(8), QStringLiteral("/cert"),
                 QStringLiteral("/der")});
        TPMVSC_CHECK_EXIT(r, Ok);
        QCOMPARE(r.out, opensslDer(pem));
        const OpensslRun cmp =
            openssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                     QStringLiteral("-noout"), QStringLiteral("-subject")},
                    r.out);
        QVERIFY2(cmp.out.contains("CN = Alice Smith"), qPrintable(cmp.text()));

        // deletecert: PIN, then the certificate is gone and the key stays.
        r = run(QStringLiteral("deletecert /instance 0 /key logon"), kPin);
        TPMVSC_CHECK_EXIT(r, Ok);
        r = run(QStringLiteral("certs /instance 0"));
        QVERIFY2(r.out.contains("holds no certificates"), qPrintable(r.text()));
        r = run(QStringLiteral("keys /instance 0 /quiet"));
        QCOMPARE(r.out, keyId.toLatin1() + '\n');
        expectRefused({QStringLiteral("deletecert"), QStringLiteral("/instance"), card,
                       QStringLiteral("/key"), QStringLiteral("logon")},
                      kPin, NotFound, QStringLiteral("has no certificate"));
        expectRefused({QStringLiteral("export"), QStringLiteral("/instance"), card,
                       QStringLiteral("/key"), QStringLiteral("logon"), QStringLiteral("/cert")},
                      {}, NotFound, QStringLiteral("has no certificate"));
    }

    void requestVariants()
    {
        const QString card = createCard();
        // P-384, several SANs (repeated and comma list), DER output.
        const QString der = file(QStringLiteral("r.der"));
        Result r =
            run({QStringLiteral("request"), QStringLiteral("/instance"), card,
                 QStringLiteral("/template"), QStringLiteral("smime"), QStringLiteral("/subject"),
                 QStringLiteral("CN=Bob,emailAddress=bob@example.com"), QStringLiteral("/san"),
                 QStringLiteral("email:bob@example.com"),
                 QStringLiteral("--san=email:robert@example.com,email:b@example.com"),
                 QStringLiteral("/key"), QStringLiteral("p384"), QStringLiteral("/out"), der,
                 QStringLiteral("/der")},
                kPin);
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("(DER, ecdsa with sha384)"), qPrintable(r.text()));
        const OpensslRun verify =
            openssl({QStringLiteral("req"), QStringLiteral("-in"), der, QStringLiteral("-inform"),
                     QStringLiteral("DER"), QStringLiteral("-verify"), QStringLiteral("-noout")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.text()));
        const QString text = opensslText("req", der, true);
        QCOMPARE(extensionValue(text, QStringLiteral("X509v3 Subject Alternative Name:")),
                 QStringLiteral("email:bob@example.com, email:robert@example.com, "
                                "email:b@example.com"));
        QCOMPARE(extensionValue(text, QStringLiteral("X509v3 Extended Key Usage:")),
                 QStringLiteral("E-mail Protection"));
        QVERIFY2(text.contains(QLatin1String("ecdsa-with-SHA384")), qPrintable(text));

        // RSA-PSS on request, for an existing key, self-signed for 10 days.
        r = run(QStringLiteral("keygen /instance 0 /key rsa2048 /label sig /quiet"), kPin);
        TPMVSC_CHECK_EXIT(r, Ok);
        r = run({QStringLiteral("request"), QStringLiteral("/instance"), card,
                 QStringLiteral("/template"), QStringLiteral("clientauth"),
                 QStringLiteral("/subject"), QStringLiteral("CN=Self"), QStringLiteral("/usekey"),
                 QStringLiteral("sig"), QStringLiteral("/pss"), QStringLiteral("/selfsigned"),
                 QStringLiteral("/days"), QStringLiteral("10"), QStringLiteral("/out"),
                 file(QStringLiteral("self.csr"))},
                kPin);
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("Self-signed certificate (valid 10 days) stored"),
                 qPrintable(r.text()));
        QVERIFY2(!r.out.contains("Key generated"), qPrintable(r.text()));
        QVERIFY(opensslText("req", file(QStringLiteral("self.csr")))
                    .contains(QLatin1String("rsassaPss")));
        r = run(QStringLiteral("certs /instance 0"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("Subject:       CN=Self") &&
                     r.out.contains("Issuer:        CN=Self"),
                 qPrintable(r.text()));
        r = run(QStringLiteral("keys /instance 0 /quiet"));
        QCOMPARE(r.out.count('\n'), 2);

        r = run(QStringLiteral("templates /quiet"));
        TPMVSC_CHECK_EXIT(r, Ok);
        for (const char* id : {"smartcardlogon\n", "signature\n", "clientauth\n", "smime\n"})
            QVERIFY2(r.out.contains(id), qPrintable(r.text()));
        r = run(QStringLiteral("templates"));
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("Smart card logon") || r.out.contains("Smartcard Logon"),
                 qPrintable(r.text()));
    }

    // Mistakes in a request are reported before the PIN is read (stdin is empty: reading
    // it would fail differently) and leave no key.
    void badRequests()
    {
        const QString card = createCard();
        const QString out = file(QStringLiteral("x.csr"));
        const auto args = [&](const QString& subject, const QStringList& extra) {
            return QStringList{QStringLiteral("request"),
                               QStringLiteral("/instance"),
                               card,
                               QStringLiteral("/template"),
                               QStringLiteral("smartcardlogon"),
                               QStringLiteral("/subject"),
                               subject,
                               QStringLiteral("/out"),
                               out} +
                   extra;
        };
        const QStringList upn{QStringLiteral("/san"), QStringLiteral("upn:a@corp.example.com")};
        expectRefused(args(QStringLiteral("CN=Alice,,O=x"), upn), {}, Invalid,
                      QStringLiteral("at character"));
        expectRefused(args(QStringLiteral("CN=Alice"),
                           {QStringLiteral("/san"), QStringLiteral("upn:nobody")}),
                      {}, Invalid, QStringLiteral("upn"));
        expectRefused(args(QStringLiteral("CN=Alice"),
                           upn + QStringList{QStringLiteral("/template"), QStringLiteral("x")}),
                      {}, Usage, QStringLiteral("given twice"));
        QStringList unknown = args(QStringLiteral("CN=Alice"), upn);
        unknown[4] = QStringLiteral("frobnicate");
        expectRefused(unknown, {}, NotFound, QStringLiteral("smartcardlogon"));
        expectRefused(args(QStringLiteral("CN=Alice"),
                           upn + QStringList{QStringLiteral("/key"), QStringLiteral("p256"),
                                             QStringLiteral("/pss")}),
                      {}, Invalid, QStringLiteral("RSA-PSS"));
        expectRefused(args(QStringLiteral("CN=Alice"),
                           upn + QStringList{QStringLiteral("/usekey"), QStringLiteral("nokey")}),
                      {}, NotFound, QStringLiteral("no key \"nokey\""));
        QStringList unwritable = args(QStringLiteral("CN=Alice"), upn);
        unwritable[8] = file(QStringLiteral("no/such/dir/x.csr"));
        expectRefused(unwritable, {}, Invalid, QStringLiteral("Cannot write"));
        // Wrong PIN: counted, no key, no file.
        const StoreSnapshot before = StoreSnapshot::take(m_store);
        Result r = run(args(QStringLiteral("CN=Alice"), upn), "wrongpin\n");
        TPMVSC_CHECK_EXIT(r, WrongPin);
        QVERIFY2(r.err.contains("Wrong PIN. 4 tries left"), qPrintable(r.text()));
        QVERIFY(!(before == StoreSnapshot::take(m_store)));
        QVERIFY(!QFileInfo::exists(out));
        r = run(QStringLiteral("keys /instance 0 /quiet"));
        QVERIFY(r.out.isEmpty());
        r = run(QStringLiteral("status /instance 0"));
        QVERIFY2(r.out.contains("PIN tries left:    4 of 5"), qPrintable(r.text()));
        // Blocked: refused before the PIN.
        for (int i = 0; i < 4; ++i)
            run(QStringLiteral("changepin /instance 0"), "wrongpin\nabcdefgh\n");
        relaxDictionaryAttack(m_swtpm->tcti());
        expectRefused(args(QStringLiteral("CN=Alice"), upn), kPin, BlockedCard,
                      QStringLiteral("blocked"));
    }

    void badImports()
    {
        const QString card = createCard();
        QByteArray good;
        const QString keyId = requestIssued(card, QStringLiteral("good"), &good);
        QVERIFY(!keyId.isEmpty());
        QVERIFY(!good.isEmpty());
        const QString goodFile = file(QStringLiteral("good.pem"));
        const QStringList trusted{QStringLiteral("/cafile"), ca().certFile()};

        const auto refuseFile = [&](const QString& name, const QByteArray& bytes,
                                    const QStringList& extra, int code, const QString& message) {
            const QString path = file(name);
            QVERIFY(writeBytes(path, bytes));
            expectRefused(importArgs(card, path, extra), kPin, code, message);
        };
        refuseFile(QStringLiteral("empty.pem"), QByteArray(), trusted, Invalid,
                   QStringLiteral("empty.pem: The file is empty"));
        refuseFile(QStringLiteral("garbage.txt"), "Dear CA, please send my certificate.\n", trusted,
                   Invalid, QStringLiteral("BEGIN CERTIFICATE"));
        const QByteArray der = opensslDer(good);
        refuseFile(QStringLiteral("truncated.der"), der.left(der.size() - 20), trusted, Invalid,
                   QStringLiteral("truncated"));
        refuseFile(QStringLiteral("truncated.pem"), good.left(good.size() / 2), trusted, Invalid,
                   QStringLiteral("truncated.pem"));
        QByteArray junk(3000, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = static_cast<char>((i * 97 + 5) & 0xff);
        refuseFile(QStringLiteral("junk.bin"), junk, trusted, Invalid, QStringLiteral("neither"));
        {
            // Huge: refused by its size, without reading it.
            const QString huge = file(QStringLiteral("huge.pem"));
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(64LL * 1024 * 1024));
            f.close();
            expectRefused(importArgs(card, huge, trusted), kPin, Invalid, QStringLiteral("1 MiB"));
        }
        expectRefused(importArgs(card, file(QStringLiteral("missing.pem")), trusted), kPin, Invalid,
                      QStringLiteral("Cannot read"));
        refuseFile(QStringLiteral("withkey.pem"), good + readBytes(ca().keyFile()), trusted,
                   Invalid, QStringLiteral("private key"));
        const OpensslRun empty7 = openssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl")});
        refuseFile(QStringLiteral("empty.p7b"), empty7.out, trusted, Invalid,
                   QStringLiteral("without any certificate"));

        // For another key: a key of this card that is not the one named, or no card key.
        const Result other =
            run(QStringLiteral("keygen /instance 0 /key p256 /label other /quiet"), kPin);
        TPMVSC_CHECK_EXIT(other, Ok);
        expectRefused(
            importArgs(card, goodFile,
                       trusted + QStringList{QStringLiteral("/key"), QStringLiteral("other")}),
            kPin, Invalid, QStringLiteral("another key"));
        TestCa softCa;
        Ossl<EVP_PKEY> stranger(EVP_EC_gen("P-256"));
        refuseFile(QStringLiteral("stranger.pem"),
                   pemOf(softCa.issue(spkiOf(stranger.get()), CertSpec())),
                   {QStringLiteral("/force")}, Invalid, QStringLiteral("another key"));

        // Warnings: expired, not yet valid, wrong EKU, untrusted: refused without /force.
        const Result pub = run({QStringLiteral("export"), QStringLiteral("/instance"), card,
                                QStringLiteral("/key"), keyId, QStringLiteral("/der")});
        CertSpec expired;
        expired.keyUsage = QStringLiteral("critical,digitalSignature,keyEncipherment");
        expired.extendedKeyUsage = QStringLiteral("clientAuth,1.3.6.1.4.1.311.20.2.2");
        expired.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
        expired.notAfter = QDateTime::currentDateTimeUtc().addDays(-2);
        CertSpec future = expired;
        future.notBefore = QDateTime::currentDateTimeUtc().addDays(5);
        future.notAfter = QDateTime::currentDateTimeUtc().addDays(50);
        refuseFile(QStringLiteral("expired.pem"), pemOf(softCa.issue(pub.out, expired)), {},
                   Invalid, QStringLiteral("expired"));
        refuseFile(QStringLiteral("future.pem"), pemOf(softCa.issue(pub.out, future)), {}, Invalid,
                   QStringLiteral("not valid yet"));
        const QByteArray wrongEku = ca().issue(file(QStringLiteral("good.csr")),
                                               QStringLiteral("keyUsage=critical,digitalSignature\n"
                                                              "extendedKeyUsage=codeSigning\n"));
        QVERIFY2(!wrongEku.isEmpty(), qPrintable(ca().lastError()));
        refuseFile(QStringLiteral("eku.pem"), wrongEku, trusted, Invalid, QStringLiteral("/force"));
        const Result shown = run(importArgs(card, file(QStringLiteral("eku.pem")), trusted), kPin);
        QVERIFY2(shown.out.contains("warning  extended-key-usage:"), qPrintable(shown.text()));
        refuseFile(QStringLiteral("untrusted.pem"), good, {}, Invalid, QStringLiteral("warnings"));

        // Wrong PIN with a good certificate: a try is counted, nothing else changes.
        Result r = run(importArgs(card, goodFile, trusted), "wrongpin\n");
        TPMVSC_CHECK_EXIT(r, WrongPin);
        QVERIFY2(r.err.contains("Wrong PIN. 4 tries left"), qPrintable(r.text()));
        r = run(QStringLiteral("certs /instance 0 /quiet"));
        QVERIFY(r.out.isEmpty());
        r = run(QStringLiteral("status /instance 0"));
        QVERIFY2(r.out.contains("PIN tries left:    4 of 5"), qPrintable(r.text()));

        // /force stores the wrong-EKU certificate; the listing shows its EKU.
        r = run(importArgs(card, file(QStringLiteral("eku.pem")),
                           trusted + QStringList{QStringLiteral("/force")}),
                kPin);
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("Storing despite the warnings"), qPrintable(r.text()));
        r = run(QStringLiteral("certs /instance 0"));
        QVERIFY2(r.out.contains("Code signing") || r.out.contains("1.3.6.1.5.5.7.3.3"),
                 qPrintable(r.text()));

        // Blocked card: refused before the PIN, store unchanged.
        for (int i = 0; i < 5; ++i)
            run(QStringLiteral("changepin /instance 0"), "wrongpin\nabcdefgh\n");
        relaxDictionaryAttack(m_swtpm->tcti());
        expectRefused(importArgs(card, goodFile, trusted), kPin, BlockedCard,
                      QStringLiteral("blocked"));
        expectRefused({QStringLiteral("deletecert"), QStringLiteral("/instance"), card,
                       QStringLiteral("/key"), keyId},
                      kPin, BlockedCard, QStringLiteral("blocked"));
    }

    void pkcs7ChainThroughTheCli()
    {
        OpensslCa issuing(QStringLiteral("tpmvsc CLI Issuing CA"), &ca());
        QVERIFY2(issuing.ok(), qPrintable(issuing.lastError()));
        const QString card = createCard();
        const QString csr = file(QStringLiteral("p7.csr"));
        TPMVSC_CHECK_EXIT(
            run(requestArgs(card, csr, {QStringLiteral("/key"), QStringLiteral("p256")}), kPin),
            Ok);
        const QByteArray leaf = issuing.issue(csr);
        QVERIFY2(!leaf.isEmpty(), qPrintable(issuing.lastError()));
        writeBytes(file(QStringLiteral("leaf.pem")), leaf);
        const QString p7b = file(QStringLiteral("chain.p7b"));
        const OpensslRun p7 =
            openssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"),
                     QStringLiteral("-certfile"), file(QStringLiteral("leaf.pem")),
                     QStringLiteral("-certfile"), issuing.certFile(), QStringLiteral("-out"), p7b});
        QVERIFY2(p7.exitCode == 0, qPrintable(p7.text()));
        Result r = run(importArgs(card, p7b, {QStringLiteral("/cafile"), ca().certFile()}), kPin);
        TPMVSC_CHECK_EXIT(r, Ok);
        QVERIFY2(r.out.contains("1 issuer certificate: CN=tpmvsc CLI Issuing CA"),
                 qPrintable(r.text()));
        r = run(QStringLiteral("certs /instance ") + card);
        QVERIFY2(r.out.contains("Chain:         1 issuer certificate: CN=tpmvsc CLI Issuing CA"),
                 qPrintable(r.text()));
        const QString key =
            QString::fromLatin1(run(QStringLiteral("keys /instance 0 /quiet")).out).trimmed();
        r = run({QStringLiteral("export"), QStringLiteral("/instance"), card,
                 QStringLiteral("/key"), key, QStringLiteral("/cert"), QStringLiteral("/chain"),
                 QStringLiteral("/der"), QStringLiteral("/out"), file(QStringLiteral("out.p7b"))});
        TPMVSC_CHECK_EXIT(r, Ok);
        const OpensslRun printed =
            openssl({QStringLiteral("pkcs7"), QStringLiteral("-inform"), QStringLiteral("DER"),
                     QStringLiteral("-in"), file(QStringLiteral("out.p7b")),
                     QStringLiteral("-print_certs"), QStringLiteral("-noout")});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.text()));
        QCOMPARE(printed.out.count("subject="), 2);
        r = run({QStringLiteral("export"), QStringLiteral("/instance"), card,
                 QStringLiteral("/key"), key, QStringLiteral("/cert"), QStringLiteral("/chain")});
        TPMVSC_CHECK_EXIT(r, Ok);
        QCOMPARE(r.out.count("-----BEGIN CERTIFICATE-----"), 2);
        QCOMPARE(opensslDer(r.out), opensslDer(leaf));
    }
};

QTEST_GUILESS_MAIN(TestCliEnroll)
#include "test_cli_enroll.moc"
