// The SCEP messages with software keys: what we sign verifies with OpenSSL's own PKCS#7
// code and decrypts to the request at the CA's end; a CertRep made with OpenSSL's
// PKCS7_sign and PKCS7_encrypt (as a CA makes it) is read, checked and opened; the CA's
// capabilities and certificates are read as scepserver and RFC 8894 write them.
#include "enroll/CertificateRequest.h"
#include "enroll/ScepCaps.h"
#include "enroll/ScepMessage.h"
#include "enroll/SelfSignedCertificate.h"
#include "test_enroll_support.h"
#include "tests/support/ExpectError.h"

#include <QCryptographicHash>
#include <QDir>
#include <openssl/pkcs7.h>
#include <openssl/provider.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

struct P7Free {
    void operator()(PKCS7* p) const { PKCS7_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_free(p); }
};
using P7 = std::unique_ptr<PKCS7, P7Free>;

std::unique_ptr<X509, PkeyFree> x509(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return std::unique_ptr<X509, PkeyFree>(d2i_X509(nullptr, &p, long(der.size())));
}

P7 pkcs7(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return P7(d2i_PKCS7(nullptr, &p, long(der.size())));
}

QByteArray p7Der(PKCS7* p7)
{
    const int len = i2d_PKCS7(p7, nullptr);
    QByteArray out(len, '\0');
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    i2d_PKCS7(p7, &p);
    return out;
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

// A PKCS#7 SignedData with certificates only, as a CA wraps what it issues.
QByteArray degenerate(const QList<QByteArray>& certificates)
{
    P7 p7(PKCS7_new());
    PKCS7_set_type(p7.get(), NID_pkcs7_signed);
    PKCS7_content_new(p7.get(), NID_pkcs7_data);
    for (const QByteArray& der : certificates)
        PKCS7_add_certificate(p7.get(), x509(der).get());
    return p7Der(p7.get());
}

QByteArray attributeText(PKCS7_SIGNER_INFO* si, const char* oid)
{
    std::unique_ptr<ASN1_OBJECT, decltype(&ASN1_OBJECT_free)> obj(OBJ_txt2obj(oid, 1),
                                                                  ASN1_OBJECT_free);
    const STACK_OF(X509_ATTRIBUTE)* attrs = PKCS7_get_signed_attributes(si);
    const int i = X509at_get_attr_by_OBJ(attrs, obj.get(), -1);
    if (i < 0)
        return {};
    const ASN1_TYPE* t = X509_ATTRIBUTE_get0_type(X509at_get_attr(attrs, i), 0);
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(t->value.asn1_string)),
                      ASN1_STRING_length(t->value.asn1_string));
}

void addAttribute(PKCS7_SIGNER_INFO* si, const char* oid, int type, const QByteArray& value)
{
    std::unique_ptr<ASN1_OBJECT, decltype(&ASN1_OBJECT_free)> obj(OBJ_txt2obj(oid, 1),
                                                                  ASN1_OBJECT_free);
    X509at_add1_attr_by_OBJ(&si->auth_attr, obj.get(), type,
                            reinterpret_cast<const unsigned char*>(value.constData()),
                            int(value.size()));
}

struct CertRepParts {
    QString status = QStringLiteral("0");
    QString failInfo; // empty: none
    QByteArray recipientNonce;
    QString transactionId;
    QByteArray envelope; // the content; empty: none
};

// A CertRep as a CA signs it, made with OpenSSL's own PKCS7_sign.
QByteArray certRep(EVP_PKEY* caKey, X509* caCert, const CertRepParts& parts)
{
    P7 p7(PKCS7_sign(nullptr, nullptr, nullptr, nullptr, PKCS7_PARTIAL | PKCS7_BINARY));
    PKCS7_SIGNER_INFO* si =
        PKCS7_sign_add_signer(p7.get(), caCert, caKey, EVP_sha256(), PKCS7_NOSMIMECAP);
    if (!si)
        qFatal("PKCS7_sign_add_signer failed");
    addAttribute(si, "2.16.840.1.113733.1.9.2", V_ASN1_PRINTABLESTRING, "3");
    addAttribute(si, "2.16.840.1.113733.1.9.3", V_ASN1_PRINTABLESTRING, parts.status.toLatin1());
    if (!parts.failInfo.isEmpty())
        addAttribute(si, "2.16.840.1.113733.1.9.4", V_ASN1_PRINTABLESTRING,
                     parts.failInfo.toLatin1());
    addAttribute(si, "2.16.840.1.113733.1.9.5", V_ASN1_OCTET_STRING, QByteArray(16, '\x5a'));
    addAttribute(si, "2.16.840.1.113733.1.9.6", V_ASN1_OCTET_STRING, parts.recipientNonce);
    addAttribute(si, "2.16.840.1.113733.1.9.7", V_ASN1_PRINTABLESTRING,
                 parts.transactionId.toLatin1());
    std::unique_ptr<BIO, P7Free> data(
        BIO_new_mem_buf(parts.envelope.constData(), int(parts.envelope.size())));
    if (PKCS7_final(p7.get(), data.get(), PKCS7_BINARY) != 1)
        qFatal("PKCS7_final failed");
    return p7Der(p7.get());
}

QByteArray encryptTo(const QByteArray& data, const QByteArray& recipientDer, const EVP_CIPHER* c)
{
    auto recipient = x509(recipientDer);
    std::unique_ptr<STACK_OF(X509), P7Free> certs(sk_X509_new_null());
    sk_X509_push(certs.get(), recipient.get());
    std::unique_ptr<BIO, P7Free> in(BIO_new_mem_buf(data.constData(), int(data.size())));
    P7 p7(PKCS7_encrypt(certs.get(), in.get(), c, PKCS7_BINARY));
    return p7Der(p7.get());
}

QByteArray decryptPkcs1(EVP_PKEY* key, const QByteArray& ciphertext)
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyFree> ctx(EVP_PKEY_CTX_new(key, nullptr));
    size_t len = 512;
    QByteArray out(int(len), '\0');
    if (EVP_PKEY_decrypt_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1 ||
        EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                         reinterpret_cast<const unsigned char*>(ciphertext.constData()),
                         size_t(ciphertext.size())) != 1)
        throw Error(ErrorCode::InvalidInput, QStringLiteral("software decryption failed"));
    out.truncate(int(len));
    return out;
}

} // namespace

class TestScepMessage : public QObject
{
    Q_OBJECT

    SoftwareKey m_card{KeyAlgorithm::Rsa2048};
    SoftwareKey m_caKey{KeyAlgorithm::Rsa2048};
    QByteArray m_caCert;
    QByteArray m_csr;
    QByteArray m_signerCert;
    CertificateContent m_content;

    ScepRequest request(ScepCipher cipher = ScepCipher::Aes128Cbc)
    {
        ScepRequestInput input;
        input.requestDer = m_csr;
        input.signerCertificate = m_signerCert;
        input.recipient = m_caCert;
        input.cipher = cipher;
        return createScepRequest(input, m_card.signer());
    }

    QByteArray issued() const
    {
        IssueOptions o;
        o.subjectCn = QStringLiteral("Alice");
        return issueCertificate(m_card.pkey(), m_caKey.pkey(), x509(m_caCert).get(), o);
    }

    QByteArray successFor(const ScepRequest& req, const QByteArray& leaf)
    {
        CertRepParts parts;
        parts.recipientNonce = req.senderNonce;
        parts.transactionId = req.transactionId;
        parts.envelope =
            encryptTo(degenerate({leaf, m_caCert}), req.signerCertificate, EVP_aes_128_cbc());
        return certRep(m_caKey.pkey(), x509(m_caCert).get(), parts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        IssueOptions ca;
        ca.subjectCn = QStringLiteral("Test SCEP CA");
        ca.isCa = true;
        ca.keyUsage =
            QStringLiteral("critical,keyCertSign,cRLSign,digitalSignature,keyEncipherment");
        ca.extendedKeyUsage.clear();
        m_caCert = issueCertificate(m_caKey.pkey(), m_caKey.pkey(), nullptr, ca);

        m_content.publicKeyInfo = m_card.spki();
        m_content.subject = parseDistinguishedName(QStringLiteral("CN=Alice"));
        m_content.certificateTemplate = findTemplate(loadTemplates(), QStringLiteral("clientauth"));
        m_content.challengePassword = Secret::fromText(QStringLiteral("s3cret"));
        m_csr = createCertificateRequest(m_content, m_card.signer()).der;
        m_signerCert = createSelfSignedCertificate(m_content, Validity::days(1), m_card.signer());
    }

    void requestCarriesTheChallengePassword()
    {
        auto* p = reinterpret_cast<const unsigned char*>(m_csr.constData());
        std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)> req(
            d2i_X509_REQ(nullptr, &p, long(m_csr.size())), X509_REQ_free);
        QVERIFY(req);
        const int i = X509_REQ_get_attr_by_NID(req.get(), NID_pkcs9_challengePassword, -1);
        QVERIFY(i >= 0);
        const ASN1_TYPE* t = X509_ATTRIBUTE_get0_type(X509_REQ_get_attr(req.get(), i), 0);
        QCOMPARE(t->type, V_ASN1_PRINTABLESTRING);
        QCOMPARE(
            QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(t->value.asn1_string)),
                       ASN1_STRING_length(t->value.asn1_string)),
            QByteArray("s3cret"));
    }

    void requestVerifiesAndDecryptsWithOpenssl_data()
    {
        QTest::addColumn<int>("cipher");
        QTest::addColumn<int>("nid");
        QTest::newRow("aes128") << int(ScepCipher::Aes128Cbc) << NID_aes_128_cbc;
        QTest::newRow("aes256") << int(ScepCipher::Aes256Cbc) << NID_aes_256_cbc;
        QTest::newRow("des3") << int(ScepCipher::Des3Cbc) << NID_des_ede3_cbc;
    }
    void requestVerifiesAndDecryptsWithOpenssl()
    {
        QFETCH(int, cipher);
        QFETCH(int, nid);
        const ScepRequest req = request(ScepCipher(cipher));
        QCOMPARE(req.senderNonce.size(), 16);
        QCOMPARE(
            req.transactionId,
            QString::fromLatin1(QCryptographicHash::hash(m_card.spki(), QCryptographicHash::Sha256)
                                    .toHex()
                                    .toUpper()));
        P7 p7 = pkcs7(req.der);
        QVERIFY(p7);
        // The signature over the signed attributes, made through the Signer, verifies with
        // OpenSSL's PKCS7_verify against the certificate the message carries.
        std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(),
                                                                      X509_STORE_free);
        std::unique_ptr<BIO, P7Free> out(BIO_new(BIO_s_mem()));
        QCOMPARE(PKCS7_verify(p7.get(), nullptr, store.get(), nullptr, out.get(),
                              PKCS7_NOVERIFY | PKCS7_BINARY),
                 1);
        PKCS7_SIGNER_INFO* si = sk_PKCS7_SIGNER_INFO_value(PKCS7_get_signer_info(p7.get()), 0);
        QCOMPARE(attributeText(si, "2.16.840.1.113733.1.9.2"), QByteArray("19"));
        QCOMPARE(attributeText(si, "2.16.840.1.113733.1.9.7"), req.transactionId.toLatin1());
        QCOMPARE(attributeText(si, "2.16.840.1.113733.1.9.5"), req.senderNonce);

        // The content is an EnvelopedData the CA opens with its key to the CSR.
        P7 envelope = pkcs7(bioBytes(out.get()));
        QVERIFY(envelope);
        QVERIFY(PKCS7_type_is_enveloped(envelope.get()));
        QCOMPARE(OBJ_obj2nid(envelope->d.enveloped->enc_data->algorithm->algorithm), nid);
        std::unique_ptr<BIO, P7Free> csr(BIO_new(BIO_s_mem()));
        QCOMPARE(PKCS7_decrypt(envelope.get(), m_caKey.pkey(), x509(m_caCert).get(), csr.get(),
                               PKCS7_BINARY),
                 1);
        QCOMPARE(bioBytes(csr.get()), m_csr);
    }

    void requestVerifiesWithTheOpensslCommand()
    {
        const ScepRequest req = request();
        const ProcessResult r = runOpenssl({QStringLiteral("smime"), QStringLiteral("-verify"),
                                            QStringLiteral("-noverify"), QStringLiteral("-inform"),
                                            QStringLiteral("DER"), QStringLiteral("-binary")},
                                           req.der);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void ecKeyRefused()
    {
        SoftwareKey ec(KeyAlgorithm::EccP256);
        CertificateContent content = m_content;
        content.publicKeyInfo = ec.spki();
        content.challengePassword = Secret();
        ScepRequestInput input;
        input.requestDer = m_csr;
        input.signerCertificate =
            createSelfSignedCertificate(content, Validity::days(1), ec.signer());
        input.recipient = m_caCert;
        TPMVSC_EXPECT_ERROR_CONTAINING(createScepRequest(input, ec.signer()),
                                       ErrorCode::InvalidInput, QStringLiteral("RSA key"));
    }

    void successOpensToTheIssuedCertificate()
    {
        const ScepRequest req = request();
        const QByteArray leaf = issued();
        const QByteArray answer = successFor(req, leaf);
        if (qEnvironmentVariableIsSet("TPMVSC_SCEP_SEED_DIR")) // how fuzz/corpus was made
            writeFile(QDir(qEnvironmentVariable("TPMVSC_SCEP_SEED_DIR"))
                          .filePath(QStringLiteral("certrep-success.der")),
                      answer);
        const ScepResponse response = verifyScepResponse(answer, {m_caCert}, req);
        QCOMPARE(response.status, ScepStatus::Success);
        const QList<QByteArray> certificates =
            openScepEnvelope(response.content, [this](const QByteArray& key) {
                return decryptPkcs1(m_card.pkey(), key);
            });
        QCOMPARE(certificates.size(), 2);
        QVERIFY(certificates.contains(leaf));
        QVERIFY(certificateHoldsKey(leaf, m_card.spki()));
        checkIssuedCertificate(leaf, {m_caCert}, m_card.spki(), m_caCert);
    }

    void des3EnvelopeOpens()
    {
        const ScepRequest req = request();
        const QByteArray leaf = issued();
        const QByteArray envelope =
            encryptTo(degenerate({leaf}), req.signerCertificate, EVP_des_ede3_cbc());
        const QList<QByteArray> certificates = openScepEnvelope(
            envelope, [this](const QByteArray& key) { return decryptPkcs1(m_card.pkey(), key); });
        QCOMPARE(certificates, QList<QByteArray>{leaf});
    }

    // micromdm's scepserver answers with single DES whatever the caps say.
    void desEnvelopeOpens()
    {
        OSSL_LIB_CTX* context = OSSL_LIB_CTX_new();
        QVERIFY(context);
        OSSL_PROVIDER* defaults = OSSL_PROVIDER_load(context, "default");
        OSSL_PROVIDER* legacy = OSSL_PROVIDER_load(context, "legacy");
        QVERIFY(defaults && legacy);
        EVP_CIPHER* des = EVP_CIPHER_fetch(context, "DES-CBC", nullptr);
        QVERIFY(des);
        const ScepRequest req = request();
        const QByteArray leaf = issued();
        auto recipient = x509(req.signerCertificate);
        std::unique_ptr<STACK_OF(X509), P7Free> certs(sk_X509_new_null());
        sk_X509_push(certs.get(), recipient.get());
        const QByteArray content = degenerate({leaf});
        std::unique_ptr<BIO, P7Free> in(BIO_new_mem_buf(content.constData(), int(content.size())));
        P7 p7(PKCS7_encrypt_ex(certs.get(), in.get(), des, PKCS7_BINARY, context, nullptr));
        QVERIFY(p7);
        QCOMPARE(OBJ_obj2nid(p7->d.enveloped->enc_data->algorithm->algorithm), NID_des_cbc);
        const QList<QByteArray> certificates =
            openScepEnvelope(p7Der(p7.get()), [this](const QByteArray& key) {
                return decryptPkcs1(m_card.pkey(), key);
            });
        QCOMPARE(certificates, QList<QByteArray>{leaf});
        p7.reset();
        EVP_CIPHER_free(des);
        OSSL_PROVIDER_unload(legacy);
        OSSL_PROVIDER_unload(defaults);
        OSSL_LIB_CTX_free(context);
    }

    void failureNamesItsFailInfo()
    {
        const ScepRequest req = request();
        CertRepParts parts;
        parts.status = QStringLiteral("2");
        parts.failInfo = QStringLiteral("2");
        parts.recipientNonce = req.senderNonce;
        parts.transactionId = req.transactionId;
        const QByteArray answer = certRep(m_caKey.pkey(), x509(m_caCert).get(), parts);
        if (qEnvironmentVariableIsSet("TPMVSC_SCEP_SEED_DIR"))
            writeFile(QDir(qEnvironmentVariable("TPMVSC_SCEP_SEED_DIR"))
                          .filePath(QStringLiteral("certrep-failure.der")),
                      answer);
        const ScepResponse response = verifyScepResponse(answer, {m_caCert}, req);
        QCOMPARE(response.status, ScepStatus::Failure);
        QCOMPARE(response.failInfo, std::optional<ScepFailInfo>(ScepFailInfo::BadRequest));
        QVERIFY(scepRefusal(response).english().contains(QStringLiteral("badRequest")));

        parts.status = QStringLiteral("3");
        parts.failInfo.clear();
        const ScepResponse pending = verifyScepResponse(
            certRep(m_caKey.pkey(), x509(m_caCert).get(), parts), {m_caCert}, req);
        QCOMPARE(pending.status, ScepStatus::Pending);
        QVERIFY(
            scepRefusal(pending).english().contains(QStringLiteral("polling is not supported")));
    }

    void answerOfAnotherSignerRefused()
    {
        const ScepRequest req = request();
        SoftwareKey other(KeyAlgorithm::Rsa2048);
        IssueOptions o;
        o.isCa = true;
        o.subjectCn = QStringLiteral("Test SCEP CA");
        const QByteArray otherCa = issueCertificate(other.pkey(), other.pkey(), nullptr, o);
        CertRepParts parts;
        parts.recipientNonce = req.senderNonce;
        parts.transactionId = req.transactionId;
        parts.envelope =
            encryptTo(degenerate({issued()}), req.signerCertificate, EVP_aes_128_cbc());
        const QByteArray answer = certRep(other.pkey(), x509(otherCa).get(), parts);
        TPMVSC_EXPECT_ERROR_CONTAINING(verifyScepResponse(answer, {m_caCert}, req),
                                       ErrorCode::InvalidInput,
                                       QStringLiteral("not signed by the CA"));
    }

    void answerToAnotherRequestRefused()
    {
        const ScepRequest req = request();
        const ScepRequest other = request();
        TPMVSC_EXPECT_ERROR_CONTAINING(
            verifyScepResponse(successFor(other, issued()), {m_caCert}, req),
            ErrorCode::InvalidInput, QStringLiteral("nonce"));
        CertRepParts parts;
        parts.recipientNonce = req.senderNonce;
        parts.transactionId = QStringLiteral("OTHER");
        parts.envelope = QByteArray("x");
        TPMVSC_EXPECT_ERROR_CONTAINING(
            verifyScepResponse(certRep(m_caKey.pkey(), x509(m_caCert).get(), parts), {m_caCert},
                               req),
            ErrorCode::InvalidInput, QStringLiteral("another transaction"));
    }

    void junkRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("<html>not found</html>");
        QTest::newRow("certificate") << m_caCert;
        QTest::newRow("degenerate") << degenerate({m_caCert});
    }
    void junkRefused()
    {
        QFETCH(QByteArray, bytes);
        TPMVSC_EXPECT_ERROR(readScepResponse(bytes), ErrorCode::InvalidInput);
        TPMVSC_EXPECT_ERROR(openScepEnvelope(bytes, [](const QByteArray&) { return QByteArray(); }),
                            ErrorCode::InvalidInput);
    }

    void caps()
    {
        const ScepCaps scepserver =
            parseScepCaps("Renewal\nSHA-1\nSHA-256\nAES\nDES3\nSCEPStandard\nPOSTPKIOperation\n");
        QVERIFY(scepserver.postPkiOperation);
        QCOMPARE(scepserver.cipher(), ScepCipher::Aes128Cbc);
        const ScepCaps old = parseScepCaps("DES3\r\nRenewal\r\n");
        QVERIFY(!old.postPkiOperation);
        QCOMPARE(old.cipher(), ScepCipher::Des3Cbc);
        QCOMPARE(parseScepCaps(QByteArray()).cipher(), ScepCipher::Des3Cbc);
        QVERIFY(parseScepCaps("scepstandard").postPkiOperation);
    }

    void caCertificates()
    {
        const ScepCaCertificates single = parseScepCaCertificates(m_caCert);
        QCOMPARE(single.ca, m_caCert);
        QCOMPARE(single.recipient(), m_caCert);
        const QByteArray ra = issued(); // an end-entity certificate stands for the RA
        const ScepCaCertificates withRa = parseScepCaCertificates(degenerate({ra, m_caCert}));
        QCOMPARE(withRa.ca, m_caCert);
        QCOMPARE(withRa.recipient(), ra);
        QCOMPARE(withRa.responders().size(), 2);
        TPMVSC_EXPECT_ERROR(parseScepCaCertificates("junk"), ErrorCode::InvalidInput);

        const ProcessResult r = runOpenssl(
            {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
             QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
            m_caCert);
        QVERIFY(r.out.trimmed().endsWith(certificateFingerprint(m_caCert).toLatin1()));
        const QString typed = certificateFingerprint(m_caCert).toLower().remove(QLatin1Char(':'));
        QCOMPARE(parseFingerprint(typed),
                 QCryptographicHash::hash(m_caCert, QCryptographicHash::Sha256));
        QVERIFY(parseFingerprint(QStringLiteral("12:34")).isEmpty());
    }

    void issuedCertificateChecked()
    {
        SoftwareKey other(KeyAlgorithm::Rsa2048);
        TPMVSC_EXPECT_ERROR_CONTAINING(checkIssuedCertificate(issued(), {}, other.spki(), m_caCert),
                                       ErrorCode::InvalidInput, QStringLiteral("another key"));
        IssueOptions o;
        o.isCa = true;
        const QByteArray otherCa = issueCertificate(other.pkey(), other.pkey(), nullptr, o);
        const QByteArray foreign =
            issueCertificate(m_card.pkey(), other.pkey(), x509(otherCa).get(), IssueOptions());
        TPMVSC_EXPECT_ERROR_CONTAINING(checkIssuedCertificate(foreign, {}, m_card.spki(), m_caCert),
                                       ErrorCode::InvalidInput, QStringLiteral("does not chain"));
    }
};

QTEST_GUILESS_MAIN(TestScepMessage)
#include "test_scep_message.moc"
