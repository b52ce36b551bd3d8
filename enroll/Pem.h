// PEM armour for what enrollment writes (CSR, certificates): base64 in 64-character
// lines between BEGIN/END lines, as RFC 7468 describes and every peer reads.
#pragma once

#include <QByteArray>

namespace tpmvsc {

// label: "CERTIFICATE REQUEST", "CERTIFICATE", ...
QByteArray pemEncode(const QByteArray& der, const char* label);

} // namespace tpmvsc
