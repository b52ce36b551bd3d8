// The TPM structure reader of enrollment, on structures marshalled here by hand after
// TPM 2.0 Part 2: what it reads, the Name and key it derives (compared with OpenSSL's
// own encoding of the same key), and every truncation, trailing byte, oversized buffer
// and unknown algorithm refused.
#include "enroll/TpmStructures.h"
#include "tests/support/ExpectError.h"

#include <QCryptographicHash>
#include <QTest>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace tpmvsc;
using namespace tpmvsc::tpm2;

namespace {

QByteArray u8(quint8 v)
{
    return QByteArray(1, char(v));
}

QByteArray u16(quint16 v)
{
    return u8(quint8(v >> 8)) + u8(quint8(v & 0xff));
}

QByteArray u32(quint32 v)
{
    return u16(quint16(v >> 16)) + u16(quint16(v & 0xffff));
}

QByteArray u64(quint64 v)
{
    return u32(quint32(v >> 32)) + u32(quint32(v & 0xffffffff));
}

QByteArray sized(const QByteArray& b)
{
    return u16(quint16(b.size())) + b;
}

QByteArray bignum(const EVP_PKEY* key, const char* name, int size)
{
    BIGNUM* bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    QByteArray out(size, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), size);
    BN_free(bn);
    return out;
}

QByteArray spkiOf(const EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(key, &der);
    const QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

constexpr quint32 kSigningKey = kFixedTpm | kFixedParent | kSensitiveDataOrigin | kSign;

QByteArray eccPublic(const QByteArray& x, const QByteArray& y, const QByteArray& policy = {})
{
    return u16(kAlgEcc) + u16(kAlgSha256) + u32(kSigningKey) + sized(policy) + u16(kAlgNull) +
           u16(kAlgEcdsa) + u16(kAlgSha256) + u16(kEccNistP256) + u16(kAlgNull) + sized(x) +
           sized(y);
}

QByteArray rsaPublic(const QByteArray& modulus)
{
    return u16(kAlgRsa) + u16(kAlgSha256) + u32(kSigningKey) + sized({}) + u16(kAlgNull) +
           u16(kAlgRsassa) + u16(kAlgSha256) + u16(2048) + u32(0) + sized(modulus);
}

QByteArray attest(quint16 type, const QByteArray& extraData, const QByteArray& attested)
{
    return u32(kGeneratedValue) + u16(type) + sized(u16(kAlgSha256) + QByteArray(32, 's')) +
           sized(extraData) + u64(1234) + u32(5) + u32(6) + u8(1) + u64(0x0102030405060708) +
           attested;
}

QByteArray certifyInfo()
{
    return sized(u16(kAlgSha256) + QByteArray(32, 'n')) +
           sized(u16(kAlgSha256) + QByteArray(32, 'q'));
}

// Every proper prefix refused as too short.
template <typename Parse> void refusesEveryTruncation(const QByteArray& whole, Parse parse)
{
    for (qsizetype n = 0; n < whole.size(); ++n) {
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(parse(whole.first(n)), ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("ends too early")),
                 qPrintable(QString::number(n) + QLatin1Char(' ') + message));
    }
}

} // namespace

class TestTpmStructures : public QObject
{
    Q_OBJECT

    EVP_PKEY* m_ec = nullptr;
    EVP_PKEY* m_rsa = nullptr;

    QByteArray ecX() const { return bignum(m_ec, OSSL_PKEY_PARAM_EC_PUB_X, 32); }
    QByteArray ecY() const { return bignum(m_ec, OSSL_PKEY_PARAM_EC_PUB_Y, 32); }

private Q_SLOTS:
    void initTestCase()
    {
        m_ec = EVP_EC_gen("P-256");
        m_rsa = EVP_RSA_gen(2048);
        QVERIFY(m_ec && m_rsa);
    }

    void cleanupTestCase()
    {
        EVP_PKEY_free(m_ec);
        EVP_PKEY_free(m_rsa);
    }

    void eccPublicArea()
    {
        const QByteArray bytes = eccPublic(ecX(), ecY());
        const Public p = parsePublic(bytes);
        QCOMPARE(p.type, kAlgEcc);
        QCOMPARE(p.nameAlg, kAlgSha256);
        QCOMPARE(p.objectAttributes, kSigningKey);
        QCOMPARE(p.scheme, kAlgEcdsa);
        QCOMPARE(p.curve, kEccNistP256);
        QCOMPARE(p.bytes, bytes);
        QCOMPARE(nameOf(p),
                 u16(kAlgSha256) + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        QCOMPARE(subjectPublicKeyInfo(p), spkiOf(m_ec));
        // A coordinate without its leading zero bytes is the same number.
        QByteArray x = ecX();
        x[0] = 0;
        QVERIFY(parsePublic(eccPublic(x.mid(1), ecY())).x.size() == 31);
    }

    void rsaPublicArea()
    {
        const Public p = parsePublic(rsaPublic(bignum(m_rsa, OSSL_PKEY_PARAM_RSA_N, 256)));
        QCOMPARE(p.type, kAlgRsa);
        QCOMPARE(p.keyBits, quint16(2048));
        QCOMPARE(p.exponent, 0u); // the default exponent, 65537
        QCOMPARE(subjectPublicKeyInfo(p), spkiOf(m_rsa));
    }

    void publicAreaRefusals()
    {
        const QByteArray good = eccPublic(ecX(), ecY());
        refusesEveryTruncation(good, parsePublic);
        refusesEveryTruncation(rsaPublic(QByteArray(256, 'm')), parsePublic);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(parsePublic(good + '\0'), ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("1 bytes after its end")), qPrintable(message));
        TPMVSC_EXPECT_ERROR_MSG(parsePublic(eccPublic(ecX(), ecY(), QByteArray(65, 'p'))),
                                ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("authPolicy")) &&
                     message.contains(QStringLiteral("at most 64")),
                 qPrintable(message));
        TPMVSC_EXPECT_ERROR_MSG(parsePublic(rsaPublic(QByteArray(513, 'm'))),
                                ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("at most 512")), qPrintable(message));
        // A keyed-hash object, a NULL name algorithm, an unknown scheme.
        QByteArray other = good;
        other[1] = char(0x08);
        TPMVSC_EXPECT_ERROR_MSG(parsePublic(other), ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("type 0x0008")), qPrintable(message));
        other = good;
        other[3] = char(kAlgNull);
        TPMVSC_EXPECT_ERROR_MSG(parsePublic(other), ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("nameAlg 0x0010")), qPrintable(message));
        other = good;
        other[13] = char(0x7f); // the scheme, after type, nameAlg, attributes, policy, symmetric
        TPMVSC_EXPECT_ERROR_MSG(parsePublic(other), ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("scheme 0x007f")), qPrintable(message));
        // Well formed, but not a key: a coordinate longer than the curve, a point off it.
        TPMVSC_EXPECT_ERROR(subjectPublicKeyInfo(parsePublic(eccPublic(u8(1) + ecX(), ecY()))),
                            ErrorCode::InvalidInput);
        QByteArray y = ecY();
        y[31] = char(y.at(31) ^ 1);
        TPMVSC_EXPECT_ERROR(subjectPublicKeyInfo(parsePublic(eccPublic(ecX(), y))),
                            ErrorCode::InvalidInput);
    }

    void attestStructure()
    {
        const QByteArray bytes = attest(kStAttestCertify, "nonce", certifyInfo());
        const Attest a = parseAttest(bytes);
        QCOMPARE(a.magic, kGeneratedValue);
        QCOMPARE(a.type, kStAttestCertify);
        QCOMPARE(a.extraData, QByteArray("nonce"));
        QCOMPARE(a.clock, quint64(1234));
        QCOMPARE(a.resetCount, 5u);
        QCOMPARE(a.restartCount, 6u);
        QVERIFY(a.safe);
        QCOMPARE(a.firmwareVersion, quint64(0x0102030405060708));
        QCOMPARE(a.certifiedName, u16(kAlgSha256) + QByteArray(32, 'n'));
        QCOMPARE(a.certifiedQualifiedName, u16(kAlgSha256) + QByteArray(32, 'q'));
        refusesEveryTruncation(bytes, parseAttest);
        TPMVSC_EXPECT_ERROR(parseAttest(bytes + 'x'), ErrorCode::InvalidInput);
        TPMVSC_EXPECT_ERROR(
            parseAttest(attest(kStAttestCertify, QByteArray(67, 'e'), certifyInfo())),
            ErrorCode::InvalidInput);
        QByteArray unsafe = bytes;
        unsafe[6 + 34 + 2 + 2 + 5 + 16] = char(2); // safe is a TPMI_YES_NO
        TPMVSC_EXPECT_ERROR(parseAttest(unsafe), ErrorCode::InvalidInput);
        // Another type: its attested union is kept unread, for the verifier to refuse.
        const Attest quote = parseAttest(attest(0x8018, {}, "pcr digest"));
        QCOMPARE(quote.type, quint16(0x8018));
        QCOMPARE(quote.otherAttested, QByteArray("pcr digest"));
        QVERIFY(quote.certifiedName.isEmpty());
    }

    void signatures()
    {
        const QByteArray r(32, '\x81'), s = QByteArray(31, '\x22');
        const QByteArray ecdsa = u16(kAlgEcdsa) + u16(kAlgSha256) + sized(r) + sized(s);
        const Signature sig = parseSignature(ecdsa);
        QCOMPARE(sig.sigAlg, kAlgEcdsa);
        QCOMPARE(sig.hash, kAlgSha256);
        ECDSA_SIG* expected = ECDSA_SIG_new();
        ECDSA_SIG_set0(
            expected, BN_bin2bn(reinterpret_cast<const unsigned char*>(r.constData()), 32, nullptr),
            BN_bin2bn(reinterpret_cast<const unsigned char*>(s.constData()), 31, nullptr));
        unsigned char* der = nullptr;
        const int len = i2d_ECDSA_SIG(expected, &der);
        QCOMPARE(signatureBytes(sig), QByteArray(reinterpret_cast<const char*>(der), len));
        OPENSSL_free(der);
        ECDSA_SIG_free(expected);
        refusesEveryTruncation(ecdsa, parseSignature);
        TPMVSC_EXPECT_ERROR(parseSignature(ecdsa + '\0'), ErrorCode::InvalidInput);

        const QByteArray rsassa = u16(kAlgRsassa) + u16(kAlgSha256) + sized(QByteArray(256, 'r'));
        QCOMPARE(signatureBytes(parseSignature(rsassa)), QByteArray(256, 'r'));
        refusesEveryTruncation(rsassa, parseSignature);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(parseSignature(u16(kAlgRsapss) + u16(kAlgSha256) + sized("x")),
                                ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("sigAlg 0x0016")), qPrintable(message));
        TPMVSC_EXPECT_ERROR(parseSignature(u16(kAlgEcdsa) + u16(kAlgSha256) +
                                           sized(QByteArray(129, 'r')) + sized(s)),
                            ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestTpmStructures)
#include "test_tpm_structures.moc"
