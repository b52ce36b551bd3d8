#include "MakeCredential.h"

#include "OpenSslSupport_p.h"

#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace tpmvsc {

namespace {

[[noreturn]] void refuse(const Sentence& why)
{
    throw Error(ErrorCode::EvidenceRefused, why);
}

const EVP_MD* digestOf(quint16 alg)
{
    switch (alg) {
    case tpm2::kAlgSha1: return EVP_sha1();
    case tpm2::kAlgSha256: return EVP_sha256();
    case tpm2::kAlgSha384: return EVP_sha384();
    case tpm2::kAlgSha512: return EVP_sha512();
    default: return nullptr; // parsePublic refuses any other nameAlg
    }
}

QByteArray bigEndian32(quint32 v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(b, 4);
}

// A TPM2B: a two-byte size, then the bytes.
QByteArray sized(const QByteArray& bytes)
{
    const char size[2] = {char(bytes.size() >> 8), char(bytes.size() & 0xff)};
    return QByteArray(size, 2) + bytes;
}

// A label as KDFa and KDFe take it: its octets and the terminating NUL (Part 1 11.4.10).
QByteArray label(const char* text)
{
    return QByteArray(text) + '\0';
}

QByteArray hmac(const EVP_MD* md, const Secret& key, const QByteArray& data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(md, key.data(), int(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
              size_t(data.size()), out, &length))
        ossl::internal("compute an HMAC");
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

// KDFa (Part 1 11.4.10.2, SP 800-108 counter mode with HMAC): as many blocks of
// HMAC(key, [i] || label || contextU || contextV || [bits]) as `bits` need.
Secret kdfa(const EVP_MD* md, const Secret& key, const char* text, const QByteArray& contextU,
            const QByteArray& contextV, int bits)
{
    Secret out;
    const QByteArray tail = label(text) + contextU + contextV + bigEndian32(quint32(bits));
    for (quint32 i = 1; out.size() * 8 < size_t(bits); ++i) {
        QByteArray block = hmac(md, key, bigEndian32(i) + tail);
        out.append(block.constData(), size_t(block.size()));
        wipe(block);
    }
    out.resize(size_t(bits) / 8);
    return out;
}

// KDFe (Part 1 11.4.10.3, SP 800-56A's single-step KDF with a hash): blocks of
// H([i] || Z || label || partyUInfo || partyVInfo).
Secret kdfe(const EVP_MD* md, const Secret& z, const char* text, const QByteArray& partyU,
            const QByteArray& partyV, int bits)
{
    Secret out;
    const QByteArray tail = label(text) + partyU + partyV;
    for (quint32 i = 1; out.size() * 8 < size_t(bits); ++i) {
        ossl::Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        const QByteArray counter = bigEndian32(i);
        if (!ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1 ||
            EVP_DigestUpdate(ctx.get(), counter.constData(), 4) != 1 ||
            EVP_DigestUpdate(ctx.get(), z.data(), z.size()) != 1 ||
            EVP_DigestUpdate(ctx.get(), tail.constData(), size_t(tail.size())) != 1 ||
            EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
            ossl::internal("compute a digest");
        out.append(digest, length);
        OPENSSL_cleanse(digest, sizeof digest);
    }
    out.resize(size_t(bits) / 8);
    return out;
}

ossl::Owned<EVP_PKEY> keyOf(const tpm2::Public& area)
{
    auto key = ossl::publicKeyFromSpki(tpm2::subjectPublicKeyInfo(area));
    if (!key)
        ossl::internal("read a public key");
    return key;
}

// RSA EK: the seed is random, encrypted with RSA-OAEP under the label "IDENTITY".
QByteArray rsaSeed(const tpm2::Public& ek, const EVP_MD* md, Secret& seed)
{
    seed = Secret::random(size_t(EVP_MD_get_size(md)));
    const auto key = keyOf(ek);
    ossl::Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    const QByteArray oaepLabel = label("IDENTITY");
    // OpenSSL owns the label it is given and frees it with the context.
    void* labelCopy = OPENSSL_memdup(oaepLabel.constData(), size_t(oaepLabel.size()));
    if (!ctx || !labelCopy || EVP_PKEY_encrypt_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_OAEP_PADDING) != 1 ||
        EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), md) != 1 ||
        EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), md) != 1 ||
        EVP_PKEY_CTX_set0_rsa_oaep_label(ctx.get(), labelCopy, int(oaepLabel.size())) != 1) {
        OPENSSL_free(labelCopy);
        ossl::internal("prepare RSA-OAEP encryption");
    }
    size_t length = 0;
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &length, seed.data(), seed.size()) != 1)
        ossl::internal("size the encrypted seed");
    QByteArray out(qsizetype(length), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length,
                         seed.data(), seed.size()) != 1)
        ossl::fail(ErrorCode::EvidenceRefused,
                   Sentence("MakeCredential", "The seed cannot be encrypted to the EK"));
    out.resize(qsizetype(length));
    return out;
}

QByteArray bnBytes(const EVP_PKEY* key, const char* parameter, int size)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, parameter, &raw) != 1)
        ossl::internal("read an ECC coordinate");
    const ossl::Owned<BIGNUM> bn(raw);
    QByteArray out(size, Qt::Uninitialized);
    if (BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char*>(out.data()), size) != size)
        ossl::internal("write an ECC coordinate");
    return out;
}

// ECC EK: one-pass Diffie-Hellman with an ephemeral key (Part 1 C.6.2); the seed is KDFe
// of the shared x coordinate, and the secret is the ephemeral public point.
QByteArray eccSeed(const tpm2::Public& ek, const EVP_MD* md, Secret& seed)
{
    const auto peer = keyOf(ek);
    const char* group = ek.curve == tpm2::kEccNistP256 ? "P-256" : "P-384";
    const int size = ek.curve == tpm2::kEccNistP256 ? 32 : 48;
    ossl::Owned<EVP_PKEY> ephemeral(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group));
    ossl::Owned<EVP_PKEY_CTX> ctx(ephemeral ? EVP_PKEY_CTX_new(ephemeral.get(), nullptr) : nullptr);
    size_t length = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1)
        ossl::internal("prepare ECDH");
    Secret z;
    z.resize(length);
    if (EVP_PKEY_derive(ctx.get(), z.data(), &length) != 1)
        ossl::internal("derive the ECDH secret");
    z.resize(length);
    const QByteArray x = bnBytes(ephemeral.get(), OSSL_PKEY_PARAM_EC_PUB_X, size);
    const QByteArray y = bnBytes(ephemeral.get(), OSSL_PKEY_PARAM_EC_PUB_Y, size);
    seed = kdfe(md, z, "IDENTITY", x, ek.x, EVP_MD_get_size(md) * 8);
    return sized(x) + sized(y); // TPMS_ECC_POINT
}

QByteArray aesCfb(const Secret& key, const QByteArray& plain)
{
    const EVP_CIPHER* cipher = key.size() == 16 ? EVP_aes_128_cfb128() : EVP_aes_256_cfb128();
    const unsigned char iv[16] = {};
    ossl::Owned<EVP_CIPHER_CTX> ctx(EVP_CIPHER_CTX_new());
    QByteArray out(plain.size(), Qt::Uninitialized);
    int length = 0, tail = 0;
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, key.data(), iv) != 1 ||
        EVP_EncryptUpdate(ctx.get(), o, &length,
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          int(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), o + length, &tail) != 1 || length + tail != plain.size())
        ossl::internal("encrypt with AES-CFB");
    return out;
}

} // namespace

void checkEndorsementKeyArea(const tpm2::Public& ek)
{
    const quint32 a = ek.objectAttributes;
    if (!(a & tpm2::kRestricted) || !(a & tpm2::kDecrypt) || (a & tpm2::kSign))
        refuse(Sentence("MakeCredential",
                        "The EK is not a restricted decryption key (a storage key), so it "
                        "cannot receive a credential."));
    if (!(a & tpm2::kFixedTpm) || !(a & tpm2::kFixedParent))
        refuse(Sentence("MakeCredential", "The EK is not fixedTPM and fixedParent: it could be "
                                          "a key that left its TPM."));
    if (ek.symmetric != tpm2::kAlgAes || ek.symmetricMode != tpm2::kAlgCfb ||
        (ek.symmetricKeyBits != 128 && ek.symmetricKeyBits != 256))
        refuse(Sentence("MakeCredential",
                        "The EK's symmetric algorithm is not AES-128 or AES-256 in CFB mode."));
    if (ek.type == tpm2::kAlgEcc && ek.curve != tpm2::kEccNistP256 &&
        ek.curve != tpm2::kEccNistP384)
        refuse(Sentence("MakeCredential", "The EK's curve is not NIST P-256 or P-384."));
}

CredentialChallenge makeCredential(const QByteArray& ekPublic, const QByteArray& objectName,
                                   const Secret& credential)
{
    ossl::ErrorQueueGuard guard;
    const tpm2::Public ek = tpm2::parsePublic(ekPublic);
    checkEndorsementKeyArea(ek);
    const EVP_MD* md = digestOf(ek.nameAlg);
    const int digestSize = EVP_MD_get_size(md);
    if (credential.empty() || credential.size() > size_t(digestSize))
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("MakeCredential", "A credential for this EK is 1 to %1 bytes long, not %2.")
                .arg(digestSize)
                .arg(qint64(credential.size())));

    Secret seed;
    const QByteArray secret =
        ek.type == tpm2::kAlgRsa ? rsaSeed(ek, md, seed) : eccSeed(ek, md, seed);
    const Secret symKey = kdfa(md, seed, "STORAGE", objectName, {}, ek.symmetricKeyBits);
    QByteArray plain = sized(
        QByteArray(reinterpret_cast<const char*>(credential.data()), qsizetype(credential.size())));
    const QByteArray encIdentity = aesCfb(symKey, plain);
    wipe(plain);
    const Secret hmacKey = kdfa(md, seed, "INTEGRITY", {}, {}, digestSize * 8);
    const QByteArray integrity = hmac(md, hmacKey, encIdentity + objectName);

    CredentialChallenge challenge;
    challenge.credentialBlob = sized(sized(integrity) + encIdentity);
    challenge.encryptedSecret = sized(secret);
    return challenge;
}

} // namespace tpmvsc
