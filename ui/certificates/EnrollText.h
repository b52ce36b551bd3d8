// Words for enrollment things that the enroll/ library names in English: built-in
// templates (translated by their stable id; a user's own template keeps its own words),
// key types, SAN kinds and check results. One place, so every page and dialog says the
// same, and lupdate finds them in one context.
#pragma once

#include "core/store/CardRecord.h"
#include "enroll/CertificateTemplate.h"
#include "enroll/ImportAnalysis.h"
#include "enroll/SubjectAltName.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QWidget;

namespace tpmvsc {

class EnrollText
{
    Q_DECLARE_TR_FUNCTIONS(EnrollText)

public:
    static QString templateName(const CertificateTemplate& tmpl);
    static QString templateDescription(const CertificateTemplate& tmpl);
    static QString keyAlgorithm(KeyAlgorithm alg); // "RSA 2048-bit", "ECC P-256", ...
    static QString keyAlgorithmList(const QList<KeyAlgorithm>& algs); // "RSA 2048-bit, ..."
    static QString sanKind(SanType type);                             // "User principal name (UPN)"
    static QString severity(CheckSeverity severity);                  // "OK", "Warning", "Error"
    // The style's icon for a check result (follows the theme, scales on HiDPI).
    static QIcon severityIcon(CheckSeverity severity, const QWidget* widget);
    static QString dateTime(const QDateTime& utc);      // local time, long enough to be exact
    static QString shortDateTime(const QDateTime& utc); // local time, for table cells
};

} // namespace tpmvsc
