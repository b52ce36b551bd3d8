// Dotted object identifiers typed by users (subject attributes, EKUs in templates).
#pragma once

#include <QString>

namespace tpmvsc {

// "1.3.6.1.4.1.311.20.2.2": at least two arcs, no leading zeros, first arc 0-2, and
// under 0 and 1 the second arc at most 39 (X.660; DER packs the first two arcs into one
// number, so 1.99999 would come back from DER as 2.99959). At most 200 characters.
bool isValidDottedOid(const QString& text);

} // namespace tpmvsc
