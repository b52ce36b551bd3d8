#include "PolicySecretUnseal.h"

#include "PolicyDigest.h"
#include "Tpm.h"
#include "TpmError.h"
#include "TpmWire.h"

#include <QList>
#include <openssl/evp.h>
#include <tss2/tss2_mu.h>

namespace tpmvsc {

namespace {

struct StorageKey {
    TPM2_HANDLE handle = 0;
    QByteArray x;
    QByteArray y;
};

// The storage key's handle and public point from ESYS's record of it (no TPM command):
// ESYS checked the public area against the key's Name when it made the record, and the
// caller checked that Name against the card's.
StorageKey storageKey(Tpm& tpm, ESYS_TR key)
{
    uint8_t* buffer = nullptr;
    size_t size = 0;
    checkRc(Esys_TR_Serialize(tpm.esys(), key, &buffer, &size), "Esys_TR_Serialize");
    // ESYS's serialized resource: handle, Name, resource type (1: a key), public area.
    TPM2_HANDLE handle = 0;
    TPM2B_NAME name{};
    UINT32 type = 0;
    TPM2B_PUBLIC pub{};
    size_t offset = 0;
    const bool ok = Tss2_MU_TPM2_HANDLE_Unmarshal(buffer, size, &offset, &handle) == 0 &&
                    Tss2_MU_TPM2B_NAME_Unmarshal(buffer, size, &offset, &name) == 0 &&
                    Tss2_MU_UINT32_Unmarshal(buffer, size, &offset, &type) == 0 && type == 1 &&
                    Tss2_MU_TPM2B_PUBLIC_Unmarshal(buffer, size, &offset, &pub) == 0;
    Esys_Free(buffer);
    const TPMT_PUBLIC& p = pub.publicArea;
    if (!ok || p.type != TPM2_ALG_ECC || p.parameters.eccDetail.curveID != TPM2_ECC_NIST_P256)
        wire::fail("the storage key is not a P-256 key");
    StorageKey out;
    out.handle = handle;
    out.x = QByteArray(reinterpret_cast<const char*>(p.unique.ecc.x.buffer), p.unique.ecc.x.size);
    out.y = QByteArray(reinterpret_cast<const char*>(p.unique.ecc.y.buffer), p.unique.ecc.y.size);
    return out;
}

struct Session {
    wire::LoadedHandle loaded;
    QByteArray nonceTpm;
    TPM2_HANDLE handle() const { return loaded.handle(); }
};

Session startSession(Tpm& tpm, TPM2_HANDLE tpmKey, const QByteArray& nonceCaller,
                     const QByteArray& encryptedSalt, TPM2_SE type, bool aes)
{
    QByteArray parameters = wire::sized(nonceCaller) + wire::sized(encryptedSalt) + char(type);
    parameters += aes ? wire::be16(TPM2_ALG_AES) + wire::be16(128) + wire::be16(TPM2_ALG_CFB)
                      : wire::be16(TPM2_ALG_NULL);
    parameters += wire::be16(TPM2_ALG_SHA256);
    const wire::Response r = wire::transact(
        tpm, wire::command(TPM2_CC_StartAuthSession, {tpmKey, TPM2_RH_NULL}, {}, parameters), 1);
    if (r.rc != TPM2_RC_SUCCESS)
        checkRc(r.rc, "TPM2_StartAuthSession");
    Session s;
    s.loaded = wire::LoadedHandle(tpm, r.handles.value(0));
    if (r.parameters.size() != 2 + wire::kNonceSize)
        wire::fail("malformed response");
    s.nonceTpm = r.parameters.mid(2);
    return s;
}

// AES-128-CFB with the key and IV KDFa derives for a response (Part 1, 21.3); in place.
void decryptResponse(const Secret& sessionKey, const wire::Crypto& crypto,
                     const QByteArray& nonceTpm, const QByteArray& nonceCaller, Secret& data)
{
    const Secret keyIv = crypto.kdfa(sessionKey, "CFB", nonceTpm, nonceCaller, 256);
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int outSize = 0;
    const bool ok =
        ctx &&
        EVP_DecryptInit_ex(ctx, EVP_aes_128_cfb128(), nullptr, keyIv.data(), keyIv.data() + 16) ==
            1 &&
        EVP_DecryptUpdate(ctx, data.data(), &outSize, data.data(), int(data.size())) == 1 &&
        std::size_t(outSize) == data.size();
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        wire::fail("the unsealed data could not be decrypted");
}

} // namespace

Secret unsealBehindIndexSecret(Tpm& tpm, ESYS_TR storageKeyRef, const TpmBlob& sealed,
                               TPM2_HANDLE index, const QByteArray& indexName,
                               const Secret& indexAuth, wire::LoadedHandle* keptSession)
{
    const wire::Crypto crypto;
    const StorageKey parent = storageKey(tpm, storageKeyRef);

    const wire::Crypto::Salt salt = crypto.eccSalt(parent.x, parent.y);
    const QByteArray hmacNonce = wire::randomNonce();
    Session hmac =
        startSession(tpm, parent.handle, hmacNonce, salt.encryptedSalt, TPM2_SE_HMAC, true);
    const Secret sessionKey = crypto.kdfa(salt.seed, "ATH", hmac.nonceTpm, hmacNonce, 256);
    Session policy =
        startSession(tpm, TPM2_RH_NULL, wire::randomNonce(), {}, TPM2_SE_POLICY, false);

    // PolicySecret(index): nonceTPM, cpHashA and policyRef empty, no expiration.
    {
        const QByteArray parameters =
            wire::sized({}) + wire::sized({}) + wire::sized({}) + wire::be32(0);
        const QByteArray nonceCaller = wire::randomNonce();
        const TPMA_SESSION attributes = TPMA_SESSION_CONTINUESESSION;
        Secret key = sessionKey;
        const Secret auth = wire::trimmedAuth(indexAuth);
        key.append(auth.data(), auth.size());
        const QByteArray cpHash = crypto.hash(wire::be32(TPM2_CC_PolicySecret) + indexName +
                                              wire::be32(policy.handle()) + parameters);
        const QByteArray mac =
            crypto.mac(key, cpHash + nonceCaller + hmac.nonceTpm + char(attributes));
        const wire::Response r = wire::transact(
            tpm,
            wire::command(TPM2_CC_PolicySecret, {index, policy.handle()},
                          {{hmac.handle(), nonceCaller, attributes, mac}}, parameters),
            0);
        if (r.rc != TPM2_RC_SUCCESS)
            checkRc(r.rc, "TPM2_PolicySecret");
        if (r.auths.size() != 1 ||
            !wire::responseHmacMatches(crypto, key, TPM2_CC_PolicySecret, r.parameters,
                                       r.auths.first(), nonceCaller))
            wire::fail("the PolicySecret response's HMAC does not match");
        hmac.nonceTpm = r.auths.first().nonce;
    }

    // Load under the storage key, whose authValue is empty: a password session.
    wire::LoadedHandle object;
    {
        const wire::Response r =
            wire::transact(tpm,
                           wire::command(TPM2_CC_Load, {parent.handle}, {wire::CommandAuth{}},
                                         sealed.privateArea + sealed.publicArea),
                           1);
        if (r.rc != TPM2_RC_SUCCESS)
            checkRc(r.rc, "TPM2_Load");
        object = wire::LoadedHandle(tpm, r.handles.value(0));
    }

    // Unseal: the policy session authorizes (its HMAC key is empty: unsalted, no
    // authValue, so the HMAC is the empty buffer); the salted session encrypts the answer.
    const QByteArray policyNonce = wire::randomNonce();
    const QByteArray encryptNonce = wire::randomNonce();
    const TPMA_SESSION encryptAttributes =
        TPMA_SESSION_ENCRYPT | (keptSession ? TPMA_SESSION_CONTINUESESSION : 0);
    const QByteArray cpHash =
        crypto.hash(wire::be32(TPM2_CC_Unseal) + policy::objectName(sealed.publicArea));
    const QByteArray encryptMac =
        crypto.mac(sessionKey, cpHash + encryptNonce + hmac.nonceTpm + char(encryptAttributes));
    const wire::Response r =
        wire::transact(tpm,
                       wire::command(TPM2_CC_Unseal, {object.handle()},
                                     {{policy.handle(), policyNonce, 0, {}},
                                      {hmac.handle(), encryptNonce, encryptAttributes, encryptMac}},
                                     {}),
                       0);
    if (r.rc != TPM2_RC_SUCCESS)
        checkRc(r.rc, "TPM2_Unseal");
    policy.loaded.forget(); // ended by the TPM with the command
    if (!keptSession)
        hmac.loaded.forget(); // so was this one
    if (r.auths.size() != 2 ||
        !wire::responseHmacMatches(crypto, sessionKey, TPM2_CC_Unseal, r.parameters, r.auths.at(1),
                                   encryptNonce))
        wire::fail("the Unseal response's HMAC does not match");
    if (r.parameters.size() < 2)
        wire::fail("malformed response");
    const int size = (uchar(r.parameters.at(0)) << 8) | uchar(r.parameters.at(1));
    if (r.parameters.size() != 2 + size)
        wire::fail("malformed response");
    Secret secret(r.parameters.constData() + 2, std::size_t(size));
    decryptResponse(sessionKey, crypto, r.auths.at(1).nonce, encryptNonce, secret);
    if (keptSession)
        *keptSession = std::move(hmac.loaded);
    return secret;
}

} // namespace tpmvsc
