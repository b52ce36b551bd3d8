// PRIVATE to tpmvsc-enroll's .cpp files (the _p suffix, as in Qt): the only enroll/
// header with OpenSSL types. Public enroll/ headers never include it, so ui/ sees no
// OpenSSL type. Owning pointers, the error queue, and conversions to Qt types.
#pragma once

#include "core/util/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace tpmvsc::ossl {

struct Free {
    void operator()(X509* p) const { X509_free(p); }
    void operator()(X509_REQ* p) const { X509_REQ_free(p); }
    void operator()(X509_NAME* p) const { X509_NAME_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
    void operator()(X509_ALGOR* p) const { X509_ALGOR_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_free(p); }
    void operator()(STACK_OF(X509_EXTENSION) * p) const
    {
        sk_X509_EXTENSION_pop_free(p, X509_EXTENSION_free);
    }
    void operator()(GENERAL_NAMES* p) const { GENERAL_NAMES_free(p); }
    void operator()(EXTENDED_KEY_USAGE* p) const { EXTENDED_KEY_USAGE_free(p); }
    void operator()(ASN1_OBJECT* p) const { ASN1_OBJECT_free(p); }
    void operator()(ASN1_TYPE* p) const { ASN1_TYPE_free(p); }
    // ASN1_STRING is also ASN1_INTEGER, ASN1_BIT_STRING, ASN1_OCTET_STRING, ... (typedefs)
    void operator()(ASN1_STRING* p) const { ASN1_STRING_free(p); }
    void operator()(GENERAL_NAME* p) const { GENERAL_NAME_free(p); }
    void operator()(X509_SIG* p) const { X509_SIG_free(p); }
    void operator()(PKCS8_PRIV_KEY_INFO* p) const { PKCS8_PRIV_KEY_INFO_free(p); }
    void operator()(PKCS12* p) const { PKCS12_free(p); }
    void operator()(X509_CRL* p) const { X509_CRL_free(p); }
    void operator()(OTHERNAME* p) const { OTHERNAME_free(p); }
    void operator()(ECDSA_SIG* p) const { ECDSA_SIG_free(p); }
    void operator()(BASIC_CONSTRAINTS* p) const { BASIC_CONSTRAINTS_free(p); }
    void operator()(AUTHORITY_KEYID* p) const { AUTHORITY_KEYID_free(p); }
    void operator()(RSA_PSS_PARAMS* p) const { RSA_PSS_PARAMS_free(p); }
    void operator()(PKCS7* p) const { PKCS7_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
    void operator()(EVP_CIPHER_CTX* p) const { EVP_CIPHER_CTX_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};
template <typename T> using Owned = std::unique_ptr<T, Free>;

// Empties OpenSSL's thread-local error queue when it goes out of scope, so no error
// of ours is left for the next caller to misread.
class ErrorQueueGuard
{
public:
    ErrorQueueGuard() { ERR_clear_error(); }
    ~ErrorQueueGuard() { ERR_clear_error(); }
    ErrorQueueGuard(const ErrorQueueGuard&) = delete;
    ErrorQueueGuard& operator=(const ErrorQueueGuard&) = delete;
};

// The reason of the oldest queued error ("wrong tag", ...), or empty; clears the queue.
QString takeReason();

// Error(code, "<statement>.") or, when OpenSSL queued a reason, Error(code, "<statement>
// (OpenSSL: reason)."), with the queue cleared. `statement` is a sentence without its
// full stop, which this adds.
[[noreturn]] void fail(ErrorCode code, const Sentence& statement);
// The same with an untranslated technical message (Internal failures), whose final full
// stop makes way for the reason.
[[noreturn]] void fail(ErrorCode code, const QString& message);
// For "cannot happen" failures (allocation, encoding of what we built ourselves).
[[noreturn]] void internal(const char* what);

QByteArray asn1StringBytes(const ASN1_STRING* s);
QString oidText(const ASN1_OBJECT* obj); // dotted, always numeric
Owned<ASN1_OBJECT> oidObject(const QString& dotted);
QDateTime toDateTime(const ASN1_TIME* t); // UTC; invalid when malformed
QString hexUpper(const QByteArray& bytes, char separator = 0);

// Parses a SubjectPublicKeyInfo; null when it is not one.
Owned<EVP_PKEY> publicKeyFromSpki(const QByteArray& spkiDer);
QByteArray spkiOf(const EVP_PKEY* key);

template <typename T, typename F> QByteArray toDer(const T* object, F i2d)
{
    const int len = i2d(object, nullptr);
    if (len <= 0)
        internal("DER encoding");
    QByteArray out(len, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    if (i2d(object, &p) != len)
        internal("DER encoding");
    return out;
}

// d2i that must consume every byte; null otherwise.
template <typename T, typename F> Owned<T> fromDer(const QByteArray& der, F d2i)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    Owned<T> out(d2i(nullptr, &p, der.size()));
    if (out && p != reinterpret_cast<const unsigned char*>(der.constData()) + der.size())
        out.reset();
    return out;
}

} // namespace tpmvsc::ossl
