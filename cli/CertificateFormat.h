// How tpmvscmgr shows certificates, import checks and templates (certs, import,
// templates).
#pragma once

#include "services/EnrollService.h"

#include <QDateTime>
#include <QString>

namespace tpmvsc::cli {

enum class Validity { Valid, Expired, NotYetValid };
Validity validityAt(const CertificateInfo& certificate, const QDateTime& now);
// "valid", "expired" or "not yet valid" at `now`, translated.
QString validityState(const CertificateInfo& certificate, const QDateTime& now);

// One certificate with its key, as `certs` prints it ("Subject: ..." lines).
QString formatCertificateEntry(const CertificateEntry& entry, const QDateTime& now);
// What `import` is about to store and the results of its checks.
QString formatImportPreview(const ImportPreview& preview, const QDateTime& now);
// The templates, one block each; problems with user template files are not included.
QString formatTemplates(const TemplateCatalog& catalog);

} // namespace tpmvsc::cli
