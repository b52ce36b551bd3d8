// How verifyattestation shows what the evidence proved.
#pragma once

#include "enroll/EvidenceVerification.h"

#include <QString>

namespace tpmvsc::cli {

// `fromRequest`: the statement came from a certificate request (the key line then speaks
// of the request's key).
QString formatEvidenceFindings(const EvidenceFindings& found, bool fromRequest);

} // namespace tpmvsc::cli
