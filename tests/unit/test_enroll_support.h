// Shared by the enroll unit tests: an OpenSSL software key standing in for the card
// (its Signer signs a digest exactly as the TPM would), the openssl CLI as an
// independent checker, and a small certificate issuer with chosen validity, usages and
// issuer, for the import checks.
#pragma once

#include "core/store/CardRecord.h"
#include "enroll/Signer.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimeZone>
#include <memory>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace tpmvsc::test {

struct PkeyFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};

inline const EVP_MD* evpDigest(HashAlgorithm alg)
{
    switch (alg) {
    case HashAlgorithm::Sha256: return EVP_sha256();
    case HashAlgorithm::Sha384: return EVP_sha384();
    case HashAlgorithm::Sha512: return EVP_sha512();
    }
    return nullptr;
}

class SoftwareKey
{
public:
    explicit SoftwareKey(KeyAlgorithm alg)
    {
        switch (alg) {
        case KeyAlgorithm::Rsa2048:
            m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
            break;
        case KeyAlgorithm::Rsa3072:
            m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072)));
            break;
        case KeyAlgorithm::EccP256:
            m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
            break;
        case KeyAlgorithm::EccP384:
            m_key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
            break;
        }
        if (!m_key)
            qFatal("key generation failed");
    }
    EVP_PKEY* pkey() const { return m_key.get(); }

    QByteArray spki() const
    {
        const int len = i2d_PUBKEY(m_key.get(), nullptr);
        QByteArray out(len, '\0');
        auto* p = reinterpret_cast<unsigned char*>(out.data());
        i2d_PUBKEY(m_key.get(), &p);
        return out;
    }

    QByteArray privatePem() const
    {
        BIO* bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        char* data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        QByteArray out(data, len);
        BIO_free(bio);
        return out;
    }

    // Signs a digest as the card does: RSA PKCS#1 v1.5 or PSS (salt = hash size), ECDSA DER.
    QByteArray sign(const QByteArray& digest, HashAlgorithm alg, SignatureScheme padding) const
    {
        std::unique_ptr<EVP_PKEY_CTX, PkeyFree> ctx(EVP_PKEY_CTX_new(m_key.get(), nullptr));
        if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 ||
            EVP_PKEY_CTX_set_signature_md(ctx.get(), evpDigest(alg)) != 1)
            qFatal("sign init failed");
        if (padding == SignatureScheme::RsaPss) {
            EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PSS_PADDING);
            EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx.get(), RSA_PSS_SALTLEN_DIGEST);
        } else if (padding == SignatureScheme::RsaPkcs1v15) {
            EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING);
        }
        size_t len = 0;
        const auto* in = reinterpret_cast<const unsigned char*>(digest.constData());
        if (EVP_PKEY_sign(ctx.get(), nullptr, &len, in, size_t(digest.size())) != 1)
            qFatal("sign size failed");
        QByteArray out(qsizetype(len), '\0');
        if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, in,
                          size_t(digest.size())) != 1)
            qFatal("sign failed");
        out.truncate(qsizetype(len));
        return out;
    }

    Signer signer() const
    {
        return [this](const QByteArray& digest, HashAlgorithm alg, SignatureScheme padding) {
            return sign(digest, alg, padding);
        };
    }

private:
    std::unique_ptr<EVP_PKEY, PkeyFree> m_key;
};

struct ProcessResult {
    int exitCode = -1;
    QByteArray out; // stdout
    QByteArray err;
};

inline ProcessResult runOpenssl(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    ProcessResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray x509Der(X509* x)
{
    const int len = i2d_X509(x, nullptr);
    QByteArray out(len, '\0');
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    i2d_X509(x, &p);
    return out;
}

inline QByteArray toPem(const QByteArray& der, const char* label)
{
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END " + label + "-----\n";
}

// What the test issuer puts into a certificate.
struct IssueOptions {
    QString subjectCn = QStringLiteral("Test");
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(30);
    bool isCa = false;
    QString keyUsage = QStringLiteral("critical,digitalSignature,keyEncipherment"); // empty: none
    QString extendedKeyUsage = QStringLiteral("clientAuth,1.3.6.1.4.1.311.20.2.2"); // empty: none
    QString subjectAltName;                                                         // empty: none
};

// Issues a certificate for `subjectKey` signed by `issuerKey` (self-signed when
// issuerCert is null), with the OpenSSL API so the validity can be anything.
inline QByteArray issueCertificate(EVP_PKEY* subjectKey, EVP_PKEY* issuerKey, X509* issuerCert,
                                   const IssueOptions& o)
{
    std::unique_ptr<X509, PkeyFree> x(X509_new());
    X509_set_version(x.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(x.get()),
                     long(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff));
    X509_NAME* name = X509_get_subject_name(x.get());
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char*>(o.subjectCn.toUtf8().constData()), -1, -1, 0);
    X509_set_issuer_name(x.get(), issuerCert ? X509_get_subject_name(issuerCert) : name);
    ASN1_TIME_set(X509_getm_notBefore(x.get()), time_t(o.notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(x.get()), time_t(o.notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(x.get(), subjectKey);
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuerCert ? issuerCert : x.get(), x.get(), nullptr, nullptr, 0);
    auto addExt = [&](const char* name, const QString& value) {
        if (value.isEmpty())
            return;
        X509_EXTENSION* ext = X509V3_EXT_conf(nullptr, &ctx, name, value.toUtf8().constData());
        if (!ext)
            qFatal("bad extension %s", name);
        X509_add_ext(x.get(), ext, -1);
        X509_EXTENSION_free(ext);
    };
    addExt("basicConstraints",
           o.isCa ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("critical,CA:FALSE"));
    addExt("subjectKeyIdentifier", QStringLiteral("hash"));
    addExt("authorityKeyIdentifier", QStringLiteral("keyid:always"));
    addExt("keyUsage", o.isCa ? QStringLiteral("critical,keyCertSign,cRLSign") : o.keyUsage);
    if (!o.isCa)
        addExt("extendedKeyUsage", o.extendedKeyUsage);
    addExt("subjectAltName", o.subjectAltName);
    if (X509_sign(x.get(), issuerKey, EVP_sha256()) <= 0)
        qFatal("X509_sign failed");
    return x509Der(x.get());
}

inline std::unique_ptr<X509, PkeyFree> parseX509(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return std::unique_ptr<X509, PkeyFree>(d2i_X509(nullptr, &p, der.size()));
}

} // namespace tpmvsc::test
