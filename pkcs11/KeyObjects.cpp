#include "KeyObjects.h"

#include "Mechanisms.h"
#include "core/card/PublicKeyExport.h"
#include "core/tpm/TpmObjects.h"

#include <QCryptographicHash>
#include <QDate>
#include <map>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace tpmvsc::pkcs11 {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

// secp256r1 and secp384r1 as the DER OBJECT IDENTIFIERs PKCS#11 carries in CKA_EC_PARAMS.
const QByteArray kP256Oid = QByteArray::fromHex("06082a8648ce3d030107");
const QByteArray kP384Oid = QByteArray::fromHex("06052b81040022");

QByteArray bignumParam(EVP_PKEY* key, const char* name)
{
    BIGNUM* raw = nullptr;
    if (!EVP_PKEY_get_bn_param(key, name, &raw))
        fail(CKR_GENERAL_ERROR);
    const BnPtr bn(raw);
    QByteArray out(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

template <typename T, int (*I2d)(const T*, unsigned char**)> QByteArray toDer(const T* value)
{
    unsigned char* buffer = nullptr;
    const int length = I2d(value, &buffer);
    if (length < 0)
        fail(CKR_GENERAL_ERROR);
    QByteArray out(reinterpret_cast<const char*>(buffer), length);
    OPENSSL_free(buffer);
    return out;
}

// CK_DATE is "YYYYMMDD" in ASCII.
QByteArray ckDate(const ASN1_TIME* time)
{
    struct tm tm = {};
    if (!time || !ASN1_TIME_to_tm(time, &tm))
        return QByteArray();
    return QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday)
        .toString(QStringLiteral("yyyyMMdd"))
        .toLatin1();
}

QByteArray derOctetString(const QByteArray& content)
{
    QByteArray out(1, '\x04');
    const qsizetype n = content.size();
    if (n < 0x80) {
        out.append(char(n));
    } else if (n < 0x100) {
        out.append('\x81').append(char(n));
    } else {
        out.append('\x82').append(char(n >> 8)).append(char(n & 0xff));
    }
    return out + content;
}

QByteArray mechanismArray(const QList<CK_MECHANISM_TYPE>& mechanisms)
{
    QByteArray out;
    for (CK_MECHANISM_TYPE m : mechanisms)
        out += ulongValue(m);
    return out;
}

void addCommon(AttributeSet& a, const KeyRecord& key, CK_OBJECT_CLASS cls, bool isPrivate)
{
    a.setUlong(CKA_CLASS, cls);
    a.setBool(CKA_TOKEN, true);
    a.setBool(CKA_PRIVATE, isPrivate);
    a.setBool(CKA_MODIFIABLE, false);
    a.setBool(CKA_COPYABLE, false);
    a.set(CKA_LABEL, key.label.toUtf8());
    a.set(CKA_ID, key.id);
}

void addKeyCommon(AttributeSet& a, const KeyRecord& key, const PublicKeyParams& p,
                  const QByteArray& subject)
{
    a.setUlong(CKA_KEY_TYPE, p.rsa ? CKK_RSA : CKK_EC);
    a.set(CKA_START_DATE, QByteArray());
    a.set(CKA_END_DATE, QByteArray());
    a.setBool(CKA_DERIVE, false);
    a.setBool(CKA_LOCAL, p.bornInTpm);
    // Which mechanism made a key that came from elsewhere is not known.
    a.setUlong(CKA_KEY_GEN_MECHANISM,
               p.bornInTpm ? (p.rsa ? CKM_RSA_PKCS_KEY_PAIR_GEN : CKM_EC_KEY_PAIR_GEN)
                           : CK_UNAVAILABLE_INFORMATION);
    a.set(CKA_ALLOWED_MECHANISMS, mechanismArray(keyMechanisms(key.algorithm)));
    a.set(CKA_SUBJECT, subject);
    a.set(CKA_PUBLIC_KEY_INFO, p.subjectPublicKey);
    if (p.rsa) {
        a.set(CKA_MODULUS, p.modulus);
        a.set(CKA_PUBLIC_EXPONENT, p.exponent);
    } else {
        a.set(CKA_EC_PARAMS, p.ecParams);
    }
}

QByteArray certificateSubject(const KeyRecord& key)
{
    if (key.certificate.isEmpty())
        return QByteArray();
    const auto* der = reinterpret_cast<const unsigned char*>(key.certificate.constData());
    const X509Ptr cert(d2i_X509(nullptr, &der, long(key.certificate.size())));
    if (!cert)
        return QByteArray();
    return toDer<X509_NAME, i2d_X509_NAME>(X509_get_subject_name(cert.get()));
}

void addCertificate(AttributeSet& a, const KeyRecord& key)
{
    const auto* der = reinterpret_cast<const unsigned char*>(key.certificate.constData());
    const X509Ptr cert(d2i_X509(nullptr, &der, long(key.certificate.size())));
    if (!cert)
        fail(CKR_DEVICE_ERROR); // the store only keeps certificates that parsed
    a.setUlong(CKA_CERTIFICATE_TYPE, CKC_X_509);
    a.setBool(CKA_TRUSTED, false);
    a.setBool(CKA_DESTROYABLE, true);
    a.setUlong(CKA_CERTIFICATE_CATEGORY, 1); // token user
    a.set(CKA_CHECK_VALUE,
          QCryptographicHash::hash(key.certificate, QCryptographicHash::Sha1).left(3));
    a.set(CKA_START_DATE, ckDate(X509_get0_notBefore(cert.get())));
    a.set(CKA_END_DATE, ckDate(X509_get0_notAfter(cert.get())));
    a.set(CKA_SUBJECT, toDer<X509_NAME, i2d_X509_NAME>(X509_get_subject_name(cert.get())));
    a.set(CKA_ISSUER, toDer<X509_NAME, i2d_X509_NAME>(X509_get_issuer_name(cert.get())));
    a.set(CKA_SERIAL_NUMBER,
          toDer<ASN1_INTEGER, i2d_ASN1_INTEGER>(X509_get0_serialNumber(cert.get())));
    a.set(CKA_VALUE, key.certificate);
    a.set(CKA_URL, QByteArray());
    a.set(CKA_HASH_OF_SUBJECT_PUBLIC_KEY, QByteArray());
    a.set(CKA_HASH_OF_ISSUER_PUBLIC_KEY, QByteArray());
    a.setUlong(CKA_JAVA_MIDP_SECURITY_DOMAIN, 0);
    a.setUlong(CKA_NAME_HASH_ALGORITHM, CKM_SHA_1);
    a.set(CKA_PUBLIC_KEY_INFO, publicKeyParams(key).subjectPublicKey);
}

} // namespace

QByteArray curveOid(KeyAlgorithm algorithm)
{
    return algorithm == KeyAlgorithm::EccP384 ? kP384Oid : kP256Oid;
}

std::optional<KeyAlgorithm> curveFromOid(const QByteArray& der)
{
    if (der == kP256Oid)
        return KeyAlgorithm::EccP256;
    if (der == kP384Oid)
        return KeyAlgorithm::EccP384;
    return std::nullopt;
}

namespace {
PublicKeyParams parsePublicKey(const KeyRecord& key);
AttributeSet buildAttributes(const KeyRecord& key, ObjectKind kind);
constexpr std::size_t kCachedKeys = 4096;
} // namespace

PublicKeyParams publicKeyParams(const KeyRecord& key)
{
    // Every signature starts here (C_SignInit): the parse is done once per key. Entry
    // points run under the module's lock, so this cache needs none of its own.
    static std::map<QByteArray, PublicKeyParams> cache;
    const auto cached = cache.find(key.blob.publicArea);
    if (cached != cache.end())
        return cached->second;
    // Bounded against a process that meets keys without end; far above what one user's
    // cards hold (30 keys each), so a lister of many cards never thrashes it.
    if (cache.size() >= kCachedKeys)
        cache.clear();
    return cache[key.blob.publicArea] = parsePublicKey(key);
}

namespace {
PublicKeyParams parsePublicKey(const KeyRecord& key)
{
    PublicKeyParams p;
    // What the TPM itself says about the key, not what the card's own code would have
    // asked for: a blob made elsewhere and imported carries other attributes.
    const TPMA_OBJECT attributes = unmarshalPublic(key.blob.publicArea).publicArea.objectAttributes;
    p.bornInTpm =
        (attributes & TPMA_OBJECT_FIXEDTPM) && (attributes & TPMA_OBJECT_SENSITIVEDATAORIGIN);
    p.subjectPublicKey = publicKeyInfo(key.blob.publicArea, false);
    const auto* der = reinterpret_cast<const unsigned char*>(p.subjectPublicKey.constData());
    const PkeyPtr pkey(d2i_PUBKEY(nullptr, &der, long(p.subjectPublicKey.size())));
    if (!pkey)
        fail(CKR_DEVICE_ERROR);
    p.rsa = isRsa(key.algorithm);
    p.bits = EVP_PKEY_get_bits(pkey.get());
    if (p.rsa) {
        p.modulus = bignumParam(pkey.get(), OSSL_PKEY_PARAM_RSA_N);
        p.exponent = bignumParam(pkey.get(), OSSL_PKEY_PARAM_RSA_E);
    } else {
        p.ecParams = curveOid(key.algorithm);
        std::size_t length = 0;
        EVP_PKEY_get_octet_string_param(pkey.get(), OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0, &length);
        p.ecPoint.resize(qsizetype(length));
        if (!EVP_PKEY_get_octet_string_param(pkey.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                             reinterpret_cast<unsigned char*>(p.ecPoint.data()),
                                             length, &length))
            fail(CKR_DEVICE_ERROR);
    }
    return p;
}
} // namespace

QList<ObjectKind> objectKinds(const KeyRecord& key)
{
    QList<ObjectKind> kinds{ObjectKind::PrivateKey, ObjectKind::PublicKey};
    if (!key.certificate.isEmpty())
        kinds.append(ObjectKind::Certificate);
    return kinds;
}

AttributeSet objectAttributes(const KeyRecord& key, ObjectKind kind)
{
    // C_FindObjectsInit builds every object's attributes to match a template, so a program
    // listing many cards would parse every key and certificate again on each search. Kept
    // per what the attributes are made of; entry points run under the module's lock.
    using Key = std::tuple<ObjectKind, QByteArray, QString, KeyAlgorithm, QByteArray, QByteArray>;
    static std::map<Key, AttributeSet> cache;
    Key cacheKey{kind, key.id, key.label, key.algorithm, key.blob.publicArea, key.certificate};
    const auto cached = cache.find(cacheKey);
    if (cached != cache.end())
        return cached->second;
    if (cache.size() >= 3 * kCachedKeys)
        cache.clear();
    return cache[std::move(cacheKey)] = buildAttributes(key, kind);
}

namespace {
AttributeSet buildAttributes(const KeyRecord& key, ObjectKind kind)
{
    AttributeSet a;
    switch (kind) {
    case ObjectKind::PrivateKey: {
        const PublicKeyParams p = publicKeyParams(key);
        addCommon(a, key, CKO_PRIVATE_KEY, true);
        addKeyCommon(a, key, p, certificateSubject(key));
        a.setBool(CKA_DESTROYABLE, true);
        a.setBool(CKA_SENSITIVE, true);
        a.setBool(CKA_ALWAYS_SENSITIVE, p.bornInTpm);
        a.setBool(CKA_EXTRACTABLE, false);
        a.setBool(CKA_NEVER_EXTRACTABLE, p.bornInTpm);
        a.setBool(CKA_SIGN, true);
        a.setBool(CKA_SIGN_RECOVER, false);
        a.setBool(CKA_DECRYPT, p.rsa);
        a.setBool(CKA_UNWRAP, false);
        a.setBool(CKA_WRAP_WITH_TRUSTED, false);
        a.setBool(CKA_ALWAYS_AUTHENTICATE, false);
        const CK_ATTRIBUTE_TYPE rsaSecrets[] = {CKA_PRIVATE_EXPONENT, CKA_PRIME_1,
                                                CKA_PRIME_2,          CKA_EXPONENT_1,
                                                CKA_EXPONENT_2,       CKA_COEFFICIENT};
        if (p.rsa) {
            for (CK_ATTRIBUTE_TYPE t : rsaSecrets)
                a.setSensitive(t);
        } else {
            a.setSensitive(CKA_VALUE);
        }
        break;
    }
    case ObjectKind::PublicKey: {
        const PublicKeyParams p = publicKeyParams(key);
        addCommon(a, key, CKO_PUBLIC_KEY, false);
        addKeyCommon(a, key, p, certificateSubject(key));
        a.setBool(CKA_DESTROYABLE, false); // it goes with its private key
        a.setBool(CKA_ENCRYPT, p.rsa);
        a.setBool(CKA_VERIFY, true);
        a.setBool(CKA_VERIFY_RECOVER, false);
        a.setBool(CKA_WRAP, false);
        a.setBool(CKA_TRUSTED, false);
        if (p.rsa)
            a.setUlong(CKA_MODULUS_BITS, CK_ULONG(p.bits));
        else
            a.set(CKA_EC_POINT, derOctetString(p.ecPoint));
        break;
    }
    case ObjectKind::Certificate:
        addCommon(a, key, CKO_CERTIFICATE, false);
        addCertificate(a, key);
        break;
    }
    return a;
}
} // namespace

} // namespace tpmvsc::pkcs11
