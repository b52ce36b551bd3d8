// The PKCS#11 objects a card key shows: its private key (after login), its public key
// and its certificate (always, as OpenSSH and pam_pkcs11 expect), all with the key's
// CKA_ID. Attributes are built from the card record; nothing here touches the TPM.
#pragma once

#include "Attributes.h"
#include "core/store/CardRecord.h"

#include <tuple>

namespace tpmvsc::pkcs11 {

enum class ObjectKind { PrivateKey, PublicKey, Certificate };

// Where an object handle points: a kind of object of one key of one card.
struct ObjectRef {
    int instance = -1;
    ObjectKind kind = ObjectKind::PublicKey;
    QByteArray keyId;
    bool operator<(const ObjectRef& other) const
    {
        return std::tie(instance, kind, keyId) < std::tie(other.instance, other.kind, other.keyId);
    }
};

// The public half of a card key, in the forms PKCS#11 and OpenSSL want.
struct PublicKeyParams {
    bool rsa = true;
    int bits = 0;                // modulus bits, or the curve's field bits
    QByteArray modulus;          // RSA, big-endian
    QByteArray exponent;         // RSA
    QByteArray ecParams;         // EC: the curve's OID, DER
    QByteArray ecPoint;          // EC: uncompressed point 04||x||y
    QByteArray subjectPublicKey; // SubjectPublicKeyInfo, DER
    // The TPM made the key (sensitiveDataOrigin) and it can never leave that TPM
    // (fixedTPM): only then is it CKA_LOCAL, CKA_ALWAYS_SENSITIVE, CKA_NEVER_EXTRACTABLE.
    bool bornInTpm = false;

    int signatureSize() const { return rsa ? (bits + 7) / 8 : 2 * ((bits + 7) / 8); }
};
PublicKeyParams publicKeyParams(const KeyRecord& key);

// The objects one key shows (a certificate only when it has one).
QList<ObjectKind> objectKinds(const KeyRecord& key);
AttributeSet objectAttributes(const KeyRecord& key, ObjectKind kind);
// The DER curve OIDs of CKA_EC_PARAMS, and back (nullopt for other curves).
QByteArray curveOid(KeyAlgorithm algorithm);
std::optional<KeyAlgorithm> curveFromOid(const QByteArray& der);

} // namespace tpmvsc::pkcs11
