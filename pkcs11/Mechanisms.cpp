#include "Mechanisms.h"

#include "KeyObjects.h"

namespace tpmvsc::pkcs11 {

namespace {

using U = MechanismUse;

// The order is the order of C_GetMechanismList: peers that take "the first signing
// mechanism" (pkcs11-tool --test) get plain CKM_RSA_PKCS / CKM_ECDSA.
const Mechanism kMechanisms[] = {
    {CKM_RSA_PKCS_KEY_PAIR_GEN, true, U::GenerateKeyPair, std::nullopt},
    {CKM_RSA_PKCS, true, U::Sign, std::nullopt},
    {CKM_RSA_PKCS_PSS, true, U::Sign, std::nullopt, true},
    {CKM_SHA256_RSA_PKCS, true, U::Sign, CKM_SHA256},
    {CKM_SHA384_RSA_PKCS, true, U::Sign, CKM_SHA384},
    {CKM_SHA512_RSA_PKCS, true, U::Sign, CKM_SHA512},
    {CKM_SHA256_RSA_PKCS_PSS, true, U::Sign, CKM_SHA256, true},
    {CKM_SHA384_RSA_PKCS_PSS, true, U::Sign, CKM_SHA384, true},
    {CKM_SHA512_RSA_PKCS_PSS, true, U::Sign, CKM_SHA512, true},
    {CKM_RSA_PKCS_OAEP, true, U::Decrypt, std::nullopt},
    {CKM_EC_KEY_PAIR_GEN, false, U::GenerateKeyPair, std::nullopt},
    {CKM_ECDSA, false, U::Sign, std::nullopt},
    {CKM_ECDSA_SHA256, false, U::Sign, CKM_SHA256},
    {CKM_ECDSA_SHA384, false, U::Sign, CKM_SHA384},
};

// CKM_RSA_PKCS also decrypts: it has two uses, so it is listed once and answered here.
constexpr CK_MECHANISM_TYPE kSignAndDecrypt = CKM_RSA_PKCS;

const DigestAlgorithm kDigests[] = {
    {CKM_SHA_1, CKG_MGF1_SHA1, 20, "SHA1"},      {CKM_SHA224, CKG_MGF1_SHA224, 28, "SHA224"},
    {CKM_SHA256, CKG_MGF1_SHA256, 32, "SHA256"}, {CKM_SHA384, CKG_MGF1_SHA384, 48, "SHA384"},
    {CKM_SHA512, CKG_MGF1_SHA512, 64, "SHA512"},
};

} // namespace

const Mechanism* findMechanism(CK_MECHANISM_TYPE type)
{
    for (const Mechanism& m : kMechanisms) {
        if (m.type == type)
            return &m;
    }
    return nullptr;
}

QList<CK_MECHANISM_TYPE> allMechanisms()
{
    QList<CK_MECHANISM_TYPE> out;
    for (const Mechanism& m : kMechanisms)
        out.append(m.type);
    return out;
}

QList<CK_MECHANISM_TYPE> keyMechanisms(KeyAlgorithm algorithm)
{
    QList<CK_MECHANISM_TYPE> out;
    for (const Mechanism& m : kMechanisms) {
        if (m.rsa == isRsa(algorithm) && m.use != MechanismUse::GenerateKeyPair)
            out.append(m.type);
    }
    return out;
}

CK_MECHANISM_INFO mechanismInfo(const Mechanism& m)
{
    CK_MECHANISM_INFO info = {};
    info.ulMinKeySize = m.rsa ? 2048 : 256;
    info.ulMaxKeySize = m.rsa ? 3072 : 384;
    switch (m.use) {
    case MechanismUse::Sign: info.flags = CKF_SIGN; break;
    case MechanismUse::Decrypt: info.flags = CKF_DECRYPT; break;
    case MechanismUse::GenerateKeyPair: info.flags = CKF_GENERATE_KEY_PAIR; break;
    }
    if (m.type == kSignAndDecrypt)
        info.flags |= CKF_DECRYPT;
    if (!m.rsa)
        info.flags |= CKF_EC_F_P | CKF_EC_NAMEDCURVE | CKF_EC_UNCOMPRESS;
    info.flags |= CKF_HW;
    return info;
}

const DigestAlgorithm* findDigest(CK_MECHANISM_TYPE type)
{
    for (const DigestAlgorithm& d : kDigests) {
        if (d.type == type)
            return &d;
    }
    return nullptr;
}

const DigestAlgorithm* findDigestByMgf(CK_RSA_PKCS_MGF_TYPE mgf)
{
    for (const DigestAlgorithm& d : kDigests) {
        if (d.mgf == mgf)
            return &d;
    }
    return nullptr;
}

} // namespace tpmvsc::pkcs11
