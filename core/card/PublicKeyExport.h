// A card key's public half in the formats peers read (OpenSSL, PKCS#11, certificates).
#pragma once

#include <QByteArray>

namespace tpmvsc {

// From a marshalled TPM2B_PUBLIC: SubjectPublicKeyInfo, DER or PEM.
QByteArray publicKeyInfo(const QByteArray& tpmPublic, bool pem);
// PKCS#11 CKA_ID as OpenSC and others derive it: SHA-1 of the RSA modulus or of the
// uncompressed EC point.
QByteArray keyIdentifier(const QByteArray& tpmPublic);
// ECDSA r||s (equal halves) to the DER SEQUENCE { r INTEGER, s INTEGER } OpenSSL verifies.
QByteArray ecdsaSignatureToDer(const QByteArray& raw);

} // namespace tpmvsc
