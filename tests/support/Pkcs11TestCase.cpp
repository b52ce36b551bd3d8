#include "Pkcs11TestCase.h"

#include "ProcessRun.h"

#include <QFile>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>

namespace tpmvsc::test {

namespace {

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

struct Names {
    CK_RV rv;
    const char* name;
};

#define TPMVSC_CKR(x)                                                                              \
    {                                                                                              \
        x, #x                                                                                      \
    }
const Names kRvNames[] = {
    TPMVSC_CKR(CKR_OK),
    TPMVSC_CKR(CKR_CANCEL),
    TPMVSC_CKR(CKR_HOST_MEMORY),
    TPMVSC_CKR(CKR_SLOT_ID_INVALID),
    TPMVSC_CKR(CKR_GENERAL_ERROR),
    TPMVSC_CKR(CKR_FUNCTION_FAILED),
    TPMVSC_CKR(CKR_ARGUMENTS_BAD),
    TPMVSC_CKR(CKR_NO_EVENT),
    TPMVSC_CKR(CKR_NEED_TO_CREATE_THREADS),
    TPMVSC_CKR(CKR_CANT_LOCK),
    TPMVSC_CKR(CKR_ATTRIBUTE_READ_ONLY),
    TPMVSC_CKR(CKR_ATTRIBUTE_SENSITIVE),
    TPMVSC_CKR(CKR_ATTRIBUTE_TYPE_INVALID),
    TPMVSC_CKR(CKR_ATTRIBUTE_VALUE_INVALID),
    TPMVSC_CKR(CKR_ACTION_PROHIBITED),
    TPMVSC_CKR(CKR_DATA_INVALID),
    TPMVSC_CKR(CKR_DATA_LEN_RANGE),
    TPMVSC_CKR(CKR_DEVICE_ERROR),
    TPMVSC_CKR(CKR_DEVICE_MEMORY),
    TPMVSC_CKR(CKR_DEVICE_REMOVED),
    TPMVSC_CKR(CKR_ENCRYPTED_DATA_INVALID),
    TPMVSC_CKR(CKR_ENCRYPTED_DATA_LEN_RANGE),
    TPMVSC_CKR(CKR_FUNCTION_CANCELED),
    TPMVSC_CKR(CKR_FUNCTION_NOT_PARALLEL),
    TPMVSC_CKR(CKR_FUNCTION_NOT_SUPPORTED),
    TPMVSC_CKR(CKR_KEY_HANDLE_INVALID),
    TPMVSC_CKR(CKR_KEY_SIZE_RANGE),
    TPMVSC_CKR(CKR_KEY_TYPE_INCONSISTENT),
    TPMVSC_CKR(CKR_KEY_FUNCTION_NOT_PERMITTED),
    TPMVSC_CKR(CKR_MECHANISM_INVALID),
    TPMVSC_CKR(CKR_MECHANISM_PARAM_INVALID),
    TPMVSC_CKR(CKR_OBJECT_HANDLE_INVALID),
    TPMVSC_CKR(CKR_OPERATION_ACTIVE),
    TPMVSC_CKR(CKR_OPERATION_NOT_INITIALIZED),
    TPMVSC_CKR(CKR_PIN_INCORRECT),
    TPMVSC_CKR(CKR_PIN_INVALID),
    TPMVSC_CKR(CKR_PIN_LEN_RANGE),
    TPMVSC_CKR(CKR_PIN_EXPIRED),
    TPMVSC_CKR(CKR_PIN_LOCKED),
    TPMVSC_CKR(CKR_SESSION_CLOSED),
    TPMVSC_CKR(CKR_SESSION_COUNT),
    TPMVSC_CKR(CKR_SESSION_HANDLE_INVALID),
    TPMVSC_CKR(CKR_SESSION_PARALLEL_NOT_SUPPORTED),
    TPMVSC_CKR(CKR_SESSION_READ_ONLY),
    TPMVSC_CKR(CKR_SESSION_EXISTS),
    TPMVSC_CKR(CKR_SESSION_READ_ONLY_EXISTS),
    TPMVSC_CKR(CKR_SESSION_READ_WRITE_SO_EXISTS),
    TPMVSC_CKR(CKR_SIGNATURE_INVALID),
    TPMVSC_CKR(CKR_SIGNATURE_LEN_RANGE),
    TPMVSC_CKR(CKR_TEMPLATE_INCOMPLETE),
    TPMVSC_CKR(CKR_TEMPLATE_INCONSISTENT),
    TPMVSC_CKR(CKR_TOKEN_NOT_PRESENT),
    TPMVSC_CKR(CKR_TOKEN_NOT_RECOGNIZED),
    TPMVSC_CKR(CKR_TOKEN_WRITE_PROTECTED),
    TPMVSC_CKR(CKR_USER_ALREADY_LOGGED_IN),
    TPMVSC_CKR(CKR_USER_NOT_LOGGED_IN),
    TPMVSC_CKR(CKR_USER_PIN_NOT_INITIALIZED),
    TPMVSC_CKR(CKR_USER_TYPE_INVALID),
    TPMVSC_CKR(CKR_USER_ANOTHER_ALREADY_LOGGED_IN),
    TPMVSC_CKR(CKR_USER_TOO_MANY_TYPES),
    TPMVSC_CKR(CKR_RANDOM_SEED_NOT_SUPPORTED),
    TPMVSC_CKR(CKR_RANDOM_NO_RNG),
    TPMVSC_CKR(CKR_DOMAIN_PARAMS_INVALID),
    TPMVSC_CKR(CKR_CURVE_NOT_SUPPORTED),
    TPMVSC_CKR(CKR_BUFFER_TOO_SMALL),
    TPMVSC_CKR(CKR_SAVED_STATE_INVALID),
    TPMVSC_CKR(CKR_INFORMATION_SENSITIVE),
    TPMVSC_CKR(CKR_STATE_UNSAVEABLE),
    TPMVSC_CKR(CKR_CRYPTOKI_NOT_INITIALIZED),
    TPMVSC_CKR(CKR_CRYPTOKI_ALREADY_INITIALIZED),
    TPMVSC_CKR(CKR_MUTEX_BAD),
    TPMVSC_CKR(CKR_MUTEX_NOT_LOCKED),
    TPMVSC_CKR(CKR_PIN_TOO_WEAK),
    TPMVSC_CKR(CKR_PUBLIC_KEY_INVALID),
    TPMVSC_CKR(CKR_FUNCTION_REJECTED),
};
#undef TPMVSC_CKR

QByteArray hashWith(const EVP_MD* md, const QByteArray& message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!md || !EVP_Digest(message.constData(), static_cast<size_t>(message.size()), out, &size, md,
                           nullptr))
        return QByteArray();
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<int>(size));
}

// r||s (equal halves) to the DER OpenSSL verifies; empty for an odd or empty input.
QByteArray ecdsaDer(const QByteArray& raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0)
        return QByteArray();
    const int half = static_cast<int>(raw.size() / 2);
    ECDSA_SIG* sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes(raw), half, nullptr),
                   BN_bin2bn(bytes(raw) + half, half, nullptr));
    unsigned char* der = nullptr;
    const int size = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    QByteArray out(reinterpret_cast<const char*>(der), size > 0 ? size : 0);
    OPENSSL_free(der);
    return out;
}

bool setPss(EVP_PKEY_CTX* ctx, const SignCase& c, const EVP_MD* md)
{
    if (!c.rsa)
        return true;
    if (!c.pss)
        return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0;
    return EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PSS_PADDING) > 0 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, md) > 0 &&
           EVP_PKEY_CTX_set_rsa_pss_saltlen(ctx, static_cast<int>(c.saltLength)) > 0;
}

EvpKey keyFromParams(const char* type, OSSL_PARAM_BLD* bld)
{
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    EVP_PKEY* key = nullptr;
    if (params && ctx && EVP_PKEY_fromdata_init(ctx) > 0)
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return EvpKey(key);
}

} // namespace

QByteArray ckrName(CK_RV rv)
{
    for (const Names& n : kRvNames) {
        if (n.rv == rv)
            return n.name;
    }
    return "CKR_0x" + QByteArray::number(static_cast<qulonglong>(rv), 16);
}

bool rvIn(CK_RV rv, std::initializer_list<CK_RV> allowed)
{
    for (CK_RV a : allowed) {
        if (a == rv)
            return true;
    }
    return false;
}

void Deviations::rv(const QString& call, CK_RV actual, CK_RV expected)
{
    if (actual != expected)
        m_lines << QStringLiteral("%1: expected %2, got %3")
                       .arg(call, QLatin1String(ckrName(expected)), QLatin1String(ckrName(actual)));
}

void Deviations::rvIn(const QString& call, CK_RV actual, const QList<CK_RV>& allowed)
{
    if (allowed.contains(actual))
        return;
    QStringList names;
    for (CK_RV a : allowed)
        names << QLatin1String(ckrName(a));
    m_lines << QStringLiteral("%1: expected one of %2, got %3")
                   .arg(call, names.join(QLatin1Char('/')), QLatin1String(ckrName(actual)));
}

void Deviations::check(bool ok, const QString& what)
{
    if (!ok)
        m_lines << what;
}

QString Deviations::report() const
{
    return QStringLiteral("%1 deviation(s):\n  ").arg(m_lines.size()) +
           m_lines.join(QStringLiteral("\n  "));
}

Template& Template::add(CK_ATTRIBUTE_TYPE type, const QByteArray& value)
{
    m_types.push_back(type);
    m_values.push_back(value);
    return *this;
}

Template& Template::addUlong(CK_ATTRIBUTE_TYPE type, CK_ULONG value)
{
    return add(type, ulongBytes(value));
}

Template& Template::addBool(CK_ATTRIBUTE_TYPE type, bool value)
{
    const CK_BBOOL b = value ? CK_TRUE : CK_FALSE;
    return add(type, QByteArray(reinterpret_cast<const char*>(&b), sizeof b));
}

CK_ATTRIBUTE* Template::data()
{
    m_attributes.clear();
    for (std::size_t i = 0; i < m_types.size(); ++i)
        m_attributes.push_back(CK_ATTRIBUTE{m_types[i], m_values[i].data(),
                                            static_cast<CK_ULONG>(m_values[i].size())});
    return m_attributes.empty() ? nullptr : m_attributes.data();
}

QByteArray ulongBytes(CK_ULONG value)
{
    return QByteArray(reinterpret_cast<const char*>(&value), sizeof value);
}

CK_ULONG ulongOf(const QByteArray& bytes)
{
    CK_ULONG v = 0;
    if (bytes.size() == sizeof v)
        std::memcpy(&v, bytes.constData(), sizeof v);
    return v;
}

QByteArray ecParamsP256()
{
    return QByteArray::fromHex("06082a8648ce3d030107");
}

QByteArray ecParamsP384()
{
    return QByteArray::fromHex("06052b81040022");
}

QByteArray hashOf(const char* mdName, const QByteArray& message)
{
    return hashWith(EVP_get_digestbyname(mdName), message);
}

QByteArray digestInfoSha256(const QByteArray& message)
{
    // DER prefix of DigestInfo { sha256, NULL }, RFC 8017 section 9.2 note 1.
    return QByteArray::fromHex("3031300d060960864801650304020105000420") +
           hashOf("SHA256", message);
}

CK_RV attributeValue(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object,
                     CK_ATTRIBUTE_TYPE type, QByteArray* value)
{
    CK_ATTRIBUTE a{type, nullptr, 0};
    CK_RV rv = p11->C_GetAttributeValue(session, object, &a, 1);
    if (rv != CKR_OK)
        return rv;
    if (a.ulValueLen == CK_UNAVAILABLE_INFORMATION)
        return CKR_GENERAL_ERROR; // CKR_OK with no size breaks the two-call convention
    value->resize(static_cast<qsizetype>(a.ulValueLen));
    a.pValue = value->data();
    rv = p11->C_GetAttributeValue(session, object, &a, 1);
    if (rv == CKR_OK)
        value->resize(static_cast<qsizetype>(a.ulValueLen));
    return rv;
}

CK_RV findObjects(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, Template templ,
                  QList<CK_OBJECT_HANDLE>* found)
{
    found->clear();
    CK_RV rv = p11->C_FindObjectsInit(session, templ.data(), templ.size());
    if (rv != CKR_OK)
        return rv;
    CK_OBJECT_HANDLE chunk[8];
    for (;;) {
        CK_ULONG count = 0;
        rv = p11->C_FindObjects(session, chunk, 8, &count);
        if (rv != CKR_OK) {
            p11->C_FindObjectsFinal(session);
            return rv;
        }
        if (count == 0)
            break;
        for (CK_ULONG i = 0; i < count; ++i)
            found->append(chunk[i]);
    }
    return p11->C_FindObjectsFinal(session);
}

CK_RV login(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, CK_USER_TYPE user, const char* pin)
{
    QByteArray bytes(pin);
    return p11->C_Login(session, user, reinterpret_cast<CK_UTF8CHAR*>(bytes.data()),
                        static_cast<CK_ULONG>(bytes.size()));
}

namespace {

// C_SignInit or C_DecryptInit, then the single-part call twice: NULL for the size, then
// a buffer of that size.
CK_RV initAndRun(CK_C_SignInit init, CK_C_Sign run, CK_SESSION_HANDLE session,
                 CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key, const QByteArray& input,
                 QByteArray* output)
{
    CK_RV rv = init(session, mechanism, key);
    if (rv != CKR_OK)
        return rv;
    QByteArray in = input;
    CK_ULONG size = 0;
    rv = run(session, ckBytes(in), ckLen(in), nullptr, &size);
    if (rv != CKR_OK)
        return rv;
    output->resize(static_cast<qsizetype>(size));
    rv = run(session, ckBytes(in), ckLen(in), ckBytes(*output), &size);
    if (rv == CKR_OK)
        output->resize(static_cast<qsizetype>(size));
    return rv;
}

} // namespace

CK_RV sign(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, CK_MECHANISM* mechanism,
           CK_OBJECT_HANDLE key, const QByteArray& data, QByteArray* signature)
{
    return initAndRun(p11->C_SignInit, p11->C_Sign, session, mechanism, key, data, signature);
}

CK_RV decrypt(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, CK_MECHANISM* mechanism,
              CK_OBJECT_HANDLE key, const QByteArray& ciphertext, QByteArray* plaintext)
{
    return initAndRun(p11->C_DecryptInit, p11->C_Decrypt, session, mechanism, key, ciphertext,
                      plaintext);
}

CK_RV tokenFlags(CK_FUNCTION_LIST* p11, CK_SLOT_ID slot, CK_FLAGS* flags)
{
    CK_TOKEN_INFO info;
    const CK_RV rv = p11->C_GetTokenInfo(slot, &info);
    *flags = rv == CKR_OK ? info.flags : 0;
    return rv;
}

void EvpKeyFree::operator()(EVP_PKEY* key) const
{
    EVP_PKEY_free(key);
}

EvpKey evpFromSpki(const QByteArray& der)
{
    const unsigned char* p = bytes(der);
    return EvpKey(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
}

CK_RV publicKeyOf(CK_FUNCTION_LIST* p11, CK_SESSION_HANDLE session, CK_OBJECT_HANDLE publicKey,
                  EvpKey* key)
{
    QByteArray type;
    CK_RV rv = attributeValue(p11, session, publicKey, CKA_KEY_TYPE, &type);
    if (rv != CKR_OK)
        return rv;
    OSSL_PARAM_BLD* bld = OSSL_PARAM_BLD_new();
    if (ulongOf(type) == CKK_RSA) {
        QByteArray n, e;
        if ((rv = attributeValue(p11, session, publicKey, CKA_MODULUS, &n)) != CKR_OK ||
            (rv = attributeValue(p11, session, publicKey, CKA_PUBLIC_EXPONENT, &e)) != CKR_OK) {
            OSSL_PARAM_BLD_free(bld);
            return rv;
        }
        BIGNUM* bn = BN_bin2bn(bytes(n), static_cast<int>(n.size()), nullptr);
        BIGNUM* be = BN_bin2bn(bytes(e), static_cast<int>(e.size()), nullptr);
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn);
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be);
        *key = keyFromParams("RSA", bld);
        BN_free(bn);
        BN_free(be);
    } else {
        QByteArray params, point;
        if ((rv = attributeValue(p11, session, publicKey, CKA_EC_PARAMS, &params)) != CKR_OK ||
            (rv = attributeValue(p11, session, publicKey, CKA_EC_POINT, &point)) != CKR_OK) {
            OSSL_PARAM_BLD_free(bld);
            return rv;
        }
        const char* group = params == ecParamsP256()   ? "prime256v1"
                            : params == ecParamsP384() ? "secp384r1"
                                                       : "";
        // CKA_EC_POINT is DER: OCTET STRING { 04 || x || y }.
        const unsigned char* p = bytes(point);
        ASN1_OCTET_STRING* os = d2i_ASN1_OCTET_STRING(nullptr, &p, static_cast<long>(point.size()));
        if (os) {
            OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0);
            OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY,
                                             ASN1_STRING_get0_data(os),
                                             static_cast<size_t>(ASN1_STRING_length(os)));
            *key = keyFromParams("EC", bld);
            ASN1_OCTET_STRING_free(os);
        }
    }
    OSSL_PARAM_BLD_free(bld);
    return *key ? CKR_OK : CKR_GENERAL_ERROR;
}

const QList<SignCase>& signCases()
{
    static const QList<SignCase> cases{
        {"CKM_RSA_PKCS", CKM_RSA_PKCS, true, "SHA256", false, false, 0, 0, 0},
        {"CKM_RSA_PKCS_PSS sha256", CKM_RSA_PKCS_PSS, true, "SHA256", false, true, 32, CKM_SHA256,
         CKG_MGF1_SHA256},
        {"CKM_RSA_PKCS_PSS sha384 salt 0", CKM_RSA_PKCS_PSS, true, "SHA384", false, true, 0,
         CKM_SHA384, CKG_MGF1_SHA384},
        {"CKM_SHA256_RSA_PKCS", CKM_SHA256_RSA_PKCS, true, "SHA256", true, false, 0, 0, 0},
        {"CKM_SHA384_RSA_PKCS", CKM_SHA384_RSA_PKCS, true, "SHA384", true, false, 0, 0, 0},
        {"CKM_SHA512_RSA_PKCS", CKM_SHA512_RSA_PKCS, true, "SHA512", true, false, 0, 0, 0},
        {"CKM_SHA256_RSA_PKCS_PSS", CKM_SHA256_RSA_PKCS_PSS, true, "SHA256", true, true, 32,
         CKM_SHA256, CKG_MGF1_SHA256},
        {"CKM_SHA384_RSA_PKCS_PSS", CKM_SHA384_RSA_PKCS_PSS, true, "SHA384", true, true, 48,
         CKM_SHA384, CKG_MGF1_SHA384},
        {"CKM_SHA512_RSA_PKCS_PSS", CKM_SHA512_RSA_PKCS_PSS, true, "SHA512", true, true, 64,
         CKM_SHA512, CKG_MGF1_SHA512},
        {"CKM_ECDSA", CKM_ECDSA, false, "SHA256", false, false, 0, 0, 0},
        {"CKM_ECDSA_SHA256", CKM_ECDSA_SHA256, false, "SHA256", true, false, 0, 0, 0},
        {"CKM_ECDSA_SHA384", CKM_ECDSA_SHA384, false, "SHA384", true, false, 0, 0, 0},
    };
    return cases;
}

const SignCase& signCase(CK_MECHANISM_TYPE mechanism)
{
    for (const SignCase& c : signCases()) {
        if (c.mechanism == mechanism)
            return c;
    }
    return signCases().front();
}

QByteArray signInput(const SignCase& c, const QByteArray& message)
{
    if (c.mechanismHashes)
        return message;
    if (c.mechanism == CKM_RSA_PKCS)
        return digestInfoSha256(message);
    return hashOf(c.hash, message);
}

CK_MECHANISM signMechanism(const SignCase& c, CK_RSA_PKCS_PSS_PARAMS* pssParams)
{
    if (!c.pss)
        return CK_MECHANISM{c.mechanism, nullptr, 0};
    *pssParams = CK_RSA_PKCS_PSS_PARAMS{c.pssHash, c.mgf, c.saltLength};
    return CK_MECHANISM{c.mechanism, pssParams, sizeof *pssParams};
}

bool verifies(EVP_PKEY* key, const SignCase& c, const QByteArray& message,
              const QByteArray& signature, QString* why)
{
    const QByteArray sig = c.rsa ? signature : ecdsaDer(signature);
    const EVP_MD* md = EVP_get_digestbyname(c.hash);
    if (!key || sig.isEmpty() || !md) {
        *why = QStringLiteral("no key, no signature (%1 bytes) or no digest").arg(signature.size());
        return false;
    }
    bool ok = false;
    if (c.mechanism == CKM_RSA_PKCS) {
        // The raw mechanism signs whatever it gets: recover it and compare.
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key, nullptr);
        unsigned char out[1024];
        size_t outSize = sizeof out;
        ok = ctx && EVP_PKEY_verify_recover_init(ctx) > 0 &&
             EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0 &&
             EVP_PKEY_verify_recover(ctx, out, &outSize, bytes(sig),
                                     static_cast<size_t>(sig.size())) > 0 &&
             QByteArray(reinterpret_cast<const char*>(out), static_cast<int>(outSize)) ==
                 digestInfoSha256(message);
        EVP_PKEY_CTX_free(ctx);
    } else if (c.mechanismHashes) {
        EVP_MD_CTX* mctx = EVP_MD_CTX_new();
        EVP_PKEY_CTX* pctx = nullptr;
        ok = EVP_DigestVerifyInit(mctx, &pctx, md, nullptr, key) > 0 && setPss(pctx, c, md) &&
             EVP_DigestVerify(mctx, bytes(sig), static_cast<size_t>(sig.size()), bytes(message),
                              static_cast<size_t>(message.size())) == 1;
        EVP_MD_CTX_free(mctx);
    } else {
        const QByteArray digest = hashWith(md, message);
        EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key, nullptr);
        ok = ctx && EVP_PKEY_verify_init(ctx) > 0 && EVP_PKEY_CTX_set_signature_md(ctx, md) > 0 &&
             setPss(ctx, c, md) &&
             EVP_PKEY_verify(ctx, bytes(sig), static_cast<size_t>(sig.size()), bytes(digest),
                             static_cast<size_t>(digest.size())) == 1;
        EVP_PKEY_CTX_free(ctx);
    }
    if (!ok)
        *why = QStringLiteral("%1: OpenSSL does not verify the %2-byte signature %3")
                   .arg(QLatin1String(c.name))
                   .arg(signature.size())
                   .arg(QString::fromLatin1(signature.left(16).toHex()));
    return ok;
}

const CardKey& TestCard::key(KeyAlgorithm algorithm) const
{
    for (const CardKey& k : keys) {
        if (k.algorithm == algorithm)
            return k;
    }
    static const CardKey none{algorithm, QByteArray(), QString()};
    return none;
}

void Pkcs11TestCase::initTestCase()
{
    m_module = std::make_unique<Pkcs11Module>();
    QVERIFY2(m_module->isLoaded(), qPrintable(m_module->errorString()));
    m_swtpm = std::make_unique<SwtpmFixture>();
}

void Pkcs11TestCase::init()
{
    if (m_tpmHeld)
        QSKIP("an earlier test left the module holding the TPM after C_Finalize");
    m_env = std::make_unique<CardTestEnv>(*m_swtpm);
    m_initialized = false;
}

void Pkcs11TestCase::cleanup()
{
    if (m_initialized) {
        const CK_RV rv = finalize();
        if (rv != CKR_OK)
            qWarning("C_Finalize at the end of the test: %s", ckrName(rv).constData());
    }
    if (!m_env)
        return;
    if (m_env->tpm) {
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
    } else {
        // Asked from another process, with a time limit: a module that still holds
        // swtpm's only connection would otherwise hang this test for good.
        const QString tcti = m_swtpm->tcti();
        const ProcessResult transient = runProcess(
            QStringLiteral("tpm2_getcap"),
            {QStringLiteral("-T"), tcti, QStringLiteral("handles-transient")}, {}, {}, 30000);
        if (transient.exitCode == -1)
            m_tpmHeld = true;
        QVERIFY2(transient.exitCode == 0,
                 qPrintable(QStringLiteral("TPM not reachable after C_Finalize (does the module "
                                           "still hold the connection?): ") +
                            transient.text()));
        const ProcessResult sessions = runProcess(
            QStringLiteral("tpm2_getcap"),
            {QStringLiteral("-T"), tcti, QStringLiteral("handles-loaded-session")}, {}, {}, 30000);
        QVERIFY2(!transient.out.contains("0x"),
                 ("transient objects left after C_Finalize: " + transient.out).constData());
        QVERIFY2(!sessions.out.contains("0x"),
                 ("sessions left after C_Finalize: " + sessions.out).constData());
    }
    m_env.reset();
}

void Pkcs11TestCase::cleanupTestCase()
{
    m_swtpm.reset();
}

TestCard Pkcs11TestCase::createCard(const QList<KeyAlgorithm>& algorithms, CreateOptions options)
{
    const bool connected = bool(m_env->tpm);
    if (!connected)
        connectTpm();
    if (options.name.isEmpty()) {
        const QString name = QStringLiteral("P11 Card %1").arg(m_env->service.list().size());
        CreateOptions base = basicCardOptions(name);
        base.puk = Secret::fromText(QLatin1String(kPuk));
        options = base;
    }
    TestCard card;
    card.instance = m_env->service.create(options);
    for (KeyAlgorithm alg : algorithms) {
        const QString label = QStringLiteral("key-") + keyAlgorithmName(alg);
        const KeyInfo info = m_env->service.generateKey(card.instance, options.pin, alg, label);
        card.keys.append(CardKey{alg, info.id, label});
    }
    if (!connected)
        m_env->tpm.reset();
    return card;
}

void Pkcs11TestCase::connectTpm()
{
    m_env->tpm.reconnect();
}

CK_RV Pkcs11TestCase::initialize(CK_C_INITIALIZE_ARGS* args, const QString& tcti)
{
    m_env->tpm.reset(); // swtpm serves one connection: the module's from now on
    qputenv("TPMVSC_HOME", QFile::encodeName(m_env->store.root()));
    qputenv("TPMVSC_TCTI", (tcti.isEmpty() ? m_swtpm->tcti() : tcti).toUtf8());
    const CK_RV rv = p11()->C_Initialize(args);
    if (rv == CKR_OK)
        m_initialized = true;
    return rv;
}

CK_RV Pkcs11TestCase::finalize()
{
    const CK_RV rv = p11()->C_Finalize(nullptr);
    if (rv == CKR_OK)
        m_initialized = false;
    return rv;
}

CK_RV Pkcs11TestCase::openSession(CK_SLOT_ID slot, CK_SESSION_HANDLE* session, bool rw)
{
    const CK_FLAGS flags = CKF_SERIAL_SESSION | (rw ? CKF_RW_SESSION : 0);
    return p11()->C_OpenSession(slot, flags, nullptr, nullptr, session);
}

CK_RV Pkcs11TestCase::findKeyObject(CK_SESSION_HANDLE session, CK_OBJECT_CLASS objectClass,
                                    const QByteArray& id, CK_OBJECT_HANDLE* object)
{
    QList<CK_OBJECT_HANDLE> found;
    const CK_RV rv = findObjects(
        p11(), session, Template().addUlong(CKA_CLASS, objectClass).add(CKA_ID, id), &found);
    if (rv != CKR_OK)
        return rv;
    if (found.size() != 1) {
        qWarning("%lld objects of class %lu with CKA_ID %s", static_cast<long long>(found.size()),
                 objectClass, id.toHex().constData());
        return CKR_GENERAL_ERROR;
    }
    *object = found.front();
    return CKR_OK;
}

CK_RV Pkcs11TestCase::cardPublicKey(const TestCard& card, KeyAlgorithm algorithm, EvpKey* key) const
{
    *key =
        evpFromSpki(m_env->service.exportPublicKey(card.instance, card.key(algorithm).id, false));
    return *key ? CKR_OK : CKR_GENERAL_ERROR;
}

} // namespace tpmvsc::test
