// What a SCEP CA says about itself before a request (RFC 8894 section 3.5): its
// capabilities (GetCACaps) and its certificates (GetCACert), and the checks of the
// certificate it issues. No network: services/ScepClient fetches, this reads.
#pragma once

#include "ScepMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tpmvsc {

struct ScepCaps {
    bool postPkiOperation = false;
    bool aes = false;
    bool des3 = false;
    bool sha256 = false;
    bool renewal = false;
    bool scepStandard = false; // implies AES, POSTPKIOperation and SHA-256
    // AES-128 when the CA offers AES (or SCEPStandard), else DES3, the protocol's floor.
    ScepCipher cipher() const;
};

// One capability a line, case-insensitive; unknown ones ignored. An empty answer is a CA
// with no capabilities beyond the protocol's floor (GET, DES3).
ScepCaps parseScepCaps(const QByteArray& text);

struct ScepCaCertificates {
    QByteArray ca;        // the CA's certificate (DER): what issues and what is pinned
    QList<QByteArray> ra; // its registration authority certificates, if any
    // What the request is encrypted to: the RA when there is one, else the CA.
    QByteArray recipient() const;
    // Who may sign the CA's answers: the CA and its RAs.
    QList<QByteArray> responders() const;
};

// A GetCACert answer: one DER certificate (the CA), or a degenerate PKCS#7 holding the CA
// and its RA certificates (the CA is the one that is a CA, the others the RAs). Throws
// InvalidInput.
ScepCaCertificates parseScepCaCertificates(const QByteArray& body);

// "AB:CD:..." over the SHA-256 of the DER, as openssl x509 -fingerprint shows it.
QString certificateFingerprint(const QByteArray& der);
// Reads a fingerprint as a person might type it: hex with or without colons or spaces,
// any case; empty when it is not 32 bytes of hex.
QByteArray parseFingerprint(const QString& text);

// Whether `certificate` (DER) holds the key `publicKeyInfo` (SubjectPublicKeyInfo DER).
bool certificateHoldsKey(const QByteArray& certificate, const QByteArray& publicKeyInfo);

// Checks that `certificate` is for `publicKeyInfo` and that it chains to `ca` (its
// signature and validity, through intermediates in `chain`). Throws InvalidInput.
void checkIssuedCertificate(const QByteArray& certificate, const QList<QByteArray>& chain,
                            const QByteArray& publicKeyInfo, const QByteArray& ca);

} // namespace tpmvsc
