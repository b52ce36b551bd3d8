// What the loader (loader/) and the implementation both say and check, in one place so that
// an application cannot tell which of the two answered: the versions, the module's
// CK_INFO, the rules for C_Initialize's arguments, and the table of entry points. Header
// only and libc only: the loader links nothing else.
#pragma once

#include "pkcs11/loader/LoaderPkcs11.h"

#include <algorithm>
#include <cstring>

namespace tpmvsc::pkcs11 {

inline constexpr CK_VERSION kCryptokiVersion = {2, 40};
inline constexpr CK_VERSION kLibraryVersion = {0, 1};

// A blank-padded fixed-size text field; `text` is ASCII, so it is never cut inside a
// character.
inline void setAsciiText(unsigned char* field, std::size_t size, const char* text)
{
    std::memset(field, ' ', size);
    std::memcpy(field, text, std::min(size, std::strlen(text)));
}

inline void fillModuleInfo(CK_INFO* info)
{
    std::memset(info, 0, sizeof *info);
    info->cryptokiVersion = kCryptokiVersion;
    setAsciiText(info->manufacturerID, sizeof info->manufacturerID, "tpmvsc");
    setAsciiText(info->libraryDescription, sizeof info->libraryDescription,
                 "TPM virtual smart cards");
    info->libraryVersion = kLibraryVersion;
}

// C_Initialize's arguments, checked before any state is looked at.
inline CK_RV checkInitializeArgs(const CK_C_INITIALIZE_ARGS* args)
{
    if (!args)
        return CKR_OK;
    if (args->pReserved)
        return CKR_ARGUMENTS_BAD;
    const bool anyCallback =
        args->CreateMutex || args->DestroyMutex || args->LockMutex || args->UnlockMutex;
    const bool allCallbacks =
        args->CreateMutex && args->DestroyMutex && args->LockMutex && args->UnlockMutex;
    if (anyCallback && !allCallbacks)
        return CKR_ARGUMENTS_BAD;
    // Callbacks without CKF_OS_LOCKING_OK: the caller wants its own locks used. The module
    // locks with the OS's (it needs them across fork too), so it says it cannot.
    if (allCallbacks && !(args->flags & CKF_OS_LOCKING_OK))
        return CKR_CANT_LOCK;
    return CKR_OK;
}

} // namespace tpmvsc::pkcs11

// The CK_FUNCTION_LIST members after the version, in PKCS#11 2.40 order: each side builds
// its table as { kCryptokiVersion, TPMVSC_PKCS11_ENTRY_POINTS } from its own C_ functions.
#define TPMVSC_PKCS11_ENTRY_POINTS                                                                 \
    C_Initialize, C_Finalize, C_GetInfo, C_GetFunctionList, C_GetSlotList, C_GetSlotInfo,          \
        C_GetTokenInfo, C_GetMechanismList, C_GetMechanismInfo, C_InitToken, C_InitPIN, C_SetPIN,  \
        C_OpenSession, C_CloseSession, C_CloseAllSessions, C_GetSessionInfo, C_GetOperationState,  \
        C_SetOperationState, C_Login, C_Logout, C_CreateObject, C_CopyObject, C_DestroyObject,     \
        C_GetObjectSize, C_GetAttributeValue, C_SetAttributeValue, C_FindObjectsInit,              \
        C_FindObjects, C_FindObjectsFinal, C_EncryptInit, C_Encrypt, C_EncryptUpdate,              \
        C_EncryptFinal, C_DecryptInit, C_Decrypt, C_DecryptUpdate, C_DecryptFinal, C_DigestInit,   \
        C_Digest, C_DigestUpdate, C_DigestKey, C_DigestFinal, C_SignInit, C_Sign, C_SignUpdate,    \
        C_SignFinal, C_SignRecoverInit, C_SignRecover, C_VerifyInit, C_Verify, C_VerifyUpdate,     \
        C_VerifyFinal, C_VerifyRecoverInit, C_VerifyRecover, C_DigestEncryptUpdate,                \
        C_DecryptDigestUpdate, C_SignEncryptUpdate, C_DecryptVerifyUpdate, C_GenerateKey,          \
        C_GenerateKeyPair, C_WrapKey, C_UnwrapKey, C_DeriveKey, C_SeedRandom, C_GenerateRandom,    \
        C_GetFunctionStatus, C_CancelFunction, C_WaitForSlotEvent
