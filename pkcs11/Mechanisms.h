// The mechanisms the cards offer, what each needs and what C_GetMechanismInfo says
// about it. The private-key operation of every one of them runs in the TPM; hashing for
// the hash-and-sign mechanisms and the RSA paddings are done here (RsaPadding).
#pragma once

#include "Pkcs11.h"
#include "core/store/CardRecord.h"

#include <QList>
#include <optional>

namespace tpmvsc::pkcs11 {

enum class MechanismUse { Sign, Decrypt, GenerateKeyPair };

struct Mechanism {
    CK_MECHANISM_TYPE type;
    bool rsa; // RSA keys, else EC keys
    MechanismUse use;
    std::optional<CK_MECHANISM_TYPE> digest; // hash-and-sign: CKM_SHA256, ...
    bool pss = false;
};

const Mechanism* findMechanism(CK_MECHANISM_TYPE type);
QList<CK_MECHANISM_TYPE> allMechanisms();
// The mechanisms a key of this algorithm may be used with (CKA_ALLOWED_MECHANISMS).
QList<CK_MECHANISM_TYPE> keyMechanisms(KeyAlgorithm algorithm);
// CKF_HW on every mechanism: the private-key operation is done by the device (the TPM,
// which holds the key), never by this library. Only the hashing of the hash-and-sign
// mechanisms and the RSA padding run here, on public data.
CK_MECHANISM_INFO mechanismInfo(const Mechanism& mechanism);

// Digest algorithms a caller may name (PSS/OAEP parameters, hash-and-sign).
struct DigestAlgorithm {
    CK_MECHANISM_TYPE type;   // CKM_SHA256, ...
    CK_RSA_PKCS_MGF_TYPE mgf; // the matching CKG_MGF1_*
    int size;                 // bytes
    const char* opensslName;  // "SHA256", for EVP_get_digestbyname
};
const DigestAlgorithm* findDigest(CK_MECHANISM_TYPE type);
const DigestAlgorithm* findDigestByMgf(CK_RSA_PKCS_MGF_TYPE mgf);

} // namespace tpmvsc::pkcs11
