#include "TpmWire.h"

#include "Tpm.h"
#include "TpmError.h"

#include <QtEndian>
#include <cstring>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>
#include <tss2/tss2_tcti.h>
#include <utility>

namespace tpmvsc::wire {

namespace {

constexpr int kMaxSubmissions = 5; // tpm2-tss's _ESYS_MAX_SUBMISSIONS
constexpr std::size_t kDigestSize = 32;
constexpr std::size_t kP256Size = 32;

// Reads TPM2B fields and integers off a response, refusing to run past its end.
class Reader
{
public:
    explicit Reader(const QByteArray& bytes, qsizetype at = 0) : m_bytes(bytes), m_at(at) {}
    std::uint32_t u32()
    {
        need(4);
        const auto v = qFromBigEndian<std::uint32_t>(m_bytes.constData() + m_at);
        m_at += 4;
        return v;
    }
    std::uint16_t u16()
    {
        need(2);
        const auto v = qFromBigEndian<std::uint16_t>(m_bytes.constData() + m_at);
        m_at += 2;
        return v;
    }
    std::uint8_t u8()
    {
        need(1);
        return std::uint8_t(m_bytes.at(m_at++));
    }
    QByteArray sized()
    {
        need(2);
        const auto n = qFromBigEndian<std::uint16_t>(m_bytes.constData() + m_at);
        m_at += 2;
        need(n);
        const QByteArray out = m_bytes.mid(m_at, n);
        m_at += n;
        return out;
    }
    QByteArray take(qsizetype n)
    {
        need(n);
        const QByteArray out = m_bytes.mid(m_at, n);
        m_at += n;
        return out;
    }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    void need(qsizetype n) const
    {
        if (n < 0 || m_at + n > m_bytes.size())
            fail("malformed response");
    }
    const QByteArray& m_bytes;
    qsizetype m_at;
};

QByteArray exchange(Tpm& tpm, const QByteArray& request)
{
    TSS2_TCTI_CONTEXT* tcti = tpm.tctiContext();
    // Tss2_Tcti_Transmit/Receive are macros over the common V1 header (with C casts).
    auto* common = reinterpret_cast<TSS2_TCTI_CONTEXT_COMMON_V1*>(tcti);
    checkRc(common->transmit(tcti, std::size_t(request.size()),
                             reinterpret_cast<const uint8_t*>(request.constData())),
            "Tss2_Tcti_Transmit");
    QByteArray response(TPM2_MAX_COMMAND_SIZE, Qt::Uninitialized);
    std::size_t size = std::size_t(response.size());
    checkRc(common->receive(tcti, &size, reinterpret_cast<uint8_t*>(response.data()),
                            TSS2_TCTI_TIMEOUT_BLOCK),
            "Tss2_Tcti_Receive");
    response.truncate(qsizetype(size));
    if (response.size() < 10)
        fail("short response");
    return response;
}

QByteArray fixedSize(const BIGNUM* value, std::size_t size)
{
    QByteArray out(qsizetype(size), '\0');
    if (BN_bn2binpad(value, reinterpret_cast<unsigned char*>(out.data()), int(size)) < 0)
        fail("ECC coordinate too long");
    return out;
}

} // namespace

void fail(const char* what)
{
    throw Error(ErrorCode::Tpm, QStringLiteral("Direct TPM command: %1.").arg(QLatin1String(what)));
}

QByteArray be16(std::uint16_t value)
{
    QByteArray out(2, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray be32(std::uint32_t value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray sized(const QByteArray& bytes)
{
    return be16(std::uint16_t(bytes.size())) + bytes;
}

QByteArray randomNonce()
{
    QByteArray nonce(kNonceSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), kNonceSize) != 1)
        fail("no random nonce");
    return nonce;
}

Secret trimmedAuth(const Secret& authValue)
{
    std::size_t size = authValue.size();
    while (size > 0 && authValue.data()[size - 1] == 0)
        --size;
    return Secret(authValue.data(), size);
}

Crypto::Crypto()
    : m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr)),
      m_hmac(EVP_MAC_fetch(nullptr, "HMAC", nullptr))
{
    if (!m_sha256 || !m_hmac) {
        EVP_MAC_free(m_hmac);
        EVP_MD_free(m_sha256);
        fail("OpenSSL could not prepare SHA-256 and HMAC");
    }
}

Crypto::~Crypto()
{
    EVP_MAC_free(m_hmac);
    EVP_MD_free(m_sha256);
}

QByteArray Crypto::hash(const QByteArray& data) const
{
    unsigned char out[kDigestSize];
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), std::size_t(data.size()), out, &size, m_sha256, nullptr) != 1)
        fail("SHA-256 failed");
    return QByteArray(reinterpret_cast<const char*>(out), int(size));
}

void Crypto::macInto(const Secret& key, const QByteArray& data, unsigned char out[32]) const
{
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(m_hmac);
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
        OSSL_PARAM_construct_end()};
    // An empty key (an authValue of zeros) is still a key: HMAC pads it.
    const unsigned char empty = 0;
    std::size_t size = 0;
    const bool ok = ctx &&
                    EVP_MAC_init(ctx, key.empty() ? &empty : key.data(), key.size(), params) == 1 &&
                    EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(data.constData()),
                                   std::size_t(data.size())) == 1 &&
                    EVP_MAC_final(ctx, out, &size, kDigestSize) == 1 && size == kDigestSize;
    EVP_MAC_CTX_free(ctx);
    if (!ok)
        fail("HMAC failed");
}

QByteArray Crypto::mac(const Secret& key, const QByteArray& data) const
{
    unsigned char out[kDigestSize];
    macInto(key, data, out);
    return QByteArray(reinterpret_cast<const char*>(out), int(kDigestSize));
}

Secret Crypto::kdfa(const Secret& key, const char* label, const QByteArray& contextU,
                    const QByteArray& contextV, int bits) const
{
    // K(i) = HMAC(key, [i]32 || Label || 00 || Context U || Context V || [bits]32)
    const QByteArray tail =
        QByteArray(label) + '\0' + contextU + contextV + be32(std::uint32_t(bits));
    Secret out;
    unsigned char block[kDigestSize];
    for (std::uint32_t i = 1; out.size() * 8 < std::size_t(bits); ++i) {
        macInto(key, be32(i) + tail, block);
        out.append(block, kDigestSize);
    }
    OPENSSL_cleanse(block, sizeof block);
    out.resize(std::size_t(bits + 7) / 8);
    return out;
}

Crypto::Salt Crypto::eccSalt(const QByteArray& tpmX, const QByteArray& tpmY) const
{
    if (tpmX.size() != qsizetype(kP256Size) || tpmY.size() != qsizetype(kP256Size))
        fail("the storage key is not a P-256 key");
    // The TPM's point as an OpenSSL key; an ephemeral key pair of ours on the same curve.
    const QByteArray encoded = QByteArray(1, '\x04') + tpmX + tpmY;
    OSSL_PARAM_BLD* build = OSSL_PARAM_BLD_new();
    OSSL_PARAM* params = nullptr;
    EVP_PKEY_CTX* fromData = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY* peer = nullptr;
    EVP_PKEY* ephemeral = nullptr;
    EVP_PKEY_CTX* derive = nullptr;
    BIGNUM* x = nullptr;
    BIGNUM* y = nullptr;
    Salt salt;
    Secret z;
    z.resize(kP256Size);
    std::size_t zSize = kP256Size;
    const bool ok =
        build && fromData &&
        OSSL_PARAM_BLD_push_utf8_string(build, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) &&
        OSSL_PARAM_BLD_push_octet_string(build, OSSL_PKEY_PARAM_PUB_KEY, encoded.constData(),
                                         std::size_t(encoded.size())) &&
        (params = OSSL_PARAM_BLD_to_param(build)) != nullptr &&
        EVP_PKEY_fromdata_init(fromData) == 1 &&
        EVP_PKEY_fromdata(fromData, &peer, EVP_PKEY_PUBLIC_KEY, params) == 1 &&
        (ephemeral = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")) != nullptr &&
        (derive = EVP_PKEY_CTX_new_from_pkey(nullptr, ephemeral, nullptr)) != nullptr &&
        EVP_PKEY_derive_init(derive) == 1 && EVP_PKEY_derive_set_peer(derive, peer) == 1 &&
        EVP_PKEY_derive(derive, z.data(), &zSize) == 1 && zSize == kP256Size &&
        EVP_PKEY_get_bn_param(ephemeral, OSSL_PKEY_PARAM_EC_PUB_X, &x) == 1 &&
        EVP_PKEY_get_bn_param(ephemeral, OSSL_PKEY_PARAM_EC_PUB_Y, &y) == 1;
    QByteArray ourX, ourY;
    if (ok) {
        ourX = fixedSize(x, kP256Size);
        ourY = fixedSize(y, kP256Size);
    }
    BN_free(x);
    BN_free(y);
    EVP_PKEY_CTX_free(derive);
    EVP_PKEY_free(ephemeral);
    EVP_PKEY_free(peer);
    EVP_PKEY_CTX_free(fromData);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(build);
    if (!ok)
        fail("the session salt could not be made");
    salt.encryptedSalt = sized(ourX) + sized(ourY);
    // KDFe (Part 1, 11.4.10.3): H([1]32 || Z || "SECRET" 00 || QeU.x || QsV.x), one block
    // for a SHA-256 name algorithm.
    Secret input(be32(1).constData(), 4);
    input.append(z.data(), z.size());
    input.append("SECRET", 7);
    input.append(ourX.constData(), std::size_t(ourX.size()));
    input.append(tpmX.constData(), std::size_t(tpmX.size()));
    salt.seed.resize(kDigestSize);
    unsigned int size = 0;
    if (EVP_Digest(input.data(), input.size(), salt.seed.data(), &size, m_sha256, nullptr) != 1 ||
        size != kDigestSize)
        fail("SHA-256 failed");
    return salt;
}

QByteArray command(TPM2_CC code, const QList<TPM2_HANDLE>& handles, const QList<CommandAuth>& auths,
                   const QByteArray& parameters)
{
    QByteArray body;
    for (TPM2_HANDLE h : handles)
        body += be32(h);
    if (!auths.isEmpty()) {
        QByteArray area;
        for (const CommandAuth& a : auths)
            area += be32(a.session) + sized(a.nonce) + char(a.attributes) + sized(a.hmac);
        body += be32(std::uint32_t(area.size())) + area;
    }
    body += parameters;
    return be16(auths.isEmpty() ? TPM2_ST_NO_SESSIONS : TPM2_ST_SESSIONS) +
           be32(std::uint32_t(10 + body.size())) + be32(code) + body;
}

Response transact(Tpm& tpm, const QByteArray& request, int handleCount)
{
    QByteArray bytes;
    Response out;
    for (int submission = 1;; ++submission) {
        bytes = exchange(tpm, request);
        out.rc = qFromBigEndian<std::uint32_t>(bytes.constData() + 6);
        const bool later =
            out.rc == TPM2_RC_RETRY || out.rc == TPM2_RC_YIELDED || out.rc == TPM2_RC_TESTING;
        if (!later || submission == kMaxSubmissions)
            break;
    }
    if (out.rc != TPM2_RC_SUCCESS)
        return out;
    return parseResponse(bytes, handleCount);
}

Response parseResponse(const QByteArray& bytes, int handleCount)
{
    Response out;
    Reader r(bytes);
    const std::uint16_t tag = r.u16();
    if (r.u32() != std::uint32_t(bytes.size()))
        fail("malformed response");
    out.rc = r.u32();
    if (out.rc != TPM2_RC_SUCCESS) {
        if (!r.atEnd())
            fail("malformed response");
        return out;
    }
    for (int i = 0; i < handleCount; ++i)
        out.handles.append(r.u32());
    if (tag == TPM2_ST_SESSIONS) {
        const std::uint32_t parameterSize = r.u32();
        out.parameters = r.take(qsizetype(parameterSize));
        while (!r.atEnd()) {
            ResponseAuth a;
            a.nonce = r.sized();
            a.attributes = r.u8();
            a.hmac = r.sized();
            out.auths.append(a);
        }
    } else if (tag == TPM2_ST_NO_SESSIONS) {
        out.parameters = r.take(bytes.size() - 10 - 4 * handleCount);
    } else {
        fail("malformed response");
    }
    return out;
}

bool responseHmacMatches(const Crypto& crypto, const Secret& key, TPM2_CC code,
                         const QByteArray& parameters, const ResponseAuth& auth,
                         const QByteArray& nonceCaller)
{
    // rpHash = H(responseCode || commandCode || parameters); the HMAC over rpHash ||
    // nonceTPM || nonceCaller || sessionAttributes.
    const QByteArray rpHash = crypto.hash(be32(TPM2_RC_SUCCESS) + be32(code) + parameters);
    const QByteArray expected =
        crypto.mac(key, rpHash + auth.nonce + nonceCaller + char(auth.attributes));
    return expected.size() == auth.hmac.size() &&
           CRYPTO_memcmp(expected.constData(), auth.hmac.constData(),
                         std::size_t(expected.size())) == 0;
}

LoadedHandle::LoadedHandle(LoadedHandle&& other) noexcept
    : m_tpm(other.m_tpm), m_handle(std::exchange(other.m_handle, 0))
{}

LoadedHandle& LoadedHandle::operator=(LoadedHandle&& other) noexcept
{
    if (this != &other) {
        flush();
        m_tpm = other.m_tpm;
        m_handle = std::exchange(other.m_handle, 0);
    }
    return *this;
}

void LoadedHandle::flush()
{
    if (!m_handle || !m_tpm)
        return;
    const TPM2_HANDLE handle = std::exchange(m_handle, 0);
    try {
        transact(*m_tpm, command(TPM2_CC_FlushContext, {}, {}, be32(handle)), 0);
    } catch (const Error&) {
    }
}

} // namespace tpmvsc::wire
