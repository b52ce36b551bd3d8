// The entry points the loader answers itself while no card exists (C_Initialize,
// C_Finalize, C_GetInfo, C_GetSlotList), the loader's function table, and its exports:
// C_GetFunctionList and the implementation's diagnostic counter. The answers are the
// implementation's, word for word (EntrySlots.cpp): an application cannot tell which of
// the two answered.
#include "Loader.h"

#include <algorithm>
#include <cstring>

using namespace tpmvsc::pkcs11::loader;

namespace {

constexpr CK_VERSION kCryptokiVersion = {2, 40};
constexpr CK_VERSION kLibraryVersion = {0, 1};

// A blank-padded fixed-size text field (ASCII here, so never cut inside a character).
void setText(unsigned char* field, std::size_t size, const char* text)
{
    std::memset(field, ' ', size);
    std::memcpy(field, text, std::min(size, std::strlen(text)));
}

} // namespace

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
    std::memset(info, 0, sizeof *info);
    info->cryptokiVersion = kCryptokiVersion;
    setText(info->manufacturerID, sizeof info->manufacturerID, "tpmvsc");
    setText(info->libraryDescription, sizeof info->libraryDescription, "TPM virtual smart cards");
    info->libraryVersion = kLibraryVersion;
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

CK_FUNCTION_LIST functionList = {
    kCryptokiVersion,
    C_Initialize,
    C_Finalize,
    C_GetInfo,
    C_GetFunctionList,
    C_GetSlotList,
    C_GetSlotInfo,
    C_GetTokenInfo,
    C_GetMechanismList,
    C_GetMechanismInfo,
    C_InitToken,
    C_InitPIN,
    C_SetPIN,
    C_OpenSession,
    C_CloseSession,
    C_CloseAllSessions,
    C_GetSessionInfo,
    C_GetOperationState,
    C_SetOperationState,
    C_Login,
    C_Logout,
    C_CreateObject,
    C_CopyObject,
    C_DestroyObject,
    C_GetObjectSize,
    C_GetAttributeValue,
    C_SetAttributeValue,
    C_FindObjectsInit,
    C_FindObjects,
    C_FindObjectsFinal,
    C_EncryptInit,
    C_Encrypt,
    C_EncryptUpdate,
    C_EncryptFinal,
    C_DecryptInit,
    C_Decrypt,
    C_DecryptUpdate,
    C_DecryptFinal,
    C_DigestInit,
    C_Digest,
    C_DigestUpdate,
    C_DigestKey,
    C_DigestFinal,
    C_SignInit,
    C_Sign,
    C_SignUpdate,
    C_SignFinal,
    C_SignRecoverInit,
    C_SignRecover,
    C_VerifyInit,
    C_Verify,
    C_VerifyUpdate,
    C_VerifyFinal,
    C_VerifyRecoverInit,
    C_VerifyRecover,
    C_DigestEncryptUpdate,
    C_DecryptDigestUpdate,
    C_SignEncryptUpdate,
    C_DecryptVerifyUpdate,
    C_GenerateKey,
    C_GenerateKeyPair,
    C_WrapKey,
    C_UnwrapKey,
    C_DeriveKey,
    C_SeedRandom,
    C_GenerateRandom,
    C_GetFunctionStatus,
    C_CancelFunction,
    C_WaitForSlotEvent,
};

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
