#include "CredentialSeal.h"

#include "OpenSslSupport_p.h"

#include <openssl/rand.h>

namespace tpmvsc {

namespace {

constexpr int kIvSize = 12;
constexpr int kTagSize = 16;

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

void checkCredential(const Secret& credential)
{
    if (credential.size() != size_t(kCredentialSize))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CredentialSeal", "The credential is %1 bytes long, not %2.")
                        .arg(qint64(credential.size()))
                        .arg(kCredentialSize));
}

ossl::Owned<EVP_CIPHER_CTX> gcm(bool encrypt, const Secret& credential, const QByteArray& iv,
                                const QByteArray& aad)
{
    ossl::Owned<EVP_CIPHER_CTX> ctx(EVP_CIPHER_CTX_new());
    int ignored = 0;
    if (!ctx ||
        EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, credential.data(), bytes(iv),
                          encrypt ? 1 : 0) != 1 ||
        EVP_CipherUpdate(ctx.get(), nullptr, &ignored, bytes(aad), int(aad.size())) != 1)
        ossl::internal("prepare AES-256-GCM");
    return ctx;
}

} // namespace

QByteArray sealWithCredential(const QByteArray& plain, const Secret& credential,
                              const QByteArray& aikName)
{
    ossl::ErrorQueueGuard guard;
    checkCredential(credential);
    QByteArray iv(kIvSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(iv.data()), kIvSize) != 1)
        ossl::internal("draw a random IV");
    const auto ctx = gcm(true, credential, iv, aikName);
    QByteArray cipher(plain.size(), Qt::Uninitialized);
    QByteArray tag(kTagSize, Qt::Uninitialized);
    int length = 0, tail = 0;
    auto* out = reinterpret_cast<unsigned char*>(cipher.data());
    if (EVP_EncryptUpdate(ctx.get(), out, &length, bytes(plain), int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), out + length, &tail) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1)
        ossl::internal("encrypt with AES-256-GCM");
    return iv + cipher + tag;
}

QByteArray openWithCredential(const QByteArray& sealed, const Secret& credential,
                              const QByteArray& aikName)
{
    ossl::ErrorQueueGuard guard;
    checkCredential(credential);
    if (sealed.size() < kIvSize + kTagSize + 1)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CredentialSeal", "The sealed certificate is too short to hold an "
                                               "IV, a certificate and a tag."));
    const QByteArray iv = sealed.first(kIvSize);
    QByteArray tag = sealed.last(kTagSize);
    const QByteArray cipher = sealed.sliced(kIvSize, sealed.size() - kIvSize - kTagSize);
    const auto ctx = gcm(false, credential, iv, aikName);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    int length = 0, tail = 0;
    auto* out = reinterpret_cast<unsigned char*>(plain.data());
    if (EVP_DecryptUpdate(ctx.get(), out, &length, bytes(cipher), int(cipher.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1)
        ossl::internal("decrypt with AES-256-GCM");
    if (EVP_DecryptFinal_ex(ctx.get(), out + length, &tail) != 1) {
        wipe(plain);
        throw Error(ErrorCode::EvidenceRefused,
                    Sentence("CredentialSeal",
                             "The sealed certificate does not open with the credential the TPM "
                             "recovered: it was sealed for another credential or another AIK, "
                             "or altered on the way."));
    }
    return plain;
}

} // namespace tpmvsc
