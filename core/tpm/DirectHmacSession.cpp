#include "DirectHmacSession.h"

#include "Tpm.h"
#include "TpmError.h"
#include "TpmWire.h"

#include <cstring>
#include <tss2/tss2_mu.h>

namespace tpmvsc {

namespace {

constexpr TPMA_SESSION kAttributes = TPMA_SESSION_CONTINUESESSION;

} // namespace

// The key stays in a Secret (locked memory), given to OpenSSL per use.
struct DirectHmacSession::Crypto {
    wire::Crypto crypto;
    Secret key;
};

std::unique_ptr<DirectHmacSession> DirectHmacSession::start(Tpm& tpm, const Secret& authValue)
{
    auto crypto = std::make_unique<Crypto>();
    crypto->key = wire::trimmedAuth(authValue);

    // Our own nonce: ESYS would make one with a fresh OpenSSL library context.
    TPM2B_NONCE nonceCaller{};
    nonceCaller.size = wire::kNonceSize;
    const QByteArray nonce = wire::randomNonce();
    std::memcpy(nonceCaller.buffer, nonce.constData(), wire::kNonceSize);
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
    const QByteArray nonceCaller = wire::randomNonce();
    // TPM 2.0 Part 1, 19.6: cpHash = H(commandCode || names || parameters); the HMAC over
    // cpHash || nonceNewer || nonceOlder || sessionAttributes, keyed with the authValue.
    const wire::Crypto& c = m_crypto->crypto;
    const QByteArray cpHash = c.hash(wire::be32(command) + key.name + parameters);
    const QByteArray hmac =
        c.mac(m_crypto->key, cpHash + nonceCaller + m_nonceTpm + char(kAttributes));

    m_inStep = false; // until the response's HMAC proves the TPM and we agree on nonceTPM
    const wire::Response response = wire::transact(
        m_tpm,
        wire::command(command, {key.handle}, {{m_sessionHandle, nonceCaller, kAttributes, hmac}},
                      parameters),
        0);
    if (response.rc != TPM2_RC_SUCCESS)
        checkRc(response.rc, command == TPM2_CC_Sign ? "TPM2_Sign" : "TPM2_RSA_Decrypt");
    if (response.auths.size() != 1)
        wire::fail("response without its authorization");
    if (!wire::responseHmacMatches(c, m_crypto->key, command, response.parameters,
                                   response.auths.first(), nonceCaller))
        wire::fail("the response's HMAC does not match (tampered with, or not from this TPM)");
    m_nonceTpm = response.auths.first().nonce;
    m_inStep = true;
    return response.parameters;
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
