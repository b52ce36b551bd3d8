// The RSA paddings done outside the TPM, so that the TPM's raw RSA operation serves any
// caller-built DigestInfo, any PSS salt length and any OAEP label (the TPM's own OAEP
// refuses labels without a trailing zero byte). Built on OpenSSL's padding primitives.
#pragma once

#include "KeyObjects.h"
#include "Mechanisms.h"

#include <QByteArray>
#include <memory>

typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace tpmvsc::pkcs11 {

// EMSA-PKCS1-v1_5 (block type 1) around `data`; CKR_DATA_LEN_RANGE above k - 11 bytes.
QByteArray pkcs1SignatureBlock(const QByteArray& data, int modulusBytes);
// DigestInfo { algorithm, hash } for the hash-and-sign mechanisms.
QByteArray digestInfo(const DigestAlgorithm& digest, const QByteArray& hash);
// EMSA-PSS of `hash` for the key's modulus; CKR_MECHANISM_PARAM_INVALID on a salt too long.
QByteArray pssBlock(const PublicKeyParams& key, const QByteArray& hash,
                    const DigestAlgorithm& digest, const DigestAlgorithm& mgf, CK_ULONG saltLength);
// EME-OAEP decoding of a raw RSA result; nullopt when the padding is wrong.
std::optional<QByteArray> oaepDecode(const QByteArray& block, const QByteArray& label,
                                     const DigestAlgorithm& digest, const DigestAlgorithm& mgf);

// A running hash (C_SignUpdate for the hash-and-sign mechanisms).
class Hasher
{
public:
    explicit Hasher(const DigestAlgorithm& digest);
    ~Hasher();
    void update(const QByteArray& data);
    QByteArray final();

private:
    struct Free {
        void operator()(EVP_MD_CTX* ctx) const;
    };
    std::unique_ptr<EVP_MD_CTX, Free> m_ctx;
};

} // namespace tpmvsc::pkcs11
