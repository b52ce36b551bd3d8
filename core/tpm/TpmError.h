// TPM return codes to tpmvsc::Error, in one place (the tpm2-tools lesson): the command
// name and Tss2_RC_Decode's text for logs and detail, reduced to a category a caller
// can act on (a wrong PIN and a dead TPM read differently).
#pragma once

#include "core/util/Error.h"

#include <tss2/tss2_common.h>

namespace tpmvsc {

// The TPM's own response code with resource-manager layers and handle/session/parameter
// position bits removed (TPM2_RC_AUTH_FAIL, TPM2_RC_LOCKOUT, ...), or 0 when the code
// did not come from the TPM (TCTI / ESYS failures).
TSS2_RC tpmBaseCode(TSS2_RC rc);
bool isAuthFailure(TSS2_RC rc); // wrong authValue (DA-protected or not)
bool isConnectionFailure(TSS2_RC rc);
// The TPM has no free slot for another loaded object (TPM_RC_OBJECT_MEMORY, or no object
// handle left): flushing one of ours and retrying may succeed.
bool isObjectMemoryFull(TSS2_RC rc);

Error tpmError(const char* command, TSS2_RC rc);
inline void checkRc(TSS2_RC rc, const char* command)
{
    if (rc != TSS2_RC_SUCCESS)
        throw tpmError(command, rc);
}

} // namespace tpmvsc
