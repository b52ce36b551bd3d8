// A key's certificate as the card keeps it, and the one check that decides whether a
// certificate may be stored with a key: its public key must be the key's. CardService
// runs the check on every write, so no caller (CLI, wizard, PKCS#11) can store a
// certificate for another key.
#pragma once

#include "core/store/CardRecord.h"

#include <QByteArray>
#include <QList>

namespace tpmvsc {

struct KeyCertificate {
    QByteArray der;          // the key's own certificate (the leaf), DER
    QList<QByteArray> chain; // the issuers after the leaf, leaf's issuer first, DER
    bool isEmpty() const { return der.isEmpty(); }
    bool operator==(const KeyCertificate&) const = default;
};

// Throws InvalidInput with a sentence when `certificate` is not one whole X.509
// certificate of at most CardRecord::kMaxCertificateSize bytes, when its public key
// (SubjectPublicKeyInfo, compared byte for byte) is not `key`'s, or when the chain is
// longer than CardRecord::kMaxChainLength or holds anything but whole certificates.
void checkCertificateForKey(const KeyRecord& key, const KeyCertificate& certificate);

} // namespace tpmvsc
