// The few TPM 2.0 structures a relying party reads (TPM 2.0 Part 2, Structures): the
// TPMS_ATTEST that TPM2_Certify signs, the TPMT_PUBLIC of the key it certifies, and the
// TPMT_SIGNATURE of the attestation key. Enrollment links no TPM library, and what it
// reads here comes from whoever sent the evidence, so this is a small big-endian reader
// that trusts no size: every field must fit in what is left, each sized buffer keeps the
// bound Part 2 gives it, and bytes after the structure are refused.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tpmvsc::tpm2 {

// TPM_ALG_ID values this reader knows.
inline constexpr quint16 kAlgRsa = 0x0001;
inline constexpr quint16 kAlgSha1 = 0x0004;
inline constexpr quint16 kAlgSha256 = 0x000b;
inline constexpr quint16 kAlgSha384 = 0x000c;
inline constexpr quint16 kAlgSha512 = 0x000d;
inline constexpr quint16 kAlgNull = 0x0010;
inline constexpr quint16 kAlgRsassa = 0x0014;
inline constexpr quint16 kAlgRsapss = 0x0016;
inline constexpr quint16 kAlgEcdsa = 0x0018;
inline constexpr quint16 kAlgEcc = 0x0023;

// TPM_ECC_CURVE values with an OpenSSL name.
inline constexpr quint16 kEccNistP256 = 0x0003;
inline constexpr quint16 kEccNistP384 = 0x0004;
inline constexpr quint16 kEccNistP521 = 0x0005;

inline constexpr quint32 kGeneratedValue = 0xff544347; // TPM_GENERATED_VALUE, "\xffTCG"
inline constexpr quint16 kStAttestCertify = 0x8017;

// TPMA_OBJECT bits.
inline constexpr quint32 kFixedTpm = 1u << 1;
inline constexpr quint32 kFixedParent = 1u << 4;
inline constexpr quint32 kSensitiveDataOrigin = 1u << 5;
inline constexpr quint32 kRestricted = 1u << 16;
inline constexpr quint32 kDecrypt = 1u << 17;
inline constexpr quint32 kSign = 1u << 18;

// TPMT_SYM_DEF_OBJECT values of a storage key.
inline constexpr quint16 kAlgAes = 0x0006;
inline constexpr quint16 kAlgCfb = 0x0043;

struct Attest {
    quint32 magic = 0;
    quint16 type = 0;
    QByteArray qualifiedSigner;
    QByteArray extraData;
    quint64 clock = 0;
    quint32 resetCount = 0;
    quint32 restartCount = 0;
    bool safe = false;
    quint64 firmwareVersion = 0;
    // TPM_ST_ATTEST_CERTIFY only: what TPMS_CERTIFY_INFO names.
    QByteArray certifiedName;
    QByteArray certifiedQualifiedName;
    // Any other type: its attested union, unread (its shape depends on the type).
    QByteArray otherAttested;
};

struct Public {
    quint16 type = 0;    // kAlgRsa or kAlgEcc (others are refused)
    quint16 nameAlg = 0; // kAlgSha256, ...; kAlgNull is refused (such an object has no Name)
    quint32 objectAttributes = 0;
    QByteArray authPolicy;
    quint16 symmetric = kAlgNull; // a storage key's; kAlgNull for a signing key
    quint16 symmetricKeyBits = 0; // of `symmetric`, when it is not kAlgNull
    quint16 symmetricMode = kAlgNull;
    quint16 scheme = kAlgNull;
    quint16 schemeHash = kAlgNull;
    // RSA
    quint16 keyBits = 0;
    quint32 exponent = 0; // 0: the default, 65537
    QByteArray modulus;
    // ECC
    quint16 curve = 0;
    QByteArray x;
    QByteArray y;
    QByteArray bytes; // the whole structure as read: what the Name hashes
};

struct Signature {
    quint16 sigAlg = 0; // kAlgEcdsa or kAlgRsassa (others are refused)
    quint16 hash = 0;
    QByteArray r; // ECDSA
    QByteArray s;
    QByteArray rsa; // RSASSA: the PKCS#1 v1.5 signature bytes
};

// Each throws Error(InvalidInput) naming what is wrong: truncated, a size beyond its
// bound, an algorithm this reader does not know, bytes after the end.
Attest parseAttest(QByteArrayView bytes);
Public parsePublic(QByteArrayView bytes);
Signature parseSignature(QByteArrayView bytes);

// nameAlg (two bytes, big-endian) followed by the nameAlg digest of the TPMT_PUBLIC.
QByteArray nameOf(const Public& area);
// The key as a SubjectPublicKeyInfo (DER); throws Error(InvalidInput) when OpenSSL
// refuses it (a point not on the curve, a curve it does not know).
QByteArray subjectPublicKeyInfo(const Public& area);
// The signature as a verifier of certInfo takes it: DER ECDSA-Sig-Value, or the PKCS#1
// v1.5 bytes.
QByteArray signatureBytes(const Signature& signature);

} // namespace tpmvsc::tpm2
