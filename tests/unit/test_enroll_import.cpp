// The certificate file parser (what `import` and the wizard's file picker read) and the
// certificate description shown before import. Good shapes: PEM with one or several
// blocks and text around them, DER, concatenated DER, PKCS#7 in DER and PEM made by the
// openssl CLI. Bad shapes: each gets its own sentence, checked by a phrase in it.

#include "enroll/CertificateImport.h"
#include "enroll/CertificateInfo.h"
#include "test_enroll_support.h"
#include "tests/support/ExpectError.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <openssl/err.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

class TestEnrollImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SoftwareKey> m_caKey;
    std::unique_ptr<SoftwareKey> m_userKey;
    QByteArray m_caDer;
    QByteArray m_leafDer;

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    // Parses and expects InvalidInput with `phrase` in the sentence; the OpenSSL error
    // queue must be empty afterwards.
    void expectRefused(const QByteArray& bytes, const QString& phrase)
    {
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(parseCertificates(bytes), ErrorCode::InvalidInput, message);
        qInfo("%s", qPrintable(message)); // the sentences, for whoever reads the log
        QVERIFY2(message.contains(phrase, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(ERR_peek_error(), 0ul);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_caKey = std::make_unique<SoftwareKey>(KeyAlgorithm::EccP256);
        m_userKey = std::make_unique<SoftwareKey>(KeyAlgorithm::EccP256);
        IssueOptions ca;
        ca.subjectCn = QStringLiteral("Test Root CA");
        ca.isCa = true;
        m_caDer = issueCertificate(m_caKey->pkey(), m_caKey->pkey(), nullptr, ca);
        auto caX509 = parseX509(m_caDer);
        IssueOptions leaf;
        leaf.subjectCn = QStringLiteral("Alice");
        leaf.subjectAltName = QStringLiteral(
            "otherName:1.3.6.1.4.1.311.20.2.3;UTF8:alice@example.com,email:alice@example.com,"
            "DNS:host.example.com,IP:192.0.2.7,URI:https://example.com/alice");
        m_leafDer = issueCertificate(m_userKey->pkey(), m_caKey->pkey(), caX509.get(), leaf);
        QVERIFY(writeFile(path("ca.pem"), toPem(m_caDer, "CERTIFICATE")));
        QVERIFY(writeFile(path("leaf.pem"), toPem(m_leafDer, "CERTIFICATE")));
        QVERIFY(writeFile(path("chain.pem"),
                          toPem(m_leafDer, "CERTIFICATE") + toPem(m_caDer, "CERTIFICATE")));
    }

    void singlePem()
    {
        const auto certs = parseCertificates(toPem(m_leafDer, "CERTIFICATE"));
        QCOMPARE(certs.size(), 1);
        QCOMPARE(certs[0], m_leafDer);
    }

    void severalPemBlocksWithTextAround()
    {
        const QByteArray bytes = "Subject: Alice\r\nIssued by the test CA\r\n" +
                                 toPem(m_leafDer, "CERTIFICATE").replace("\n", "\r\n") +
                                 "\nbetween the blocks\n" + toPem(m_caDer, "CERTIFICATE") +
                                 "trailing words\n";
        const auto certs = parseCertificates(bytes);
        QCOMPARE(certs.size(), 2);
        QCOMPARE(certs[0], m_leafDer);
        QCOMPARE(certs[1], m_caDer);
    }

    void duplicatesRemoved()
    {
        const QByteArray pem = toPem(m_leafDer, "CERTIFICATE");
        QCOMPARE(parseCertificates(pem + pem).size(), 1);
    }

    void der()
    {
        const auto certs = parseCertificates(m_leafDer);
        QCOMPARE(certs, QList<QByteArray>{m_leafDer});
        QCOMPARE(parseCertificates(m_leafDer + m_caDer), (QList<QByteArray>{m_leafDer, m_caDer}));
    }

    void bareBase64()
    {
        QCOMPARE(parseCertificates(m_leafDer.toBase64() + "\n"), QList<QByteArray>{m_leafDer});
    }

    void pkcs7FromOpensslCli_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("der") << QStringLiteral("DER");
        QTest::newRow("pem") << QStringLiteral("PEM");
    }
    void pkcs7FromOpensslCli()
    {
        QFETCH(QString, format);
        const QString out = m_dir.filePath(QStringLiteral("chain.p7b.") + format);
        const ProcessResult r = runOpenssl(
            {QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"), QStringLiteral("-certfile"),
             path("chain.pem"), QStringLiteral("-outform"), format, QStringLiteral("-out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto certs = parseCertificates(readFile(out));
        QCOMPARE(certs.size(), 2);
        QVERIFY(certs.contains(m_leafDer));
        QVERIFY(certs.contains(m_caDer));
    }

    void pkcs7WithoutCertificates_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("der") << QStringLiteral("DER");
        QTest::newRow("pem") << QStringLiteral("PEM");
    }
    void pkcs7WithoutCertificates()
    {
        QFETCH(QString, format);
        const ProcessResult r = runOpenssl({QStringLiteral("crl2pkcs7"), QStringLiteral("-nocrl"),
                                            QStringLiteral("-outform"), format});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectRefused(r.out, QStringLiteral("PKCS#7 bundle without any certificate"));
    }

    void empty() { expectRefused({}, QStringLiteral("The file is empty")); }
    void blank() { expectRefused(" \n\t\r\n", QStringLiteral("only blank space")); }

    void tooLarge()
    {
        QByteArray bytes = toPem(m_leafDer, "CERTIFICATE");
        bytes += QByteArray(kMaxCertificateFileSize + 1 - bytes.size(), '\n');
        QCOMPARE(bytes.size(), kMaxCertificateFileSize + 1);
        expectRefused(bytes, QStringLiteral("at most 1 MiB"));
        // Exactly 1 MiB is still read.
        bytes.chop(1);
        QCOMPARE(parseCertificates(bytes).size(), 1);
    }

    void truncatedDer_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("1 byte") << 1 << QStringLiteral("truncated");
        QTest::newRow("3 bytes") << 3 << QStringLiteral("truncated");
        QTest::newRow("10 bytes") << 10 << QStringLiteral("truncated");
        QTest::newRow("half") << -2 << QStringLiteral("truncated");
        QTest::newRow("all but one") << -1 << QStringLiteral("truncated");
    }
    void truncatedDer()
    {
        QFETCH(int, keep);
        QFETCH(QString, phrase);
        const qsizetype n = keep == -2   ? m_leafDer.size() / 2
                            : keep == -1 ? m_leafDer.size() - 1
                                         : keep;
        expectRefused(m_leafDer.left(n), phrase);
    }

    void truncatedPem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("phrase");
        const QByteArray pem = toPem(m_leafDer, "CERTIFICATE");
        QTest::newRow("no END line")
            << pem.left(pem.indexOf("-----END")) << QStringLiteral("has no END line");
        QTest::newRow("cut in base64")
            << pem.left(pem.size() / 2) << QStringLiteral("has no END line");
        QTest::newRow("END without BEGIN") << pem.mid(40) << QStringLiteral("never began");
        const QByteArray lines = pem.left(pem.indexOf("-----END"));
        QTest::newRow("base64 lines missing")
            << lines.left(lines.lastIndexOf('\n', lines.size() - 130) + 1) +
                   "-----END CERTIFICATE-----\n"
            << QStringLiteral("is truncated: its DER structure announces");
        QTest::newRow("second BEGIN inside")
            << lines + pem << QStringLiteral("has no END line before the next BEGIN");
    }
    void truncatedPem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, phrase);
        expectRefused(bytes, phrase);
    }

    void mismatchedEnd()
    {
        QByteArray pem = toPem(m_leafDer, "CERTIFICATE");
        pem.replace("-----END CERTIFICATE-----", "-----END PKCS7-----");
        expectRefused(pem, QStringLiteral("but ends as \"PKCS7\""));
    }

    void damagedBase64()
    {
        QByteArray pem = toPem(m_leafDer, "CERTIFICATE");
        pem[40] = '*';
        expectRefused(pem, QStringLiteral("not valid base64"));
    }

    void binaryJunk_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("phrase");
        QRandomGenerator rng(4242);
        QByteArray junk(4096, '\0');
        for (char& c : junk)
            c = char(rng.bounded(256));
        junk[0] = char(0x9a);
        QTest::newRow("random") << junk << QStringLiteral("neither a PEM text nor a DER");
        QByteArray sequenceJunk = junk;
        sequenceJunk[0] = 0x30;
        sequenceJunk[1] = char(0x82);
        sequenceJunk[2] = 0x0f;
        sequenceJunk[3] = char(0xfc);
        QTest::newRow("random after a SEQUENCE header")
            << sequenceJunk << QStringLiteral("damaged");
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8)
                             << QStringLiteral("ZIP archive");
        QTest::newRow("text") << QByteArray("hello, this is not a certificate\n")
                              << QStringLiteral("text without a certificate");
        QTest::newRow("der then junk")
            << m_leafDer + QByteArray("\x01\x02\x03", 3)
            << QStringLiteral("holds 3 byte(s) of other data after the certificate");
    }
    void binaryJunk()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, phrase);
        expectRefused(bytes, phrase);
    }

    void privateKeyRefused()
    {
        const QByteArray key = m_userKey->privatePem();
        QVERIFY(key.startsWith("-----BEGIN PRIVATE KEY-----"));
        expectRefused(key, QStringLiteral("private key does not belong here"));
        // Also next to the certificate: the whole file is refused.
        expectRefused(toPem(m_leafDer, "CERTIFICATE") + key,
                      QStringLiteral("private key does not belong here"));
        const ProcessResult r = runOpenssl({QStringLiteral("pkcs8"), QStringLiteral("-topk8"),
                                            QStringLiteral("-nocrypt"), QStringLiteral("-outform"),
                                            QStringLiteral("DER")},
                                           key);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectRefused(r.out, QStringLiteral("private key does not belong here"));
    }

    void otherObjectsNamed()
    {
        expectRefused(toPem(m_leafDer, "CERTIFICATE REQUEST"),
                      QStringLiteral("certificate request (CSR)"));
        expectRefused(toPem(m_userKey->spki(), "PUBLIC KEY"), QStringLiteral("bare public key"));
        expectRefused(m_userKey->spki(), QStringLiteral("bare public key"));
    }

    void describe()
    {
        const CertificateInfo info = describeCertificate(m_leafDer);
        QCOMPARE(info.subject, QStringLiteral("CN=Alice"));
        QCOMPARE(info.commonName, QStringLiteral("Alice"));
        QCOMPARE(info.issuer, QStringLiteral("CN=Test Root CA"));
        QCOMPARE(
            info.subjectAltNames,
            (QStringList{QStringLiteral("upn:alice@example.com"),
                         QStringLiteral("email:alice@example.com"),
                         QStringLiteral("dns:host.example.com"), QStringLiteral("ip:192.0.2.7"),
                         QStringLiteral("uri:https://example.com/alice")}));
        QVERIFY(info.hasKeyUsage);
        QCOMPARE(info.keyUsage, (QStringList{QStringLiteral("digitalSignature"),
                                             QStringLiteral("keyEncipherment")}));
        QVERIFY(info.hasExtendedKeyUsage);
        QCOMPARE(info.extendedKeyUsage.size(), 2);
        QCOMPARE(info.extendedKeyUsage[0].oid, QStringLiteral("1.3.6.1.5.5.7.3.2"));
        QCOMPARE(info.extendedKeyUsage[0].name.english(),
                 QStringLiteral("TLS client authentication"));
        QCOMPARE(info.extendedKeyUsage[1].name.english(), QStringLiteral("Smart card logon"));
        QCOMPARE(info.publicKey.algorithm.english(), QStringLiteral("ECDSA P-256"));
        QCOMPARE(info.publicKey.cardAlgorithm, std::optional<KeyAlgorithm>(KeyAlgorithm::EccP256));
        QCOMPARE(info.publicKeyInfo, m_userKey->spki());
        QVERIFY(!info.isCa);
        QVERIFY(!info.selfSigned);
        QCOMPARE(info.subjectKeyId.size(), 20);
        QCOMPARE(info.authorityKeyId, describeCertificate(m_caDer).subjectKeyId);
        QCOMPARE(info.signatureAlgorithm, QStringLiteral("ecdsa-with-SHA256"));

        // Fingerprint, serial and dates as the openssl CLI prints them.
        const ProcessResult r = runOpenssl(
            {QStringLiteral("x509"), QStringLiteral("-in"), path("leaf.pem"),
             QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256"),
             QStringLiteral("-serial"), QStringLiteral("-enddate")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Fingerprint=") + info.sha256Fingerprint),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("serial=") + info.serialNumber), qPrintable(out));
        const QString end = out.section(QStringLiteral("notAfter="), 1).trimmed();
        QCOMPARE(QLocale::c()
                     .toDateTime(end.simplified(), QStringLiteral("MMM d HH:mm:ss yyyy 'GMT'"))
                     .toSecsSinceEpoch(),
                 info.notAfter.toSecsSinceEpoch());

        const CertificateInfo ca = describeCertificate(m_caDer);
        QVERIFY(ca.isCa);
        QVERIFY(ca.selfSigned);
        QVERIFY(!ca.hasExtendedKeyUsage);
    }

    void describeRefusesNonCertificate()
    {
        TPMVSC_EXPECT_ERROR(describeCertificate(m_leafDer.left(100)), ErrorCode::InvalidInput);
        TPMVSC_EXPECT_ERROR(describeCertificate(m_userKey->spki()), ErrorCode::InvalidInput);
        QCOMPARE(ERR_peek_error(), 0ul);
    }
};

QTEST_GUILESS_MAIN(TestEnrollImport)
#include "test_enroll_import.moc"
