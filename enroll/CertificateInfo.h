// One certificate in words, for the import preview, `certs` listings and the checks.
#pragma once

#include "PublicKeyDescription.h"
#include "core/util/Sentence.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tpmvsc {

struct ExtendedKeyUsageEntry {
    QString oid;   // "1.3.6.1.5.5.7.3.2"
    Sentence name; // "TLS client authentication"; the OID again (literal) when unknown
};

struct CertificateInfo {
    QByteArray der;
    QString subject; // RFC 4514
    QString issuer;
    QString commonName;   // first CN of the subject, empty when none
    QString serialNumber; // upper-case hex, no separators ("0A1B...")
    QDateTime notBefore;  // UTC
    QDateTime notAfter;
    bool hasKeyUsage = false; // extension present
    QStringList keyUsage;     // "digitalSignature", "keyEncipherment", ...
    bool hasExtendedKeyUsage = false;
    QList<ExtendedKeyUsageEntry> extendedKeyUsage;
    QStringList subjectAltNames; // "upn:...", "email:...", "dns:...", "ip:...", "uri:...",
                                 // "dirname:...", "othername:<oid>"
    QString sha256Fingerprint;   // "AB:CD:..." upper-case colon hex
    PublicKeyDescription publicKey;
    QByteArray publicKeyInfo; // SubjectPublicKeyInfo DER
    QByteArray subjectKeyId;  // empty when absent
    QByteArray authorityKeyId;
    bool isCa = false;          // basicConstraints CA:TRUE
    bool selfSigned = false;    // issuer == subject and its own signature verifies
    QString signatureAlgorithm; // "sha256WithRSAEncryption", ...
};

// Throws Error(InvalidInput) when `der` is not one DER certificate.
CertificateInfo describeCertificate(const QByteArray& der);

} // namespace tpmvsc
