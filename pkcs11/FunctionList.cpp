// The implementation's one table of entry points, and its exports: C_GetFunctionList and
// a diagnostic counter for the benchmark and the tests, the two things the loader
// (loader/ImplLibrary.cpp) looks up in it when it hands the process over.
#include "Entry.h"
#include "ModuleFacts.h"

using namespace tpmvsc::pkcs11;

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

// TPM commands this module sent since C_Initialize (0 before the TPM was first needed).
// Not part of PKCS#11: the benchmark and the tests read it to count commands per call.
extern "C" __attribute__((visibility("default"))) unsigned long long
tpmvsc_pkcs11_tpm_commands(void)
{
    std::lock_guard<std::mutex> lock(moduleLock());
    const Module* module = currentModule();
    return module ? module->tpmCommands() : 0;
}
