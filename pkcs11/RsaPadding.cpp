// RSA_padding_add_PKCS1_PSS_mgf1 and RSA_padding_check_PKCS1_OAEP_mgf1 are deprecated in
// OpenSSL 3 only because EVP does padding and key operation together; there is no EVP
// call for the padding alone, which is exactly what a key held by the TPM needs.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "RsaPadding.h"

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace tpmvsc::pkcs11 {

namespace {

const EVP_MD* evpDigest(const DigestAlgorithm& d)
{
    const EVP_MD* md = EVP_get_digestbyname(d.opensslName);
    if (!md)
        fail(CKR_MECHANISM_PARAM_INVALID);
    return md;
}

QByteArray digestInfoPrefix(CK_MECHANISM_TYPE type)
{
    switch (type) {
    case CKM_SHA_1: return QByteArray::fromHex("3021300906052b0e03021a05000414");
    case CKM_SHA224: return QByteArray::fromHex("302d300d06096086480165030402040500041c");
    case CKM_SHA256: return QByteArray::fromHex("3031300d060960864801650304020105000420");
    case CKM_SHA384: return QByteArray::fromHex("3041300d060960864801650304020205000430");
    case CKM_SHA512: return QByteArray::fromHex("3051300d060960864801650304020305000440");
    }
    fail(CKR_MECHANISM_INVALID);
}

struct RsaFree {
    void operator()(RSA* rsa) const { RSA_free(rsa); }
};

} // namespace

QByteArray pkcs1SignatureBlock(const QByteArray& data, int modulusBytes)
{
    if (data.isEmpty() || data.size() > modulusBytes - 11)
        fail(CKR_DATA_LEN_RANGE);
    QByteArray block(modulusBytes, '\xff');
    block[0] = 0x00;
    block[1] = 0x01;
    block[modulusBytes - data.size() - 1] = 0x00;
    block.replace(modulusBytes - data.size(), data.size(), data);
    return block;
}

QByteArray digestInfo(const DigestAlgorithm& digest, const QByteArray& hash)
{
    return digestInfoPrefix(digest.type) + hash;
}

QByteArray pssBlock(const PublicKeyParams& key, const QByteArray& hash,
                    const DigestAlgorithm& digest, const DigestAlgorithm& mgf, CK_ULONG saltLength)
{
    const int k = (key.bits + 7) / 8;
    // emLen = ceil((modBits - 1) / 8): room for the hash, the salt and two bytes.
    const int emLen = (key.bits - 1 + 7) / 8;
    if (saltLength > CK_ULONG(emLen - digest.size - 2))
        fail(CKR_MECHANISM_PARAM_INVALID);
    const auto* der = reinterpret_cast<const unsigned char*>(key.subjectPublicKey.constData());
    const std::unique_ptr<RSA, RsaFree> rsa(
        d2i_RSA_PUBKEY(nullptr, &der, long(key.subjectPublicKey.size())));
    if (!rsa)
        fail(CKR_GENERAL_ERROR);
    QByteArray block(k, '\0');
    if (RSA_padding_add_PKCS1_PSS_mgf1(rsa.get(), reinterpret_cast<unsigned char*>(block.data()),
                                       reinterpret_cast<const unsigned char*>(hash.constData()),
                                       evpDigest(digest), evpDigest(mgf), int(saltLength)) != 1)
        fail(CKR_FUNCTION_FAILED);
    return block;
}

std::optional<QByteArray> oaepDecode(const QByteArray& block, const QByteArray& label,
                                     const DigestAlgorithm& digest, const DigestAlgorithm& mgf)
{
    QByteArray out(block.size(), '\0');
    const int n = RSA_padding_check_PKCS1_OAEP_mgf1(
        reinterpret_cast<unsigned char*>(out.data()), int(out.size()),
        reinterpret_cast<const unsigned char*>(block.constData()), int(block.size()),
        int(block.size()), reinterpret_cast<const unsigned char*>(label.constData()),
        int(label.size()), evpDigest(digest), evpDigest(mgf));
    if (n < 0)
        return std::nullopt;
    out.resize(n);
    return out;
}

void Hasher::Free::operator()(EVP_MD_CTX* ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Hasher::Hasher(const DigestAlgorithm& digest) : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(m_ctx.get(), evpDigest(digest), nullptr) != 1)
        fail(CKR_HOST_MEMORY);
}

Hasher::~Hasher() = default;

void Hasher::update(const QByteArray& data)
{
    if (EVP_DigestUpdate(m_ctx.get(), data.constData(), std::size_t(data.size())) != 1)
        fail(CKR_FUNCTION_FAILED);
}

QByteArray Hasher::final()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx.get(), out, &length) != 1)
        fail(CKR_FUNCTION_FAILED);
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

} // namespace tpmvsc::pkcs11
