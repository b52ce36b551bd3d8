#include "PublicKeyExport.h"

#include "core/tpm/TpmObjects.h"
#include "core/util/Error.h"

#include <QCryptographicHash>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace tpmvsc {

namespace {
struct Free {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
    void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(ECDSA_SIG* p) const { ECDSA_SIG_free(p); }
};
template <typename T> using Owned = std::unique_ptr<T, Free>;

[[noreturn]] void fail(const char* what)
{
    throw Error(ErrorCode::Internal, QStringLiteral("OpenSSL: %1 failed").arg(QLatin1String(what)));
}

QByteArray ecPoint(const TPMS_ECC_POINT& point, int field)
{
    QByteArray out(1 + 2 * field, '\0');
    out[0] = 0x04;
    std::memcpy(out.data() + 1 + field - point.x.size, point.x.buffer, point.x.size);
    std::memcpy(out.data() + 1 + 2 * field - point.y.size, point.y.buffer, point.y.size);
    return out;
}

int fieldSize(TPMI_ECC_CURVE curve)
{
    return curve == TPM2_ECC_NIST_P384 ? 48 : 32;
}

Owned<EVP_PKEY> toPkey(const TPM2B_PUBLIC& pub)
{
    const TPMT_PUBLIC& p = pub.publicArea;
    Owned<OSSL_PARAM_BLD> bld(OSSL_PARAM_BLD_new());
    Owned<BIGNUM> n, e;
    QByteArray point;
    const char* type = nullptr;
    if (p.type == TPM2_ALG_RSA) {
        type = "RSA";
        n.reset(BN_bin2bn(p.unique.rsa.buffer, p.unique.rsa.size, nullptr));
        e.reset(BN_new());
        if (!n || !e ||
            !BN_set_word(e.get(),
                         p.parameters.rsaDetail.exponent ? p.parameters.rsaDetail.exponent : 65537))
            fail("BN");
        if (!OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
            !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
            fail("OSSL_PARAM_BLD_push_BN");
    } else if (p.type == TPM2_ALG_ECC) {
        type = "EC";
        const TPMI_ECC_CURVE curve = p.parameters.eccDetail.curveID;
        const char* group = curve == TPM2_ECC_NIST_P384 ? "P-384" : "P-256";
        point = ecPoint(p.unique.ecc, fieldSize(curve));
        if (!OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) ||
            !OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                              static_cast<size_t>(point.size())))
            fail("OSSL_PARAM_BLD_push");
    } else {
        throw Error(ErrorCode::Unsupported, QStringLiteral("unsupported key type"));
    }
    Owned<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(bld.get()));
    Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* pkey = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        fail("EVP_PKEY_fromdata");
    return Owned<EVP_PKEY>(pkey);
}
} // namespace

QByteArray publicKeyInfo(const QByteArray& tpmPublic, bool pem)
{
    Owned<EVP_PKEY> pkey = toPkey(unmarshalPublic(tpmPublic));
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    const int ok =
        pem ? PEM_write_bio_PUBKEY(bio.get(), pkey.get()) : i2d_PUBKEY_bio(bio.get(), pkey.get());
    if (ok != 1)
        fail("writing the public key");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray keyIdentifier(const QByteArray& tpmPublic)
{
    const TPM2B_PUBLIC pub = unmarshalPublic(tpmPublic);
    const TPMT_PUBLIC& p = pub.publicArea;
    QByteArray material;
    if (p.type == TPM2_ALG_RSA)
        material =
            QByteArray(reinterpret_cast<const char*>(p.unique.rsa.buffer), p.unique.rsa.size);
    else
        material = ecPoint(p.unique.ecc, fieldSize(p.parameters.eccDetail.curveID));
    return QCryptographicHash::hash(material, QCryptographicHash::Sha1);
}

QByteArray ecdsaSignatureToDer(const QByteArray& raw)
{
    const int half = static_cast<int>(raw.size() / 2);
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    Owned<ECDSA_SIG> sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(bytes, half, nullptr);
    BIGNUM* s = BN_bin2bn(bytes + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        fail("ECDSA_SIG_set0");
    }
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0)
        fail("i2d_ECDSA_SIG");
    QByteArray out(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace tpmvsc
