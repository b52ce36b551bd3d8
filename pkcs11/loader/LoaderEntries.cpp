// The entry points the loader answers itself while no card exists (C_Initialize,
// C_Finalize, C_GetInfo, C_GetSlotList), the loader's function table, and its exports:
// C_GetFunctionList and the implementation's diagnostic counter. The answers are the
// implementation's, from the same code (ModuleFacts.h): an application cannot tell which
// of the two answered.
#include "Loader.h"
#include "pkcs11/ModuleFacts.h"

using namespace tpmvsc::pkcs11;
using namespace tpmvsc::pkcs11::loader;

CK_RV C_Initialize(void* initArgs)
{
    return initialize(static_cast<CK_C_INITIALIZE_ARGS*>(initArgs));
}

CK_RV C_Finalize(void* reserved)
{
    return finalize(reserved);
}

CK_RV C_GetInfo(CK_INFO* info)
{
    CK_FUNCTION_LIST* implementation = nullptr;
    const CK_RV rv = infoServer(&implementation);
    if (rv != CKR_OK)
        return rv;
    if (implementation)
        return implementation->C_GetInfo(info);
    if (!info)
        return CKR_ARGUMENTS_BAD;
    fillModuleInfo(info);
    return CKR_OK;
}

CK_RV C_GetSlotList(CK_BBOOL tokenPresent, CK_SLOT_ID* slotList, CK_ULONG* count)
{
    CK_FUNCTION_LIST* implementation = nullptr;
    const CK_RV rv = slotListServer(&implementation);
    if (rv != CKR_OK)
        return rv;
    if (implementation)
        return implementation->C_GetSlotList(tokenPresent, slotList, count);
    // No card, so no slot: with or without a buffer, the count is 0.
    if (!count)
        return CKR_ARGUMENTS_BAD;
    *count = 0;
    return CKR_OK;
}

namespace {

CK_FUNCTION_LIST functionList = {kCryptokiVersion, TPMVSC_PKCS11_ENTRY_POINTS};

} // namespace

CK_RV C_GetFunctionList(CK_FUNCTION_LIST** list)
{
    if (!list)
        return CKR_ARGUMENTS_BAD;
    *list = &functionList;
    return CKR_OK;
}

// The implementation's counter of TPM commands (see FunctionList.cpp), 0 before it is
// loaded: no TPM command was sent then.
extern "C" __attribute__((visibility("default"))) unsigned long long
tpmvsc_pkcs11_tpm_commands(void)
{
    return tpmCommands();
}
