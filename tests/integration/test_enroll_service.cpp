// Enrollment end to end through EnrollService against swtpm, with the `openssl` CLI as
// the independent peer: requests signed by card keys verify and say exactly what was
// asked for; a CA made with openssl issues from them; import stores certificate and
// chain with the key; and every bad input is refused with its own sentence and the
// store's bytes unchanged (only a wrong PIN's counted try may change it).
#include "core/card/PublicKeyExport.h"
#include "enroll/CertificateImport.h"
#include "enroll/CertificateInfo.h"
#include "services/CardServices.h"
#include "services/EnrollService.h"
#include "test_enroll_ca.h"
#include "test_enroll_openssl.h"
#include "tests/support/CardTestCase.h"
#include "tests/support/KillAtEachCommand.h"
#include "tests/support/SkipOrFail.h"

#include <QTemporaryDir>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

const char kUpn[] = "alice@corp.example.com";

RequestOptions logonRequest(std::optional<KeyAlgorithm> alg = std::nullopt)
{
    RequestOptions o;
    o.templateName = QStringLiteral("smartcardlogon");
    o.subject = QStringLiteral("CN=Alice Smith,OU=IT,O=Example,C=DE");
    o.subjectAltNames = {QStringLiteral("upn:") + QLatin1String(kUpn)};
    o.keyAlgorithm = alg;
    o.label = QStringLiteral("logon");
    return o;
}

} // namespace

class TestEnrollService : public CardTestCase
{
    Q_OBJECT

    QTemporaryDir m_files;
    std::unique_ptr<OpensslCa> m_ca;

    EnrollService enroll() { return EnrollService(m_env->service, loadTemplates(QStringList())); }
    QString file(const QString& name) const { return m_files.path() + QLatin1Char('/') + name; }

    OpensslCa& ca()
    {
        if (!m_ca)
            m_ca = std::make_unique<OpensslCa>(QStringLiteral("tpmvsc Test Root CA"));
        return *m_ca;
    }

    // Makes a request, has the openssl CA issue it; returns the certificate (PEM).
    QByteArray issued(int card, const RequestOptions& options, KeyInfo* key,
                      const QString& extensions = QString())
    {
        const RequestResult r = enroll().request(card, pin("12345678"), options);
        if (key)
            *key = r.key;
        const QString csr = file(QStringLiteral("req-%1.pem").arg(++m_requests));
        writeBytes(csr, r.requestPem);
        const QByteArray pem = ca().issue(csr, extensions);
        if (pem.isEmpty())
            qWarning("%s", qPrintable(ca().lastError()));
        return pem;
    }

    // `statement` must fail with `code` and a message containing `words`, leaving every
    // byte of the store as it was; `offline`: without a single TPM command.
    template <typename F>
    void expectRefused(F statement, ErrorCode code, const QString& words, bool offline = true)
    {
        const StoreSnapshot before = m_env->snapshot();
        const std::uint64_t commands = m_env->tpm->commandsSent();
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(statement(), code, message);
        QVERIFY2(message.contains(words, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(words, message)));
        if (offline)
            QCOMPARE(m_env->tpm->commandsSent(), commands);
        const StoreSnapshot after = m_env->snapshot();
        QVERIFY2(before == after, qPrintable(before.diff(after)));
    }

    int m_requests = 0;

private Q_SLOTS:
    void requestVerifiesAndSaysExactlyWhatWasAsked_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<bool>("pss");
        QTest::addColumn<QString>("signatureAlgorithm");
        QTest::newRow("rsa2048 pkcs1") << "rsa2048" << false << "sha256WithRSAEncryption";
        QTest::newRow("rsa2048 pss") << "rsa2048" << true << "rsassaPss";
        QTest::newRow("p256") << "p256" << false << "ecdsa-with-SHA256";
        QTest::newRow("p384") << "p384" << false << "ecdsa-with-SHA384";
    }

    void requestVerifiesAndSaysExactlyWhatWasAsked()
    {
        QFETCH(QString, algorithm);
        QFETCH(bool, pss);
        QFETCH(QString, signatureAlgorithm);
        if (!haveOpenssl())
            TPMVSC_SKIP_OR_FAIL("openssl CLI not installed");
        KeyAlgorithm alg = KeyAlgorithm::Rsa2048;
        QVERIFY(parseKeyAlgorithm(algorithm, &alg));
        const int card = m_env->createDefaultCard();
        RequestOptions o = logonRequest(alg);
        o.subject = QStringLiteral("CN=J\u00fcrgen M\u00fcller,OU=IT,O=Example\\, Inc.,C=DE");
        o.signature.rsaPss = pss;
        const RequestResult r = enroll().request(card, pin("12345678"), o);
        QVERIFY(r.newKey);
        QVERIFY(r.certificateDer.isEmpty());
        QCOMPARE(r.key.algorithm, alg);
        QCOMPARE(r.key.label, QStringLiteral("logon"));
        QVERIFY(!r.key.hasCertificate);
        QVERIFY(r.requestPem.startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
        QCOMPARE(m_env->service.keys(card).size(), 1);
        const QString csr = file(QStringLiteral("r.pem"));
        QVERIFY(writeBytes(csr, r.requestPem));

        // The signature verifies, made by the card's key.
        const OpensslRun verify = openssl({QStringLiteral("req"), QStringLiteral("-in"), csr,
                                           QStringLiteral("-verify"), QStringLiteral("-noout")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.text()));
        QVERIFY2(verify.err.contains("verify OK") || verify.out.contains("verify OK"),
                 qPrintable(verify.text()));
        const OpensslRun pub = openssl({QStringLiteral("req"), QStringLiteral("-in"), csr,
                                        QStringLiteral("-noout"), QStringLiteral("-pubkey")});
        QCOMPARE(pub.out, m_env->service.exportPublicKey(card, r.key.id, true));
        // DER output is the same request.
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-in"), csr,
                          QStringLiteral("-outform"), QStringLiteral("DER")})
                     .out,
                 r.requestDer);

        // Exactly the subject, SAN, EKU and key usage asked for.
        const OpensslRun subject =
            openssl({QStringLiteral("req"), QStringLiteral("-in"), csr, QStringLiteral("-noout"),
                     QStringLiteral("-subject"), QStringLiteral("-nameopt"),
                     QStringLiteral("RFC2253,-esc_msb")});
        QCOMPARE(QString::fromUtf8(subject.out).trimmed(),
                 QStringLiteral("subject=CN=J\u00fcrgen M\u00fcller,OU=IT,O=Example\\, Inc.,C=DE"));
        const QString text = opensslText("req", csr);
        QVERIFY2(text.contains(QStringLiteral("Signature Algorithm: ") + signatureAlgorithm),
                 qPrintable(text));
        bool critical = false;
        const bool rsa = alg == KeyAlgorithm::Rsa2048 || alg == KeyAlgorithm::Rsa3072;
        QCOMPARE(extensionValue(text, QStringLiteral("X509v3 Key Usage:"), &critical),
                 rsa ? QStringLiteral("Digital Signature, Key Encipherment")
                     : QStringLiteral("Digital Signature"));
        QVERIFY(critical);
        QCOMPARE(extensionValue(text, QStringLiteral("X509v3 Extended Key Usage:")),
                 QStringLiteral("TLS Web Client Authentication, Microsoft Smartcard Login"));
        QCOMPARE(extensionValue(text, QStringLiteral("X509v3 Subject Alternative Name:")),
                 QStringLiteral("othername: UPN::") + QLatin1String(kUpn));
        // UTF8String for non-ASCII.
        const OpensslRun asn1 = openssl({QStringLiteral("asn1parse"), QStringLiteral("-in"), csr});
        QVERIFY2(asn1.out.contains("UTF8STRING        :J"), asn1.out.constData());

        // A CA made with openssl issues a certificate from it, the card takes it.
        const QByteArray pem = ca().issue(csr);
        QVERIFY2(!pem.isEmpty(), qPrintable(ca().lastError()));
        ImportOptions io;
        io.caBundleFile = ca().certFile();
        const ImportPreview stored = enroll().importCertificate(card, pin("12345678"), pem, io);
        QCOMPARE(stored.key.id, r.key.id);
        QVERIFY(!stored.analysis.hasWarnings());
        QVERIFY(!stored.analysis.hasErrors());
        QCOMPARE(stored.templateId, QStringLiteral("smartcardlogon"));
        bool chainChecked = false;
        for (const ImportCheck& check : stored.analysis.checks) {
            QVERIFY2(check.severity == CheckSeverity::Ok, qPrintable(check.sentence.english()));
            chainChecked = chainChecked || check.id == QLatin1String("chain");
        }
        QVERIFY(chainChecked);
        QCOMPARE(m_env->service.certificate(card, r.key.id).der, opensslDer(pem));
        const QList<CertificateEntry> listed = enroll().certificates(card);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].key.id, r.key.id);
        QVERIFY(listed[0].certificate.subjectAltNames.contains(QStringLiteral("upn:") +
                                                               QLatin1String(kUpn)));
        // What the card exports is what was imported, as openssl reads it.
        QCOMPARE(opensslDer(enroll().exportCertificate(card, r.key.id, true, false)),
                 opensslDer(pem));
        QCOMPARE(enroll().exportCertificate(card, r.key.id, false, false), opensslDer(pem));
        const OpensslRun fp = openssl({QStringLiteral("x509"), QStringLiteral("-noout"),
                                       QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                                      pem);
        QCOMPARE(QString::fromLatin1(fp.out).trimmed().section(QLatin1Char('='), 1),
                 listed[0].certificate.sha256Fingerprint);
    }

    void requestForAnExistingKeyAndSelfSigned()
    {
        if (!haveOpenssl())
            TPMVSC_SKIP_OR_FAIL("openssl CLI not installed");
        const int card = m_env->createDefaultCard();
        const KeyInfo key = m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256,
                                                       QStringLiteral("web"));
        RequestOptions o;
        o.templateName = QStringLiteral("clientauth");
        o.subject = QStringLiteral("CN=host.example.com");
        o.existingKeyId = key.id;
        o.selfSigned = true;
        o.validityDays = 42;
        const RequestResult r = enroll().request(card, pin("12345678"), o);
        QVERIFY(!r.newKey);
        QCOMPARE(r.key.id, key.id);
        QCOMPARE(m_env->service.keys(card).size(), 1); // no new key
        QVERIFY(!r.certificateDer.isEmpty());
        QCOMPARE(m_env->service.certificate(card, key.id).der, r.certificateDer);
        const QString cert = file(QStringLiteral("self.der"));
        writeBytes(cert, r.certificateDer);
        const QString text = opensslText("x509", cert, true);
        QVERIFY2(text.contains(QLatin1String("Issuer: CN=host.example.com")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Subject: CN=host.example.com")), qPrintable(text));
        // Its own signature verifies with the card key (openssl checks the self-signature).
        const OpensslRun check =
            openssl({QStringLiteral("verify"), QStringLiteral("-check_ss_sig"),
                     QStringLiteral("-CAfile"), cert, QStringLiteral("-partial_chain"), cert});
        const OpensslRun pem = openssl({QStringLiteral("x509"), QStringLiteral("-inform"),
                                        QStringLiteral("DER"), QStringLiteral("-in"), cert});
        writeBytes(file(QStringLiteral("self.pem")), pem.out);
        const OpensslRun verify =
            openssl({QStringLiteral("verify"), QStringLiteral("-check_ss_sig"),
                     QStringLiteral("-CAfile"), file(QStringLiteral("self.pem")),
                     QStringLiteral("-partial_chain"), file(QStringLiteral("self.pem"))});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.text() + check.text()));
        const CertificateInfo info = describeCertificate(r.certificateDer);
        QVERIFY(info.selfSigned);
        QCOMPARE(info.notBefore.daysTo(info.notAfter), 42);
        // A second self-signed request for the same key would replace it: refused.
        expectRefused([&] { enroll().request(card, pin("12345678"), o); }, ErrorCode::InvalidInput,
                      QStringLiteral("already has a certificate"));
    }

    void pkcs7ChainIsStoredAndExported()
    {
        if (!haveOpenssl())
            TPMVSC_SKIP_OR_FAIL("openssl CLI not installed");
        OpensslCa intermediate(QStringLiteral("tpmvsc Test Issuing CA"), &ca());
        QVERIFY2(intermediate.ok(), qPrintable(intermediate.lastError()));
        const int card = m_env->createDefaultCard();
        const RequestResult r =
            enroll().request(card, pin("12345678"), logonRequest(KeyAlgorithm::Rsa2048));
        const QString csr = file(QStringLiteral("chain.csr"));
        writeBytes(csr, r.requestPem);
        const QByteArray leaf = intermediate.issue(csr);
        QVERIFY2(!leaf.isEmpty(), qPrintable(intermediate.lastError()));
        writeBytes(file(QStringLiteral("leaf.pem")), leaf);
        const OpensslRun p7 = openssl(
            {QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"), QStringLiteral("-certfile"),
             file(QStringLiteral("leaf.pem")), QStringLiteral("-certfile"), intermediate.certFile(),
             QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY2(p7.exitCode == 0 && !p7.out.isEmpty(), qPrintable(p7.text()));

        ImportOptions io;
        io.caBundleFile = ca().certFile();
        const ImportPreview stored = enroll().importCertificate(card, pin("12345678"), p7.out, io);
        QVERIFY2(!stored.analysis.hasWarnings(),
                 qPrintable(stored.analysis.checks.first().sentence.english()));
        const KeyCertificate onCard = m_env->service.certificate(card, r.key.id);
        QCOMPARE(onCard.der, opensslDer(leaf));
        QCOMPARE(onCard.chain, QList<QByteArray>{opensslDer(readBytes(intermediate.certFile()))});

        // Exported with the chain: PEM blocks leaf first, or a PKCS#7 bundle openssl reads.
        const QByteArray pemChain = enroll().exportCertificate(card, r.key.id, true, true);
        QCOMPARE(pemChain.count("-----BEGIN CERTIFICATE-----"), 2);
        QCOMPARE(opensslDer(pemChain), opensslDer(leaf));
        const QByteArray bundle = enroll().exportCertificate(card, r.key.id, false, true);
        const OpensslRun printed = openssl({QStringLiteral("pkcs7"), QStringLiteral("-inform"),
                                            QStringLiteral("DER"), QStringLiteral("-print_certs")},
                                           bundle);
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.text()));
        QCOMPARE(printed.out.count("-----BEGIN CERTIFICATE-----"), 2);
        QVERIFY(printed.out.contains("subject=CN = tpmvsc Test Issuing CA"));
        // Deleting the certificate takes the chain with it; the key stays.
        enroll().deleteCertificate(card, pin("12345678"), r.key.id);
        QVERIFY(enroll().certificates(card).isEmpty());
        QCOMPARE(m_env->service.keys(card).size(), 1);
    }

    // Every mistake in a request is reported before the first TPM command.
    // A long-running program (the GUI's worker) keeps one CardServices: an administrator's
    // new or changed template must reach it without a restart, and an unchanged folder
    // must not be parsed again for every job.
    void servicesSeeTemplateChanges()
    {
        const QString folder = m_env->dir.filePath(QStringLiteral("templates"));
        QVERIFY(QDir().mkpath(folder));
        const QByteArray savedHome = qgetenv("TPMVSC_HOME");
        qputenv("TPMVSC_HOME", QFile::encodeName(m_env->dir.path()));
        auto restore = qScopeGuard([&] { qputenv("TPMVSC_HOME", savedHome); });
        CardServices services(TpmOptions(), m_env->store.root());
        const auto hasTemplate = [&](const QString& id) {
            for (const CertificateTemplate& t : services.enroll().templates().templates) {
                if (t.id == id)
                    return true;
            }
            return false;
        };
        QVERIFY(!hasTemplate(QStringLiteral("vpn")));
        EnrollService* first = &services.enroll();
        QCOMPARE(&services.enroll(), first); // nothing changed: the same catalog
        const QString path = folder + QStringLiteral("/vpn.json");
        QVERIFY(writeBytes(path, R"({"formatVersion": 1, "id": "vpn", "displayName": "VPN",
                             "keyUsage": ["digitalSignature"], "keyAlgorithms": ["p256"]})"));
        QVERIFY2(hasTemplate(QStringLiteral("vpn")),
                 qPrintable(services.enroll().templates().problems.isEmpty()
                                ? QString()
                                : services.enroll().templates().problems.first().english()));
        QVERIFY(QFile::remove(path));
        QVERIFY(!hasTemplate(QStringLiteral("vpn")));
    }

    void badRequestsAreRefusedBeforeTheTpm()
    {
        const int card = m_env->createDefaultCard();
        const Secret p = pin("12345678");
        const auto refuse = [&](RequestOptions o, ErrorCode code, const char* words) {
            expectRefused([&] { enroll().request(card, p, o); }, code, QLatin1String(words));
        };
        RequestOptions o = logonRequest();
        o.subject = QStringLiteral("CN=Alice,O");
        refuse(o, ErrorCode::InvalidInput, "Subject: at character");
        o = logonRequest();
        o.subject = QStringLiteral("CN=Alice,C=Germany");
        refuse(o, ErrorCode::InvalidInput, "C");
        o = logonRequest();
        o.subjectAltNames = {QStringLiteral("upn:alice")};
        refuse(o, ErrorCode::InvalidInput, "upn");
        o = logonRequest();
        o.subjectAltNames = {QStringLiteral("ftp:alice@example.com")};
        refuse(o, ErrorCode::InvalidInput, "ftp");
        o = logonRequest();
        o.templateName = QStringLiteral("nosuchtemplate");
        refuse(o, ErrorCode::NotFound, "smartcardlogon");
        o = logonRequest();
        o.templateName.clear();
        refuse(o, ErrorCode::InvalidInput, "template");
        o = logonRequest();
        o.subject.clear();
        o.subjectAltNames.clear();
        refuse(o, ErrorCode::InvalidInput, "names nobody");
        o = logonRequest(KeyAlgorithm::EccP256);
        o.signature.rsaPss = true;
        refuse(o, ErrorCode::InvalidInput, "RSA-PSS");
        o = logonRequest();
        o.selfSigned = true;
        o.validityDays = kMaxValidityDays + 1;
        refuse(o, ErrorCode::InvalidInput, "validity");
        o = logonRequest();
        o.validityDays = 30;
        refuse(o, ErrorCode::InvalidInput, "self-signed");
        o = logonRequest();
        o.existingKeyId = QByteArray(20, 'x');
        refuse(o, ErrorCode::NotFound, "has no key");
        o = logonRequest();
        o.label = QStringLiteral("a\nb");
        refuse(o, ErrorCode::InvalidInput, "label");
        // The template decides which SANs it takes.
        o = logonRequest();
        o.templateName = QStringLiteral("smime");
        o.subjectAltNames = {QStringLiteral("dns:host.example.com")};
        refuse(o, ErrorCode::InvalidInput, "dns");
        // No card, a card without file system, a blocked card.
        expectRefused([&] { enroll().request(card + 7, p, logonRequest()); }, ErrorCode::NotFound,
                      QStringLiteral("0007"));
        CreateOptions bare;
        bare.name = QStringLiteral("bare");
        bare.adminKey = CardTestEnv::defaultAdminKeyForTests();
        bare.pin = pin("12345678");
        const int noFs = m_env->service.create(bare);
        expectRefused([&] { enroll().request(noFs, p, logonRequest()); }, ErrorCode::InvalidInput,
                      QStringLiteral("no file system"));
        for (int i = 0; i < 5; ++i)
            errorFrom([&] { m_env->service.verifyPin(card, pin("wrongpin")); });
        m_env->tpm->clearLockout();
        expectRefused([&] { enroll().request(card, p, logonRequest()); }, ErrorCode::Blocked,
                      QStringLiteral("blocked"));
        // The refused requests left no key anywhere.
        QVERIFY(m_env->service.keys(card).isEmpty());
    }

    void wrongPinCountsAndLeavesNoKey()
    {
        const int card = m_env->createDefaultCard();
        const CardRecord before = m_env->store.load(card);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(enroll().request(card, pin("wrongpin"), logonRequest()),
                                ErrorCode::AuthFailed, message);
        QVERIFY2(message.contains(QLatin1String("4 tries left")), qPrintable(message));
        CardRecord after = m_env->store.load(card);
        QCOMPARE(after.pinTriesLeft, 4);
        QVERIFY(after.keys.isEmpty());
        after.pinTriesLeft = before.pinTriesLeft;
        QVERIFY(after == before);
        m_env->tpm->clearLockout();
    }

    // The TPM dies before each command of a request (new key, request signed, self-signed
    // certificate signed): the store stays byte-for-byte as it was, no key is left.
    void tpmDyingDuringARequestLeavesNoKey()
    {
        const int card = m_env->createDefaultCard();
        RequestOptions o = logonRequest(KeyAlgorithm::EccP256);
        o.selfSigned = true;
        const auto run = [&](CardService& s) {
            EnrollService(s, loadTemplates(QStringList())).request(card, pin("12345678"), o);
        };
        const KillAtEachCommandResult r = killTpmAtEachCommand(*m_env, *m_swtpm, run);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QVERIFY(r.commands > 5);
    }

    void badImportsAreRefused()
    {
        if (!haveOpenssl())
            TPMVSC_SKIP_OR_FAIL("openssl CLI not installed");
        const int card = m_env->createDefaultCard();
        KeyInfo key;
        const QByteArray good = issued(card, logonRequest(KeyAlgorithm::EccP256), &key);
        QVERIFY(!good.isEmpty());
        const KeyInfo other =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        const QByteArray goodDer = opensslDer(good);
        const QByteArray spki = m_env->service.exportPublicKey(card, key.id, false);
        TestCa softCa;
        const Secret p = pin("12345678");
        ImportOptions io;
        io.caBundleFile = ca().certFile();
        const auto refuse = [&](const QByteArray& bytes, const ImportOptions& options,
                                ErrorCode code, const QString& words) {
            expectRefused([&] { enroll().importCertificate(card, p, bytes, options); }, code,
                          words);
        };

        refuse(QByteArray(), io, ErrorCode::InvalidInput, QStringLiteral("empty"));
        refuse("this is not a certificate at all\n", io, ErrorCode::InvalidInput,
               QStringLiteral("BEGIN CERTIFICATE"));
        refuse(goodDer.left(goodDer.size() / 2), io, ErrorCode::InvalidInput,
               QStringLiteral("truncated"));
        refuse(good.left(good.size() - 40), io, ErrorCode::InvalidInput, QStringLiteral("PEM"));
        refuse(QByteArray(kMaxCertificateFileSize + 1, 'A'), io, ErrorCode::InvalidInput,
               QStringLiteral("1 MiB"));
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = static_cast<char>((i * 167 + 13) & 0xff);
        refuse(junk, io, ErrorCode::InvalidInput, QStringLiteral("neither"));
        // PKCS#7 without certificates.
        const OpensslRun empty7 = openssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"),
                                           QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY2(empty7.exitCode == 0, qPrintable(empty7.text()));
        refuse(empty7.out, io, ErrorCode::InvalidInput, QStringLiteral("without any certificate"));
        // PEM with several blocks: a private key slipped in with the certificate, and
        // certificates for two different card keys.
        const QByteArray keyPem = readBytes(ca().keyFile());
        refuse(good + keyPem, io, ErrorCode::InvalidInput, QStringLiteral("private key"));
        const QByteArray forOther =
            pemOf(softCa.issue(m_env->service.exportPublicKey(card, other.id, false), CertSpec()));
        refuse(good + forOther, io, ErrorCode::InvalidInput,
               QStringLiteral("2 certificates for keys on this card"));
        // A certificate for a key that is not on the card, or not the key named.
        Ossl<EVP_PKEY> stranger(EVP_EC_gen("P-256"));
        refuse(pemOf(softCa.issue(spkiOf(stranger.get()), CertSpec())), io, ErrorCode::InvalidInput,
               QStringLiteral("another key"));
        ImportOptions wrongKey = io;
        wrongKey.keyId = other.id;
        refuse(good, wrongKey, ErrorCode::InvalidInput, QStringLiteral("another key"));

        // Warnings: refused without force, each with its reason and how to override.
        CertSpec expired;
        expired.extendedKeyUsage = QStringLiteral("clientAuth,1.3.6.1.4.1.311.20.2.2");
        expired.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
        expired.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
        CertSpec future = expired;
        future.notBefore = QDateTime::currentDateTimeUtc().addDays(10);
        future.notAfter = QDateTime::currentDateTimeUtc().addDays(100);
        ImportOptions untrusted; // the system store does not know the soft CA
        refuse(softCa.issue(spki, expired), untrusted, ErrorCode::InvalidInput,
               QStringLiteral("expired"));
        refuse(softCa.issue(spki, future), untrusted, ErrorCode::InvalidInput,
               QStringLiteral("not valid yet"));
        const QByteArray wrongEku = ca().issue(file(QStringLiteral("req-1.pem")),
                                               QStringLiteral("keyUsage=critical,digitalSignature\n"
                                                              "extendedKeyUsage=serverAuth\n"));
        QVERIFY2(!wrongEku.isEmpty(), qPrintable(ca().lastError()));
        // How to override is the face's to say: the refusal names the remedy as a fact.
        const std::optional<Error> warned =
            errorFrom([&] { enroll().importCertificate(card, p, wrongEku, io); });
        QVERIFY(warned);
        QVERIFY(warned->facts().remedies & Remedy::ForceImport);
        const std::optional<Error> expiredError = errorFrom(
            [&] { enroll().importCertificate(card, p, softCa.issue(spki, expired), io); });
        QVERIFY(expiredError);
        QVERIFY(!(expiredError->facts().remedies & Remedy::ForceImport)); // errors: no override
        refuse(wrongEku, io, ErrorCode::InvalidInput, QStringLiteral("lacks the purposes"));
        // Untrusted chain: a warning too.
        refuse(good, untrusted, ErrorCode::InvalidInput, QStringLiteral("warnings"));

        // Blocked card and wrong PIN, with a good certificate.
        QString message;
        const StoreSnapshot beforePin = m_env->snapshot();
        TPMVSC_EXPECT_ERROR_MSG(enroll().importCertificate(card, pin("wrongpin"), good, io),
                                ErrorCode::AuthFailed, message);
        QVERIFY2(message.contains(QLatin1String("tries left")), qPrintable(message));
        QCOMPARE(m_env->service.status(card).pinTriesLeft, 4);
        QCOMPARE(m_env->service.status(card).certificates, 0);
        QVERIFY(!(beforePin == m_env->snapshot())); // the try counted
        m_env->tpm->clearLockout();

        // With force, the wrong-EKU certificate is stored (the warning was only a warning).
        ImportOptions forced = io;
        forced.force = true;
        const ImportPreview stored = enroll().importCertificate(card, p, wrongEku, forced);
        QVERIFY(stored.analysis.hasWarnings());
        QCOMPARE(m_env->service.certificate(card, key.id).der, opensslDer(wrongEku));
        // Errors are never forced: another key's certificate stays refused.
        refuse(pemOf(softCa.issue(spkiOf(stranger.get()), CertSpec())), forced,
               ErrorCode::InvalidInput, QStringLiteral("another key"));

        for (int i = 0; i < 5; ++i)
            errorFrom([&] { m_env->service.verifyPin(card, pin("wrongpin")); });
        m_env->tpm->clearLockout();
        refuse(good, io, ErrorCode::Blocked, QStringLiteral("blocked"));
    }
};

QTEST_GUILESS_MAIN(TestEnrollService)
#include "test_enroll_service.moc"
