#include "AdminResponse.h"

#include "core/util/Error.h"
#include "core/util/HexText.h"

#include <QCoreApplication>
#include <algorithm>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <utility>

namespace tpmvsc {

namespace {

struct CipherDeleter {
    void operator()(EVP_CIPHER* c) const { EVP_CIPHER_free(c); }
};
struct CipherCtxDeleter {
    // EVP_CIPHER_CTX_free cleanses the key schedule before freeing it.
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};

} // namespace

Secret defaultAdminKey()
{
    static constexpr std::uint8_t kDefault[kAdminKeySize] = {
        0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x01, 0x02, 0x03, 0x04,
        0x05, 0x06, 0x07, 0x08, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
    };
    return Secret(kDefault, sizeof kDefault);
}

Secret parseAdminKey(const QString& hex)
{
    // Messages name positions and counts, never characters: even a mistyped one hints at
    // the digit meant ('O' for '0'), and the key must not reach a log.
    const HexScan scan = scanHex(hex);
    if (scan.badPosition > 0)
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("AdminResponse",
                     "The admin key has a character that is not hexadecimal at position %1.")
                .arg(scan.badPosition));
    if (scan.digits != 2 * kAdminKeySize)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AdminResponse", "The admin key must be %1 hexadecimal digits (%2 "
                                              "bytes); you gave %3.")
                        .arg(2 * kAdminKeySize)
                        .arg(kAdminKeySize)
                        .arg(scan.digits));
    std::uint8_t buffer[kAdminKeySize];
    decodeHex(hex, buffer);
    Secret key(buffer, sizeof buffer);
    OPENSSL_cleanse(buffer, sizeof buffer);
    return key;
}

AdminKeyWeakness adminKeyWeakness(const Secret& adminKey)
{
    constexpr int kPart = kAdminKeySize / 3;
    if (adminKey.size() != static_cast<std::size_t>(kAdminKeySize) || adminKey == defaultAdminKey())
        return {};
    const std::uint8_t* k = adminKey.data();
    const auto sameFor = [k](int a, int b, std::uint8_t mask) {
        std::uint8_t diff = 0;
        for (int i = 0; i < kPart; ++i)
            diff |= static_cast<std::uint8_t>((k[a * kPart + i] ^ k[b * kPart + i]) & mask);
        return diff == 0;
    };
    for (const auto& [first, second] : {std::pair{0, 1}, std::pair{1, 2}}) {
        if (sameFor(first, second, 0xFE)) // parity bits masked: as DES uses the key
            return {first + 1, second + 1, !sameFor(first, second, 0xFF)};
    }
    return {};
}

Sentence AdminKeyWeakness::text() const
{
    if (firstPart == 0)
        return {};
    // Positions in hex digits, as the key is typed.
    constexpr int kPartDigits = 2 * kAdminKeySize / 3;
    const int from1 = (firstPart - 1) * kPartDigits + 1;
    const int from2 = (secondPart - 1) * kPartDigits + 1;
    const Sentence text =
        parityOnly
            ? Sentence(
                  "AdminResponse",
                  "Digits %1-%2 and %3-%4 of the admin key differ only in the lowest bit of each "
                  "byte, which DES ignores, so this 3DES key is no stronger than single DES, "
                  "whose 56-bit keys can all be tried. Choose a key whose three 16-digit parts "
                  "differ.")
            : Sentence(
                  "AdminResponse",
                  "Digits %1-%2 and %3-%4 of the admin key are the same, so this 3DES key is no "
                  "stronger than single DES, whose 56-bit keys can all be tried. Choose a key "
                  "whose three 16-digit parts differ.");
    return text.arg(from1).arg(from1 + kPartDigits - 1).arg(from2).arg(from2 + kPartDigits - 1);
}

Secret computeAdminResponse(const Secret& adminKey, const QByteArray& challenge)
{
    if (adminKey.size() != static_cast<std::size_t>(kAdminKeySize))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AdminResponse", "The admin key must be %1 bytes; it has %2.")
                        .arg(kAdminKeySize)
                        .arg(adminKey.size()));
    if (challenge.size() != kChallengeSize)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AdminResponse", "The challenge must be %1 bytes; it has %2.")
                        .arg(kChallengeSize)
                        .arg(challenge.size()));

    // One block, so ECB equals CBC with a zero IV. DES-EDE3 is in OpenSSL 3's default
    // provider (only single DES moved to "legacy"); an explicit fetch makes a system whose
    // configuration removed it fail here with a clear message rather than inside EVP.
    const std::unique_ptr<EVP_CIPHER, CipherDeleter> cipher(
        EVP_CIPHER_fetch(nullptr, "DES-EDE3-ECB", nullptr));
    if (!cipher)
        throw Error(ErrorCode::Unsupported,
                    Sentence("AdminResponse", "This system's OpenSSL does not provide 3DES "
                                              "(DES-EDE3), which admin responses need."));
    const std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter> ctx(EVP_CIPHER_CTX_new());
    std::uint8_t out[kResponseSize + kChallengeSize] = {}; // EVP may write a block more
    int outLen = 0;
    int finalLen = 0;
    const bool ok =
        ctx &&
        EVP_EncryptInit_ex2(ctx.get(), cipher.get(), adminKey.data(), nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_set_padding(ctx.get(), 0) == 1 &&
        EVP_EncryptUpdate(ctx.get(), out, &outLen,
                          reinterpret_cast<const unsigned char*>(challenge.constData()),
                          kChallengeSize) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), out + outLen, &finalLen) == 1 &&
        outLen + finalLen == kResponseSize;
    if (!ok) {
        OPENSSL_cleanse(out, sizeof out);
        throw Error(ErrorCode::Internal,
                    Sentence("AdminResponse", "OpenSSL failed to compute the admin response."));
    }
    Secret response(out, kResponseSize);
    OPENSSL_cleanse(out, sizeof out);
    return response;
}

} // namespace tpmvsc
