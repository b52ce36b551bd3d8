// Certificate requests and self-signed certificates signed through a Signer (here an
// OpenSSL software key standing in for the TPM). Each key type and padding: the openssl
// CLI verifies the result, and the subject, SANs, key usage and EKU are read back with
// OpenSSL and must be exactly what was chosen. A test CA made with the openssl CLI
// issues a certificate from the request, which the import parser then reads.

#include "enroll/CertificateImport.h"
#include "enroll/CertificateInfo.h"
#include "enroll/CertificateRequest.h"
#include "enroll/SelfSignedCertificate.h"
#include "test_enroll_support.h"
#include "tests/support/ExpectError.h"

#include <QTemporaryDir>
#include <openssl/err.h>
#include <openssl/pem.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

struct ReqFree {
    void operator()(X509_REQ* p) const { X509_REQ_free(p); }
};

std::unique_ptr<X509_REQ, ReqFree> parseReq(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return std::unique_ptr<X509_REQ, ReqFree>(d2i_X509_REQ(nullptr, &p, der.size()));
}

QByteArray nameDer(const X509_NAME* name)
{
    const int len = i2d_X509_NAME(name, nullptr);
    QByteArray out(len, '\0');
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    i2d_X509_NAME(name, &p);
    return out;
}

// What a request's extensionRequest (or a certificate's extensions) says, read with
// OpenSSL: key usage bits, EKU OIDs, SANs as "kind:value", criticality.
struct ReadBack {
    int keyUsageBits = -1;
    bool keyUsageCritical = false;
    QStringList eku;
    QStringList sans;
    bool sanCritical = false;
};

ReadBack readExtensions(const STACK_OF(X509_EXTENSION) * exts)
{
    ReadBack r;
    for (int i = 0; i < sk_X509_EXTENSION_num(exts); ++i) {
        X509_EXTENSION* ext = sk_X509_EXTENSION_value(exts, i);
        const int nid = OBJ_obj2nid(X509_EXTENSION_get_object(ext));
        void* value = X509V3_EXT_d2i(ext);
        if (nid == NID_key_usage) {
            auto* bits = static_cast<ASN1_BIT_STRING*>(value);
            r.keyUsageBits = 0;
            for (int b = 0; b < 9; ++b)
                r.keyUsageBits |= ASN1_BIT_STRING_get_bit(bits, b) << b;
            r.keyUsageCritical = X509_EXTENSION_get_critical(ext);
            ASN1_BIT_STRING_free(bits);
        } else if (nid == NID_ext_key_usage) {
            auto* ekus = static_cast<EXTENDED_KEY_USAGE*>(value);
            for (int k = 0; k < sk_ASN1_OBJECT_num(ekus); ++k) {
                char buf[80];
                OBJ_obj2txt(buf, sizeof buf, sk_ASN1_OBJECT_value(ekus, k), 1);
                r.eku.append(QString::fromLatin1(buf));
            }
            sk_ASN1_OBJECT_pop_free(ekus, ASN1_OBJECT_free);
        } else if (nid == NID_subject_alt_name) {
            auto* names = static_cast<GENERAL_NAMES*>(value);
            r.sanCritical = X509_EXTENSION_get_critical(ext);
            for (int k = 0; k < sk_GENERAL_NAME_num(names); ++k) {
                GENERAL_NAME* gn = sk_GENERAL_NAME_value(names, k);
                int type = 0;
                void* v = GENERAL_NAME_get0_value(gn, &type);
                auto text = [](const ASN1_STRING* s) {
                    return QString::fromUtf8(
                        reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)),
                        ASN1_STRING_length(s));
                };
                if (type == GEN_EMAIL) {
                    r.sans.append(QStringLiteral("email:") + text(static_cast<ASN1_STRING*>(v)));
                } else if (type == GEN_DNS) {
                    r.sans.append(QStringLiteral("dns:") + text(static_cast<ASN1_STRING*>(v)));
                } else if (type == GEN_OTHERNAME) {
                    ASN1_OBJECT* oid = nullptr;
                    ASN1_TYPE* other = nullptr;
                    GENERAL_NAME_get0_otherName(gn, &oid, &other);
                    char buf[80];
                    OBJ_obj2txt(buf, sizeof buf, oid, 1);
                    r.sans.append(QStringLiteral("othername:%1:%2:%3")
                                      .arg(QString::fromLatin1(buf))
                                      .arg(other->type == V_ASN1_UTF8STRING
                                               ? QStringLiteral("UTF8")
                                               : QStringLiteral("other"))
                                      .arg(text(other->value.asn1_string)));
                } else {
                    r.sans.append(QStringLiteral("type%1").arg(type));
                }
            }
            GENERAL_NAMES_free(names);
        }
    }
    return r;
}

// Bits as in RFC 5280: digitalSignature 0, nonRepudiation 1, keyEncipherment 2.
constexpr int kDigitalSignature = 1 << 0;
constexpr int kNonRepudiation = 1 << 1;
constexpr int kKeyEncipherment = 1 << 2;

} // namespace

class TestEnrollRequest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::map<KeyAlgorithm, std::unique_ptr<SoftwareKey>> m_keys;

    SoftwareKey& key(KeyAlgorithm alg)
    {
        auto& k = m_keys[alg];
        if (!k)
            k = std::make_unique<SoftwareKey>(alg);
        return *k;
    }

    CertificateContent logonContent(KeyAlgorithm alg)
    {
        CertificateContent c;
        c.publicKeyInfo = key(alg).spki();
        c.subject = parseDistinguishedName(QStringLiteral("CN=Alice Ä,O=Example\\, Inc.,C=DE"));
        c.certificateTemplate = builtInTemplates()[0]; // Smartcard Logon
        c.certificateTemplate.dns = SanRule::Optional; // to carry all three kinds
        c.subjectAltNames = parseSubjectAltNames({QStringLiteral("upn:alice@example.com"),
                                                  QStringLiteral("email:alice@example.com"),
                                                  QStringLiteral("dns:alice-pc.example.com")});
        return c;
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void request_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<bool>("pss");
        QTest::addColumn<QString>("signatureName"); // as `openssl req -text` prints it
        QTest::addColumn<int>("keyUsage");
        QTest::newRow("rsa2048 pkcs1")
            << int(KeyAlgorithm::Rsa2048) << false << QStringLiteral("sha256WithRSAEncryption")
            << (kDigitalSignature | kKeyEncipherment);
        QTest::newRow("rsa2048 pss")
            << int(KeyAlgorithm::Rsa2048) << true << QStringLiteral("rsassaPss")
            << (kDigitalSignature | kKeyEncipherment);
        QTest::newRow("rsa3072 pkcs1")
            << int(KeyAlgorithm::Rsa3072) << false << QStringLiteral("sha256WithRSAEncryption")
            << (kDigitalSignature | kKeyEncipherment);
        QTest::newRow("p256") << int(KeyAlgorithm::EccP256) << false
                              << QStringLiteral("ecdsa-with-SHA256") << kDigitalSignature;
        QTest::newRow("p384") << int(KeyAlgorithm::EccP384) << false
                              << QStringLiteral("ecdsa-with-SHA384") << kDigitalSignature;
    }
    void request()
    {
        QFETCH(int, algorithm);
        QFETCH(bool, pss);
        QFETCH(QString, signatureName);
        QFETCH(int, keyUsage);
        const auto alg = KeyAlgorithm(algorithm);
        CertificateContent content = logonContent(alg);
        content.signature.rsaPss = pss;
        int calls = 0;
        HashAlgorithm askedDigest{};
        SignatureScheme askedPadding{};
        const Signer signer = [&](const QByteArray& digest, HashAlgorithm d, SignatureScheme p) {
            ++calls;
            askedDigest = d;
            askedPadding = p;
            return key(alg).sign(digest, d, p);
        };
        const CertificateRequest req = createCertificateRequest(content, signer);
        QCOMPARE(calls, 1);
        const SignatureParameters expected = signatureParametersFor(content);
        QCOMPARE(askedDigest, expected.digest);
        QCOMPARE(askedPadding, expected.padding);
        QCOMPARE(askedDigest,
                 alg == KeyAlgorithm::EccP384 ? HashAlgorithm::Sha384 : HashAlgorithm::Sha256);
        QVERIFY(req.pem().startsWith("-----BEGIN CERTIFICATE REQUEST-----\n"));
        QCOMPARE(ERR_peek_error(), 0ul);

        // The openssl CLI verifies it.
        const QString path = file(QStringLiteral("req.pem"));
        QVERIFY(writeFile(path, req.pem()));
        const ProcessResult verify =
            runOpenssl({QStringLiteral("req"), QStringLiteral("-in"), path,
                        QStringLiteral("-verify"), QStringLiteral("-noout")});
        QVERIFY2(verify.exitCode == 0, verify.err.constData());
        QVERIFY2((verify.out + verify.err).contains("verify OK"),
                 (verify.out + verify.err).constData());

        // Exactly the chosen contents, read back with OpenSSL.
        auto parsed = parseReq(req.der);
        QVERIFY(parsed);
        QCOMPARE(nameDer(X509_REQ_get_subject_name(parsed.get())), content.subject.toDer());
        STACK_OF(X509_EXTENSION)* exts = X509_REQ_get_extensions(parsed.get());
        QVERIFY(exts);
        const ReadBack back = readExtensions(exts);
        sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
        QCOMPARE(back.keyUsageBits, keyUsage);
        QVERIFY(back.keyUsageCritical);
        QCOMPARE(back.eku, (QStringList{QStringLiteral("1.3.6.1.5.5.7.3.2"),
                                        QStringLiteral("1.3.6.1.4.1.311.20.2.2")}));
        QCOMPARE(
            back.sans,
            (QStringList{QStringLiteral("othername:1.3.6.1.4.1.311.20.2.3:UTF8:alice@example.com"),
                         QStringLiteral("email:alice@example.com"),
                         QStringLiteral("dns:alice-pc.example.com")}));
        QVERIFY(!back.sanCritical);

        const ProcessResult text = runOpenssl({QStringLiteral("req"), QStringLiteral("-in"), path,
                                               QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QString t = QString::fromUtf8(text.out);
        QVERIFY2(t.contains(QStringLiteral("Signature Algorithm: ") + signatureName),
                 qPrintable(t));
        if (pss) {
            // RSASSA-PSS-params: SHA-256, MGF1 with SHA-256, salt 32 bytes.
            QVERIFY2(t.contains(QStringLiteral("Hash Algorithm: sha256")), qPrintable(t));
            QVERIFY2(t.contains(QStringLiteral("Mask Algorithm: mgf1 with sha256")), qPrintable(t));
            QVERIFY2(t.contains(QStringLiteral("Salt Length: 0x20")), qPrintable(t));
        }
    }

    // A CA made with the openssl CLI issues a certificate from our request; the import
    // parser reads it back with the requested names and usages.
    void testCaIssuesFromRequest()
    {
        const QString caKey = file(QStringLiteral("ca.key"));
        const QString caCert = file(QStringLiteral("ca.pem"));
        ProcessResult r =
            runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), caCert,
                        QStringLiteral("-subj"), QStringLiteral("/CN=Test CA"),
                        QStringLiteral("-days"), QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const CertificateContent content = logonContent(KeyAlgorithm::Rsa2048);
        const QString req = file(QStringLiteral("issue.csr"));
        QVERIFY(writeFile(
            req, createCertificateRequest(content, key(KeyAlgorithm::Rsa2048).signer()).pem()));
        const QString cert = file(QStringLiteral("issued.pem"));
        r = runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), req,
                        QStringLiteral("-CA"), caCert, QStringLiteral("-CAkey"), caKey,
                        QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                        QStringLiteral("10"), QStringLiteral("-copy_extensions"),
                        QStringLiteral("copy"), QStringLiteral("-out"), cert});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto certs = parseCertificates(readFile(cert));
        QCOMPARE(certs.size(), 1);
        const CertificateInfo info = describeCertificate(certs[0]);
        QCOMPARE(info.subject, content.subject.toString());
        QCOMPARE(info.issuer, QStringLiteral("CN=Test CA"));
        QCOMPARE(info.subjectAltNames, (QStringList{QStringLiteral("upn:alice@example.com"),
                                                    QStringLiteral("email:alice@example.com"),
                                                    QStringLiteral("dns:alice-pc.example.com")}));
        QCOMPARE(info.keyUsage, (QStringList{QStringLiteral("digitalSignature"),
                                             QStringLiteral("keyEncipherment")}));
        QCOMPARE(info.extendedKeyUsage.size(), 2);
        QCOMPARE(info.publicKeyInfo, key(KeyAlgorithm::Rsa2048).spki());
    }

    void rawEcdsaSignatureAccepted()
    {
        SoftwareKey& k = key(KeyAlgorithm::EccP256);
        const Signer raw = [&](const QByteArray& digest, HashAlgorithm d, SignatureScheme p) {
            const QByteArray der = k.sign(digest, d, p);
            const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
            ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &in, der.size());
            QByteArray rs(64, '\0');
            BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char*>(rs.data()), 32);
            BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char*>(rs.data()) + 32,
                         32);
            ECDSA_SIG_free(sig);
            return rs;
        };
        const CertificateRequest req =
            createCertificateRequest(logonContent(KeyAlgorithm::EccP256), raw);
        auto parsed = parseReq(req.der);
        QVERIFY(parsed);
        QCOMPARE(X509_REQ_verify(parsed.get(), k.pkey()), 1);
    }

    void wrongSignatureRefused()
    {
        // The signer answers with another key's signature: an error, not a bad file.
        SoftwareKey other(KeyAlgorithm::EccP256);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(
            createCertificateRequest(logonContent(KeyAlgorithm::EccP256), other.signer()),
            ErrorCode::Internal, message);
        QVERIFY2(message.contains(QStringLiteral("does not verify")), qPrintable(message));
        QCOMPARE(ERR_peek_error(), 0ul);
        const Signer garbage = [](const QByteArray&, HashAlgorithm, SignatureScheme) {
            return QByteArray(256, '\x42');
        };
        TPMVSC_EXPECT_ERROR(createCertificateRequest(logonContent(KeyAlgorithm::Rsa2048), garbage),
                            ErrorCode::Internal);
        const Signer shortSig = [](const QByteArray&, HashAlgorithm, SignatureScheme) {
            return QByteArray(100, '\x42');
        };
        TPMVSC_EXPECT_ERROR_MSG(
            createCertificateRequest(logonContent(KeyAlgorithm::Rsa2048), shortSig),
            ErrorCode::Internal, message);
        QVERIFY2(message.contains(QStringLiteral("100 bytes")), qPrintable(message));
    }

    void signerErrorPassesThrough()
    {
        const Signer failing = [](const QByteArray&, HashAlgorithm, SignatureScheme) -> QByteArray {
            throw Error(ErrorCode::AuthFailed, QStringLiteral("Wrong PIN; 4 tries left."));
        };
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(
            createCertificateRequest(logonContent(KeyAlgorithm::EccP256), failing),
            ErrorCode::AuthFailed, message);
        QCOMPARE(message, QStringLiteral("Wrong PIN; 4 tries left."));
    }

    void refusedBeforeSigning()
    {
        int calls = 0;
        const Signer counting = [&](const QByteArray& d, HashAlgorithm a, SignatureScheme p) {
            ++calls;
            return key(KeyAlgorithm::EccP256).sign(d, a, p);
        };
        CertificateContent c = logonContent(KeyAlgorithm::EccP256);
        c.signature.rsaPss = true;
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(createCertificateRequest(c, counting), ErrorCode::InvalidInput,
                                message);
        QVERIFY2(message.contains(QStringLiteral("RSA-PSS is a padding for RSA keys")),
                 qPrintable(message));

        c = logonContent(KeyAlgorithm::EccP256);
        c.certificateTemplate = builtInTemplates()[3]; // S/MIME: needs e-mail, takes no UPN
        TPMVSC_EXPECT_ERROR_MSG(createCertificateRequest(c, counting), ErrorCode::InvalidInput,
                                message);
        QVERIFY2(message.contains(QStringLiteral("does not take a user principal name")),
                 qPrintable(message));

        c = logonContent(KeyAlgorithm::EccP256);
        c.subject = {};
        c.subjectAltNames.clear();
        TPMVSC_EXPECT_ERROR_MSG(createCertificateRequest(c, counting), ErrorCode::InvalidInput,
                                message);
        QVERIFY2(message.contains(QStringLiteral("needs a subject")), qPrintable(message));

        c.publicKeyInfo = QByteArray("not a key");
        TPMVSC_EXPECT_ERROR(createCertificateRequest(c, counting), ErrorCode::InvalidInput);
        QCOMPARE(calls, 0);
    }

    void emptySubjectMakesSanCritical()
    {
        CertificateContent c = logonContent(KeyAlgorithm::EccP256);
        c.subject = {};
        const CertificateRequest req =
            createCertificateRequest(c, key(KeyAlgorithm::EccP256).signer());
        auto parsed = parseReq(req.der);
        STACK_OF(X509_EXTENSION)* exts = X509_REQ_get_extensions(parsed.get());
        const ReadBack back = readExtensions(exts);
        sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
        QVERIFY(back.sanCritical);
        QCOMPARE(X509_NAME_entry_count(X509_REQ_get_subject_name(parsed.get())), 0);
    }

    void selfSigned_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<bool>("pss");
        QTest::newRow("rsa2048") << int(KeyAlgorithm::Rsa2048) << false;
        QTest::newRow("rsa2048 pss") << int(KeyAlgorithm::Rsa2048) << true;
        QTest::newRow("p256") << int(KeyAlgorithm::EccP256) << false;
        QTest::newRow("p384") << int(KeyAlgorithm::EccP384) << false;
    }
    void selfSigned()
    {
        QFETCH(int, algorithm);
        QFETCH(bool, pss);
        const auto alg = KeyAlgorithm(algorithm);
        CertificateContent c = logonContent(alg);
        c.signature.rsaPss = pss;
        Validity validity;
        validity.notBefore = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        validity.notAfter =
            QDateTime(QDate(2051, 6, 7), QTime(8, 9, 10), QTimeZone::utc()); // GeneralizedTime
        const QByteArray der = createSelfSignedCertificate(c, validity, key(alg).signer());
        const QString path = file(QStringLiteral("self.pem"));
        QVERIFY(writeFile(path, toPem(der, "CERTIFICATE")));
        const ProcessResult verify = runOpenssl(
            {QStringLiteral("verify"), QStringLiteral("-CAfile"), path,
             QStringLiteral("-partial_chain"), QStringLiteral("-attime"),
             QString::number(
                 QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch()),
             path});
        QVERIFY2(verify.exitCode == 0, (verify.out + verify.err).constData());

        const CertificateInfo info = describeCertificate(der);
        QVERIFY(info.selfSigned);
        QVERIFY(!info.isCa);
        QCOMPARE(info.subject, c.subject.toString());
        QCOMPARE(info.issuer, info.subject);
        QCOMPARE(info.notBefore, validity.notBefore);
        QCOMPARE(info.notAfter, validity.notAfter);
        QVERIFY(info.subjectKeyId.size() == 20);
        QCOMPARE(info.authorityKeyId, info.subjectKeyId);
        QCOMPARE(info.subjectAltNames.size(), 3);
        // Positive serial of at most 127 bits, at least 64 random bits in practice.
        QVERIFY2(info.serialNumber.size() >= 16 && info.serialNumber.size() <= 32,
                 qPrintable(info.serialNumber));
        QVERIFY(info.serialNumber.size() < 32 || info.serialNumber[0] < u'8');
        const ProcessResult text = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), path,
                                               QStringLiteral("-noout"), QStringLiteral("-text")});
        const QString t = QString::fromUtf8(text.out);
        QVERIFY2(t.contains(QStringLiteral(
                     "X509v3 Basic Constraints: critical\n                CA:FALSE")),
                 qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("X509v3 Key Usage: critical")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Version: 3 (0x2)")), qPrintable(t));
    }

    void selfSignedRefusals()
    {
        CertificateContent c = logonContent(KeyAlgorithm::EccP256);
        const Signer signer = key(KeyAlgorithm::EccP256).signer();
        Validity backwards;
        backwards.notBefore = QDateTime::currentDateTimeUtc();
        backwards.notAfter = backwards.notBefore.addSecs(-1);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(createSelfSignedCertificate(c, backwards, signer),
                                ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("would end")), qPrintable(message));
        c.subject = {};
        TPMVSC_EXPECT_ERROR_MSG(createSelfSignedCertificate(c, Validity::days(30), signer),
                                ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("needs a subject")), qPrintable(message));
        const Validity days = Validity::days(30);
        QCOMPARE(days.notBefore.daysTo(days.notAfter), 30);
        QVERIFY(days.notBefore <= QDateTime::currentDateTimeUtc());
    }
};

QTEST_GUILESS_MAIN(TestEnrollRequest)
#include "test_enroll_request.moc"
