#include "TpmStructures.h"

#include "OpenSslSupport_p.h"

#include <QCryptographicHash>
#include <openssl/core_names.h>
#include <openssl/param_build.h>

namespace tpmvsc::tpm2 {

namespace {

// Bounds of the sized buffers (Part 2: sizeof(TPMT_HA), sizeof(TPMU_HA),
// MAX_RSA_KEY_BYTES for 4096-bit keys, and the largest ECC parameter of a named curve
// with room to spare).
constexpr int kMaxName = 2 + 64;
constexpr int kMaxData = 2 + 64;
constexpr int kMaxDigest = 64;
constexpr int kMaxRsaBytes = 512;
constexpr int kMaxEccParameter = 128;

[[noreturn]] void refuse(const Sentence& what)
{
    throw Error(ErrorCode::InvalidInput, what);
}

// Big-endian fields one after the other, each checked against what is left.
class Reader
{
public:
    Reader(QByteArrayView bytes, const char* structure) : m_rest(bytes), m_structure(structure) {}

    quint8 u8() { return quint8(take(1).at(0)); }
    quint16 u16() { return quint16(number(2)); }
    quint32 u32() { return quint32(number(4)); }
    quint64 u64() { return number(8); }
    // A TPM2B: a two-byte size, then that many bytes, at most `bound`.
    QByteArray sized(int bound, const char* field)
    {
        const quint16 size = u16();
        if (size > bound)
            refuse(Sentence("TpmStructures", "The %1 of the %2 is %3 bytes long; at most %4 "
                                             "are allowed.")
                       .arg(QLatin1String(field), QLatin1String(m_structure))
                       .arg(size)
                       .arg(bound));
        return take(size).toByteArray();
    }
    QByteArrayView rest()
    {
        const QByteArrayView all = m_rest;
        m_rest = {};
        return all;
    }
    void end() const
    {
        if (!m_rest.isEmpty())
            refuse(Sentence("TpmStructures", "The %1 has %2 bytes after its end.")
                       .arg(QLatin1String(m_structure))
                       .arg(m_rest.size()));
    }
    [[noreturn]] void unknown(const char* field, quint32 value) const
    {
        refuse(Sentence("TpmStructures", "The %1's %2 0x%3 is not one this reader knows.")
                   .arg(QLatin1String(m_structure), QLatin1String(field))
                   .arg(value, 4, 16, QLatin1Char('0')));
    }

private:
    QByteArrayView take(qsizetype n)
    {
        if (m_rest.size() < n)
            refuse(Sentence("TpmStructures", "The %1 ends too early.")
                       .arg(QLatin1String(m_structure)));
        const QByteArrayView head = m_rest.first(n);
        m_rest = m_rest.sliced(n);
        return head;
    }
    quint64 number(int size)
    {
        const QByteArrayView b = take(size);
        quint64 v = 0;
        for (const char c : b)
            v = (v << 8) | quint8(c);
        return v;
    }

    QByteArrayView m_rest;
    const char* m_structure;
};

int digestSize(quint16 alg)
{
    switch (alg) {
    case kAlgSha1: return 20;
    case kAlgSha256: return 32;
    case kAlgSha384: return 48;
    case kAlgSha512: return 64;
    default: return 0;
    }
}

// TPMT_SYM_DEF_OBJECT: an algorithm, then its key size and mode unless it is NULL.
void readSymmetric(Reader& in, Public& p)
{
    p.symmetric = in.u16();
    if (p.symmetric != kAlgNull) {
        p.symmetricKeyBits = in.u16();
        p.symmetricMode = in.u16();
    }
}

// TPMT_RSA_SCHEME / TPMT_ECC_SCHEME: which schemes carry a hash (and ECDAA a count).
void readScheme(Reader& in, Public& p)
{
    constexpr quint16 kRsaes = 0x0015, kOaep = 0x0017, kEcdh = 0x0019, kEcdaa = 0x001a,
                      kSm2 = 0x001b, kEcschnorr = 0x001c, kEcmqv = 0x001d;
    p.scheme = in.u16();
    if (p.scheme == kAlgNull || (p.type == kAlgRsa && p.scheme == kRsaes))
        return;
    const bool known = p.type == kAlgRsa
                           ? (p.scheme == kAlgRsassa || p.scheme == kAlgRsapss || p.scheme == kOaep)
                           : (p.scheme == kAlgEcdsa || p.scheme == kEcdh || p.scheme == kEcdaa ||
                              p.scheme == kSm2 || p.scheme == kEcschnorr || p.scheme == kEcmqv);
    if (!known)
        in.unknown("scheme", p.scheme);
    p.schemeHash = in.u16();
    if (p.scheme == kEcdaa)
        in.u16(); // count
}

// TPMT_KDF_SCHEME: NULL, or one of the four key derivation functions with its hash.
void readKdf(Reader& in)
{
    constexpr quint16 kMgf1 = 0x0007, kKdf1Sp80056a = 0x0020, kKdf2 = 0x0021,
                      kKdf1Sp800108 = 0x0022;
    const quint16 kdf = in.u16();
    if (kdf == kAlgNull)
        return;
    if (kdf != kMgf1 && kdf != kKdf1Sp80056a && kdf != kKdf2 && kdf != kKdf1Sp800108)
        in.unknown("kdf", kdf);
    in.u16();
}

QByteArray leftPadded(const QByteArray& bytes, int size)
{
    if (bytes.size() > size)
        refuse(Sentence("TpmStructures", "A coordinate of the ECC key is longer than its curve."));
    return QByteArray(size - bytes.size(), '\0') + bytes;
}

} // namespace

Attest parseAttest(QByteArrayView bytes)
{
    Reader in(bytes, "TPMS_ATTEST");
    Attest a;
    a.magic = in.u32();
    a.type = in.u16();
    a.qualifiedSigner = in.sized(kMaxName, "qualifiedSigner");
    a.extraData = in.sized(kMaxData, "extraData");
    a.clock = in.u64();
    a.resetCount = in.u32();
    a.restartCount = in.u32();
    const quint8 safe = in.u8();
    if (safe > 1)
        in.unknown("safe", safe);
    a.safe = safe == 1;
    a.firmwareVersion = in.u64();
    if (a.type == kStAttestCertify) {
        a.certifiedName = in.sized(kMaxName, "name");
        a.certifiedQualifiedName = in.sized(kMaxName, "qualifiedName");
        in.end();
    } else {
        a.otherAttested = in.rest().toByteArray();
    }
    return a;
}

Public parsePublic(QByteArrayView bytes)
{
    Reader in(bytes, "TPMT_PUBLIC");
    Public p;
    p.type = in.u16();
    if (p.type != kAlgRsa && p.type != kAlgEcc)
        in.unknown("type", p.type);
    p.nameAlg = in.u16();
    if (digestSize(p.nameAlg) == 0)
        in.unknown("nameAlg", p.nameAlg);
    p.objectAttributes = in.u32();
    p.authPolicy = in.sized(kMaxDigest, "authPolicy");
    readSymmetric(in, p);
    readScheme(in, p);
    if (p.type == kAlgRsa) {
        p.keyBits = in.u16();
        p.exponent = in.u32();
        p.modulus = in.sized(kMaxRsaBytes, "unique");
    } else {
        p.curve = in.u16();
        readKdf(in);
        p.x = in.sized(kMaxEccParameter, "unique.x");
        p.y = in.sized(kMaxEccParameter, "unique.y");
    }
    in.end();
    p.bytes = bytes.toByteArray();
    return p;
}

Signature parseSignature(QByteArrayView bytes)
{
    Reader in(bytes, "TPMT_SIGNATURE");
    Signature s;
    s.sigAlg = in.u16();
    if (s.sigAlg != kAlgEcdsa && s.sigAlg != kAlgRsassa)
        in.unknown("sigAlg", s.sigAlg);
    s.hash = in.u16();
    if (s.sigAlg == kAlgEcdsa) {
        s.r = in.sized(kMaxEccParameter, "signatureR");
        s.s = in.sized(kMaxEccParameter, "signatureS");
    } else {
        s.rsa = in.sized(kMaxRsaBytes, "sig");
    }
    in.end();
    return s;
}

QByteArray nameOf(const Public& area)
{
    QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256;
    switch (area.nameAlg) {
    case kAlgSha1: hash = QCryptographicHash::Sha1; break;
    case kAlgSha256: hash = QCryptographicHash::Sha256; break;
    case kAlgSha384: hash = QCryptographicHash::Sha384; break;
    case kAlgSha512: hash = QCryptographicHash::Sha512; break;
    default:
        refuse(Sentence("TpmStructures", "The key's name algorithm is not one this reader knows."));
    }
    const char alg[2] = {char(area.nameAlg >> 8), char(area.nameAlg & 0xff)};
    return QByteArray(alg, 2) + QCryptographicHash::hash(area.bytes, hash);
}

QByteArray subjectPublicKeyInfo(const Public& area)
{
    ossl::ErrorQueueGuard guard;
    ossl::Owned<OSSL_PARAM_BLD> builder(OSSL_PARAM_BLD_new());
    if (!builder)
        ossl::internal("allocate key parameters");
    ossl::Owned<BIGNUM> n, e;
    QByteArray point;
    const char* type = "RSA";
    if (area.type == kAlgRsa) {
        if (area.modulus.isEmpty())
            refuse(Sentence("TpmStructures", "The RSA key has no modulus."));
        n.reset(BN_bin2bn(reinterpret_cast<const unsigned char*>(area.modulus.constData()),
                          int(area.modulus.size()), nullptr));
        e.reset(BN_new());
        if (!n || !e || BN_set_word(e.get(), area.exponent == 0 ? 65537 : area.exponent) != 1 ||
            OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
            OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
            ossl::internal("build an RSA key");
    } else {
        type = "EC";
        const char* group = nullptr;
        int size = 0;
        switch (area.curve) {
        case kEccNistP256:
            group = "P-256";
            size = 32;
            break;
        case kEccNistP384:
            group = "P-384";
            size = 48;
            break;
        case kEccNistP521:
            group = "P-521";
            size = 66;
            break;
        default:
            refuse(Sentence("TpmStructures", "The ECC key's curve 0x%1 is not one this reader "
                                             "knows.")
                       .arg(area.curve, 4, 16, QLatin1Char('0')));
        }
        point = '\x04' + leftPadded(area.x, size) + leftPadded(area.y, size);
        if (OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) !=
                1 ||
            OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                             point.constData(), size_t(point.size())) != 1)
            ossl::internal("build an ECC key");
    }
    ossl::Owned<OSSL_PARAM> params(OSSL_PARAM_BLD_to_param(builder.get()));
    ossl::Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        ossl::internal("build a public key");
    if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        ossl::fail(ErrorCode::InvalidInput,
                   Sentence("TpmStructures", "The key in the TPMT_PUBLIC is not a valid key"));
    const ossl::Owned<EVP_PKEY> key(raw);
    return ossl::spkiOf(key.get());
}

QByteArray signatureBytes(const Signature& signature)
{
    if (signature.sigAlg == kAlgRsassa)
        return signature.rsa;
    ossl::ErrorQueueGuard guard;
    ossl::Owned<ECDSA_SIG> sig(ECDSA_SIG_new());
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(signature.r.constData()),
                          int(signature.r.size()), nullptr);
    BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(signature.s.constData()),
                          int(signature.s.size()), nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ossl::internal("build an ECDSA signature");
    }
    return ossl::toDer(sig.get(), i2d_ECDSA_SIG);
}

} // namespace tpmvsc::tpm2
