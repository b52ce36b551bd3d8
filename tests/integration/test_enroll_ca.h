// A throwaway certificate authority for the enrollment tests, built with OpenSSL's C API
// (independent of enroll/): issues certificates for any SubjectPublicKeyInfo with the
// validity, key usage and extended key usage a test asks for, including the expired,
// not-yet-valid and wrong-usage certificates the bad-input tests need. The main flow's
// CA is made with the `openssl` CLI instead (test_enroll_service.cpp).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdexcept>

namespace tpmvsc::test {

struct OsslFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
};
template <typename T> using Ossl = std::unique_ptr<T, OsslFree>;

struct CertSpec {
    QString subjectCn = QStringLiteral("Test User");
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(365);
    QString keyUsage = QStringLiteral("critical,digitalSignature"); // X509V3 config syntax
    QString extendedKeyUsage = QStringLiteral("clientAuth");        // empty: none
    bool ca = false;
};

inline QByteArray derOf(X509* cert)
{
    unsigned char* out = nullptr;
    const int size = i2d_X509(cert, &out);
    if (size <= 0)
        throw std::runtime_error("i2d_X509");
    QByteArray der(reinterpret_cast<const char*>(out), size);
    OPENSSL_free(out);
    return der;
}

inline QByteArray pemOf(const QByteArray& der)
{
    return "-----BEGIN CERTIFICATE-----\n" + der.toBase64() + "\n-----END CERTIFICATE-----\n";
}

inline Ossl<X509> x509From(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return Ossl<X509>(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
}

inline QByteArray spkiOf(EVP_PKEY* key)
{
    unsigned char* out = nullptr;
    const int size = i2d_PUBKEY(key, &out);
    QByteArray der(reinterpret_cast<const char*>(out), size);
    OPENSSL_free(out);
    return der;
}

class TestCa
{
public:
    explicit TestCa(const QString& name = QStringLiteral("tpmvsc Test CA"),
                    TestCa* parent = nullptr)
        : m_key(EVP_EC_gen("P-256"))
    {
        if (!m_key)
            throw std::runtime_error("EVP_EC_gen");
        CertSpec spec;
        spec.subjectCn = name;
        spec.keyUsage = QStringLiteral("critical,keyCertSign,cRLSign");
        spec.extendedKeyUsage.clear();
        spec.ca = true;
        spec.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
        spec.notAfter = QDateTime::currentDateTimeUtc().addYears(5);
        m_der =
            (parent ? *parent : *this).issue(spkiOf(m_key.get()), spec, parent ? nullptr : this);
        m_cert = x509From(m_der);
    }

    const QByteArray& der() const { return m_der; }
    QByteArray pem() const { return pemOf(m_der); }
    EVP_PKEY* key() const { return m_key.get(); }

    // Issues a certificate for `spki` (DER). `self` is only for the CA's own certificate.
    QByteArray issue(const QByteArray& spki, const CertSpec& spec, TestCa* self = nullptr) const
    {
        const auto* p = reinterpret_cast<const unsigned char*>(spki.constData());
        Ossl<EVP_PKEY> subjectKey(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size())));
        if (!subjectKey)
            throw std::runtime_error("d2i_PUBKEY");
        Ossl<X509> cert(X509_new());
        X509_set_version(cert.get(), 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++m_serial + 1000);
        X509_NAME* subject = X509_get_subject_name(cert.get());
        const QByteArray cn = spec.subjectCn.toUtf8();
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1,
                                   0);
        X509_set_issuer_name(cert.get(), self ? subject : X509_get_subject_name(m_cert.get()));
        ASN1_TIME_set(X509_getm_notBefore(cert.get()), spec.notBefore.toSecsSinceEpoch());
        ASN1_TIME_set(X509_getm_notAfter(cert.get()), spec.notAfter.toSecsSinceEpoch());
        X509_set_pubkey(cert.get(), subjectKey.get());
        X509V3_CTX ctx;
        X509V3_set_ctx(&ctx, self ? cert.get() : m_cert.get(), cert.get(), nullptr, nullptr, 0);
        const auto add = [&](const char* name, const QString& value) {
            if (value.isEmpty())
                return;
            Ossl<X509_EXTENSION> ext(
                X509V3_EXT_conf(nullptr, &ctx, name, value.toLatin1().constData()));
            if (!ext)
                throw std::runtime_error(name);
            X509_add_ext(cert.get(), ext.get(), -1);
        };
        add("basicConstraints",
            spec.ca ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("critical,CA:FALSE"));
        add("keyUsage", spec.keyUsage);
        add("extendedKeyUsage", spec.extendedKeyUsage);
        add("subjectKeyIdentifier", QStringLiteral("hash"));
        if (!X509_sign(cert.get(), m_key.get(), EVP_sha256()))
            throw std::runtime_error("X509_sign");
        return derOf(cert.get());
    }

private:
    Ossl<EVP_PKEY> m_key;
    QByteArray m_der;
    Ossl<X509> m_cert;
    mutable long m_serial = 0;
};

} // namespace tpmvsc::test
