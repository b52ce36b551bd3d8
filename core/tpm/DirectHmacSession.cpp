#include "tpm/DirectHmacSession.h"

#include "tpm/Tpm.h"
#include "tpm/TpmError.h"

#include <QtEndian>
#include <cstring>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <tss2/tss2_mu.h>
#include <tss2/tss2_tcti.h>

namespace tpmvsc {

namespace {

constexpr int kNonceSize = 32;
constexpr int kMaxSubmissions = 5; // tpm2-tss's _ESYS_MAX_SUBMISSIONS
constexpr TPMA_SESSION kAttributes = TPMA_SESSION_CONTINUESESSION;

[[noreturn]] void fail(const char* what)
{
    throw Error(ErrorCode::Tpm, QStringLiteral("Direct TPM session: %1.").arg(QLatin1String(what)));
}

QByteArray be32(std::uint32_t value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

// The authValue as the TPM uses it in an HMAC key: trailing zero octets removed.
Secret hmacKey(const Secret& authValue)
{
    std::size_t size = authValue.size();
    while (size > 0 && authValue.data()[size - 1] == 0)
        --size;
    return Secret(authValue.data(), size);
}

} // namespace

// SHA-256 and HMAC fetched once; the key kept in a Secret (locked memory) and given to
// OpenSSL per use. A keyed HMAC context kept for the session's lifetime would hold the
// key's padded digests in ordinary heap, where a core dump would find them; OpenSSL wipes
// a context when it is freed, so a short-lived one leaves nothing behind.
struct DirectHmacSession::Crypto {
    EVP_MD* sha256 = nullptr;
    EVP_MAC* hmac = nullptr;
    Secret key;

    ~Crypto()
    {
        EVP_MAC_free(hmac);
        EVP_MD_free(sha256);
    }

    QByteArray hash(const QByteArray& data) const
    {
        unsigned char out[32];
        unsigned int size = 0;
        if (EVP_Digest(data.constData(), std::size_t(data.size()), out, &size, sha256, nullptr) !=
            1)
            fail("SHA-256 failed");
        return QByteArray(reinterpret_cast<const char*>(out), int(size));
    }

    QByteArray mac(const QByteArray& data) const
    {
        EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(hmac);
        char digestName[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
            OSSL_PARAM_construct_end()};
        // An empty key (an authValue of zeros) is still a key: HMAC pads it.
        const unsigned char empty = 0;
        unsigned char out[32];
        std::size_t size = 0;
        const bool ok =
            ctx && EVP_MAC_init(ctx, key.empty() ? &empty : key.data(), key.size(), params) == 1 &&
            EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(data.constData()),
                           std::size_t(data.size())) == 1 &&
            EVP_MAC_final(ctx, out, &size, sizeof out) == 1;
        EVP_MAC_CTX_free(ctx);
        if (!ok)
            fail("HMAC failed");
        return QByteArray(reinterpret_cast<const char*>(out), int(size));
    }
};

std::unique_ptr<DirectHmacSession> DirectHmacSession::start(Tpm& tpm, const Secret& authValue)
{
    auto crypto = std::make_unique<Crypto>();
    crypto->sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    crypto->hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    crypto->key = hmacKey(authValue);
    if (!crypto->sha256 || !crypto->hmac)
        fail("OpenSSL could not prepare SHA-256 and HMAC");

    TPM2B_NONCE nonceCaller{};
    nonceCaller.size = kNonceSize;
    if (RAND_bytes(nonceCaller.buffer, kNonceSize) != 1)
        fail("no random nonce");
    TPMT_SYM_DEF symmetric{};
    symmetric.algorithm = TPM2_ALG_NULL;
    ESYS_TR handle = ESYS_TR_NONE;
    const TSS2_RC rc = Esys_StartAuthSession(tpm.esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                             ESYS_TR_NONE, ESYS_TR_NONE, &nonceCaller, TPM2_SE_HMAC,
                                             &symmetric, TPM2_ALG_SHA256, &handle);
    if ((rc & 0xfff) == TPM2_RC_SESSION_MEMORY || (rc & 0xfff) == TPM2_RC_SESSION_HANDLES)
        return nullptr;
    checkRc(rc, "Esys_StartAuthSession");
    TpmObject session(tpm.esys(), handle);
    TPM2_HANDLE sessionHandle = 0;
    checkRc(Esys_TR_GetTpmHandle(tpm.esys(), handle, &sessionHandle), "Esys_TR_GetTpmHandle");
    TPM2B_NONCE* nonceTpm = nullptr;
    checkRc(Esys_TRSess_GetNonceTPM(tpm.esys(), handle, &nonceTpm), "Esys_TRSess_GetNonceTPM");
    const QByteArray tpmNonce(reinterpret_cast<const char*>(nonceTpm->buffer), nonceTpm->size);
    Esys_Free(nonceTpm);
    return std::unique_ptr<DirectHmacSession>(
        new DirectHmacSession(tpm, std::move(session), sessionHandle, tpmNonce, std::move(crypto)));
}

DirectHmacSession::DirectHmacSession(Tpm& tpm, TpmObject session, TPM2_HANDLE sessionHandle,
                                     const QByteArray& nonceTpm, std::unique_ptr<Crypto> crypto)
    : m_tpm(tpm), m_session(std::move(session)), m_sessionHandle(sessionHandle),
      m_nonceTpm(nonceTpm), m_crypto(std::move(crypto))
{}

DirectHmacSession::~DirectHmacSession() = default;

DirectHmacSession::Key DirectHmacSession::describe(Tpm& tpm, ESYS_TR key)
{
    Key out;
    checkRc(Esys_TR_GetTpmHandle(tpm.esys(), key, &out.handle), "Esys_TR_GetTpmHandle");
    TPM2B_NAME* name = nullptr;
    checkRc(Esys_TR_GetName(tpm.esys(), key, &name), "Esys_TR_GetName");
    out.name = QByteArray(reinterpret_cast<const char*>(name->name), name->size);
    Esys_Free(name);
    return out;
}

QByteArray DirectHmacSession::run(TPM2_CC command, const Key& key, const QByteArray& parameters)
{
    QByteArray nonceCaller(kNonceSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(nonceCaller.data()), kNonceSize) != 1)
        fail("no random nonce");
    const QByteArray attributes(1, char(kAttributes));
    // TPM 2.0 Part 1, 19.6: cpHash = H(commandCode || names || parameters); the HMAC over
    // cpHash || nonceNewer || nonceOlder || sessionAttributes, keyed with the authValue.
    const QByteArray cpHash = m_crypto->hash(be32(command) + key.name + parameters);
    const QByteArray hmac = m_crypto->mac(cpHash + nonceCaller + m_nonceTpm + attributes);

    QByteArray auth = be32(m_sessionHandle);
    auth += QByteArray(1, '\0') + char(kNonceSize) + nonceCaller;
    auth += attributes;
    auth += QByteArray(1, '\0') + char(hmac.size()) + hmac;
    QByteArray body = be32(key.handle) + be32(std::uint32_t(auth.size())) + auth + parameters;
    QByteArray request;
    request += char(TPM2_ST_SESSIONS >> 8);
    request += char(TPM2_ST_SESSIONS & 0xff);
    request += be32(std::uint32_t(10 + body.size()));
    request += be32(command);
    request += body;

    m_inStep = false; // until the response's HMAC proves the TPM and we agree on nonceTPM
    QByteArray response;
    TSS2_RC rc = TPM2_RC_SUCCESS;
    for (int submission = 1;; ++submission) {
        response = exchange(request);
        rc = qFromBigEndian<std::uint32_t>(response.constData() + 6);
        // "Not now" answers: the TPM did not run the command, its nonce has not moved, and
        // the same bytes are sent again (as ESYS does, with the same bound).
        const bool later = rc == TPM2_RC_RETRY || rc == TPM2_RC_YIELDED || rc == TPM2_RC_TESTING;
        if (!later || submission == kMaxSubmissions)
            break;
    }
    if (rc != TPM2_RC_SUCCESS)
        checkRc(rc, command == TPM2_CC_Sign ? "TPM2_Sign" : "TPM2_RSA_Decrypt");
    const auto* r = reinterpret_cast<const uchar*>(response.constData());
    if (qFromBigEndian<std::uint16_t>(r) != TPM2_ST_SESSIONS || response.size() < 14)
        fail("response without its authorization");
    const std::uint32_t parameterSize = qFromBigEndian<std::uint32_t>(r + 10);
    if (parameterSize > std::uint32_t(response.size() - 14))
        fail("malformed response");
    const QByteArray out = response.mid(14, qsizetype(parameterSize));
    // Response authorization: nonceTPM (TPM2B), attributes, HMAC (TPM2B).
    qsizetype at = 14 + qsizetype(parameterSize);
    auto take2b = [&](QByteArray* value) {
        if (at + 2 > response.size())
            fail("malformed response");
        const int n = qFromBigEndian<std::uint16_t>(r + at);
        if (at + 2 + n > response.size())
            fail("malformed response");
        *value = response.mid(at + 2, n);
        at += 2 + n;
    };
    QByteArray nonceTpm;
    take2b(&nonceTpm);
    if (at + 1 > response.size())
        fail("malformed response");
    const QByteArray responseAttributes = response.mid(at, 1);
    ++at;
    QByteArray responseHmac;
    take2b(&responseHmac);
    const QByteArray rpHash = m_crypto->hash(be32(TPM2_RC_SUCCESS) + be32(command) + out);
    const QByteArray expected = m_crypto->mac(rpHash + nonceTpm + nonceCaller + responseAttributes);
    if (expected.size() != responseHmac.size() ||
        CRYPTO_memcmp(expected.constData(), responseHmac.constData(), std::size_t(expected.size())))
        fail("the response's HMAC does not match (tampered with, or not from this TPM)");
    m_nonceTpm = nonceTpm;
    m_inStep = true;
    return out;
}

QByteArray DirectHmacSession::exchange(const QByteArray& request)
{
    TSS2_TCTI_CONTEXT* tcti = m_tpm.tctiContext();
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

QByteArray DirectHmacSession::sign(const Key& key, const SignRequest& request,
                                   KeyAlgorithm algorithm)
{
    const SignInputs in = signInputs(request);
    uint8_t buffer[sizeof(TPM2B_DIGEST) + sizeof(TPMT_SIG_SCHEME) + sizeof(TPMT_TK_HASHCHECK)];
    std::size_t offset = 0;
    checkRc(Tss2_MU_TPM2B_DIGEST_Marshal(&in.digest, buffer, sizeof buffer, &offset), "marshal");
    checkRc(Tss2_MU_TPMT_SIG_SCHEME_Marshal(&in.scheme, buffer, sizeof buffer, &offset), "marshal");
    checkRc(Tss2_MU_TPMT_TK_HASHCHECK_Marshal(&in.ticket, buffer, sizeof buffer, &offset),
            "marshal");
    const QByteArray out = run(
        TPM2_CC_Sign, key, QByteArray(reinterpret_cast<const char*>(buffer), qsizetype(offset)));
    TPMT_SIGNATURE signature{};
    std::size_t read = 0;
    checkRc(Tss2_MU_TPMT_SIGNATURE_Unmarshal(reinterpret_cast<const uint8_t*>(out.constData()),
                                             std::size_t(out.size()), &read, &signature),
            "unmarshal");
    return signatureBytes(signature, algorithm);
}

QByteArray DirectHmacSession::rsaRaw(const Key& key, const QByteArray& block)
{
    TPM2B_PUBLIC_KEY_RSA cipherText{};
    if (block.size() > qsizetype(sizeof cipherText.buffer))
        throw Error(ErrorCode::InvalidInput, QStringLiteral("RSA block too long"));
    cipherText.size = UINT16(block.size());
    std::memcpy(cipherText.buffer, block.constData(), cipherText.size);
    TPMT_RSA_DECRYPT scheme{};
    scheme.scheme = TPM2_ALG_NULL;
    TPM2B_DATA label{};
    uint8_t buffer[sizeof(TPM2B_PUBLIC_KEY_RSA) + sizeof(TPMT_RSA_DECRYPT) + sizeof(TPM2B_DATA)];
    std::size_t offset = 0;
    checkRc(Tss2_MU_TPM2B_PUBLIC_KEY_RSA_Marshal(&cipherText, buffer, sizeof buffer, &offset),
            "marshal");
    checkRc(Tss2_MU_TPMT_RSA_DECRYPT_Marshal(&scheme, buffer, sizeof buffer, &offset), "marshal");
    checkRc(Tss2_MU_TPM2B_DATA_Marshal(&label, buffer, sizeof buffer, &offset), "marshal");
    const QByteArray out =
        run(TPM2_CC_RSA_Decrypt, key,
            QByteArray(reinterpret_cast<const char*>(buffer), qsizetype(offset)));
    TPM2B_PUBLIC_KEY_RSA message{};
    std::size_t read = 0;
    checkRc(
        Tss2_MU_TPM2B_PUBLIC_KEY_RSA_Unmarshal(reinterpret_cast<const uint8_t*>(out.constData()),
                                               std::size_t(out.size()), &read, &message),
        "unmarshal");
    return QByteArray(reinterpret_cast<const char*>(message.buffer), message.size);
}

} // namespace tpmvsc
