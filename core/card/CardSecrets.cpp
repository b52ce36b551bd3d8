#include "CardSecrets.h"

#include "core/util/Error.h"

#include <cstring>
#include <openssl/evp.h>

namespace tpmvsc {

namespace {
// SHA-256(label || 0 || cardId || extra || secret). No stretching is needed: the value
// is only ever verified inside the TPM, which rate-limits guesses; there is no offline
// verifier to attack.
Secret derive(const char* label, const QByteArray& cardId, const QByteArray& extra,
              const Secret& secret)
{
    Secret out;
    out.resize(32);
    unsigned int length = 0;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1 &&
        EVP_DigestUpdate(ctx, label, std::strlen(label) + 1) == 1 &&
        EVP_DigestUpdate(ctx, cardId.constData(), static_cast<size_t>(cardId.size())) == 1 &&
        EVP_DigestUpdate(ctx, extra.constData(), static_cast<size_t>(extra.size())) == 1 &&
        EVP_DigestUpdate(ctx, secret.data(), secret.size()) == 1 &&
        EVP_DigestFinal_ex(ctx, out.data(), &length) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok || length != 32)
        throw Error(ErrorCode::Internal, QStringLiteral("SHA-256 failed"));
    return out;
}
} // namespace

Secret pinAuthValue(const QByteArray& cardId, const Secret& pin)
{
    return derive("tpmvsc/pin/v1", cardId, {}, pin);
}

Secret pukAuthValue(const QByteArray& cardId, const Secret& puk)
{
    return derive("tpmvsc/puk/v1", cardId, {}, puk);
}

Secret adminAuthValue(const QByteArray& cardId, const QByteArray& challenge, const Secret& response)
{
    return derive("tpmvsc/admin-response/v1", cardId, challenge, response);
}

} // namespace tpmvsc
