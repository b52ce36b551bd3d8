// What a caller's templates ask for, checked before anything reaches the card:
// C_GenerateKeyPair (RSA 2048/3072, EC P-256/P-384; token objects only, never extractable)
// and C_CreateObject (X.509 certificates for a key on the card).
#pragma once

#include "Attributes.h"
#include "core/store/CardRecord.h"

namespace tpmvsc::pkcs11 {

struct KeyPairTemplate {
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa2048;
    QString label;
    QByteArray id; // empty: the card's default (SHA-1 of the public key)
};
KeyPairTemplate readKeyPairTemplate(const CK_MECHANISM& mechanism, const Template& publicKey,
                                    const Template& privateKey);

struct CertificateTemplate {
    QByteArray der;
    QByteArray id; // CKA_ID if given
};
CertificateTemplate readCertificateTemplate(const Template& t);
// The card key the certificate belongs to: the one with its CKA_ID if given, else the
// one whose public key it certifies. CKR_TEMPLATE_INCONSISTENT when no key fits.
QByteArray keyForCertificate(const CardRecord& card, const CertificateTemplate& cert);

} // namespace tpmvsc::pkcs11
