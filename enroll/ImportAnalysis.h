// Before a certificate goes onto the card: which card key it belongs to, which of the
// other certificates form its chain, and whether it is fit to use (validity, usages
// against the template, trust). The caller refuses on any Error check and asks for
// confirmation on Warnings.
#pragma once

#include "CertificateInfo.h"
#include "CertificateTemplate.h"
#include "core/util/Sentence.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tpmvsc {

struct CardKeyRef {
    QByteArray keyId;         // the card's key id (CKA_ID)
    QByteArray publicKeyInfo; // SubjectPublicKeyInfo DER
    QString label;            // for sentences; may be empty
};

struct ChainPolicy {
    // PEM file of trusted CA certificates. Empty: the system store (OpenSSL's default
    // paths, /etc/ssl/certs on Debian).
    QString caBundleFile;
    QDateTime now; // invalid: the current time
};

enum class CheckSeverity { Ok, Warning, Error };
QString checkSeverityName(CheckSeverity severity); // "ok", "warning", "error"

struct ImportCheck {
    // Stable ids: "key", "validity", "key-usage", "extended-key-usage", "chain",
    // "leaf-is-ca", "extra-certificates".
    QString id;
    CheckSeverity severity = CheckSeverity::Ok;
    Sentence sentence; // said by the face
};

struct ImportAnalysis {
    QByteArray keyId; // the matching card key
    CertificateInfo leaf;
    QList<CertificateInfo> chain; // issuers from the file, leaf's issuer first
    QList<ImportCheck> checks;

    bool hasErrors() const;
    bool hasWarnings() const;
    QList<QByteArray> chainDer() const; // for KeyRecord::chain
};

// `certificates` as parseCertificates() returns them. Throws Error(InvalidInput) when
// no certificate's key is on the card ("this certificate is for another key"), when
// several are, or when the leaf or chain exceeds the card's limits; everything else is
// a check. `tmpl` may be null (no usage checks against a template).
ImportAnalysis analyzeImport(const QList<QByteArray>& certificates,
                             const QList<CardKeyRef>& cardKeys, const CertificateTemplate* tmpl,
                             const ChainPolicy& policy);

} // namespace tpmvsc
