// Functions of PKCS#11 the cards do not offer. They still check their session and
// arguments, and answer as the spec says for a mechanism or operation that is not there
// (CKR_MECHANISM_INVALID for an *Init, CKR_OPERATION_NOT_INITIALIZED after it), so that
// callers probing for features (pkcs11-tool --test) see "not supported", not an error.
#include "Entry.h"

using namespace tpmvsc;
using namespace tpmvsc::pkcs11;

namespace {

CK_RV noMechanism(const char* function, CK_SESSION_HANDLE session, const CK_MECHANISM* mechanism)
{
    return withModule(function, [&](Module& m) -> CK_RV {
        m.session(session);
        return mechanism ? CKR_MECHANISM_INVALID : CKR_ARGUMENTS_BAD;
    });
}

CK_RV noOperation(const char* function, CK_SESSION_HANDLE session)
{
    return withModule(function, [&](Module& m) -> CK_RV {
        m.session(session);
        return CKR_OPERATION_NOT_INITIALIZED;
    });
}

} // namespace

#define TPMVSC_NO_MECHANISM(name, ...)                                                             \
    CK_RV name(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, __VA_ARGS__)                    \
    {                                                                                              \
        return noMechanism(#name, session, mechanism);                                             \
    }
#define TPMVSC_NO_OPERATION(name, ...)                                                             \
    CK_RV name(CK_SESSION_HANDLE session, __VA_ARGS__)                                             \
    {                                                                                              \
        return noOperation(#name, session);                                                        \
    }

TPMVSC_NO_MECHANISM(C_EncryptInit, CK_OBJECT_HANDLE)
TPMVSC_NO_OPERATION(C_Encrypt, CK_BYTE*, CK_ULONG, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_OPERATION(C_EncryptUpdate, CK_BYTE*, CK_ULONG, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_OPERATION(C_EncryptFinal, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_OPERATION(C_Digest, CK_BYTE*, CK_ULONG, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_OPERATION(C_DigestUpdate, CK_BYTE*, CK_ULONG)
TPMVSC_NO_OPERATION(C_DigestKey, CK_OBJECT_HANDLE)
TPMVSC_NO_OPERATION(C_DigestFinal, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_MECHANISM(C_SignRecoverInit, CK_OBJECT_HANDLE)
TPMVSC_NO_OPERATION(C_SignRecover, CK_BYTE*, CK_ULONG, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_MECHANISM(C_VerifyInit, CK_OBJECT_HANDLE)
TPMVSC_NO_OPERATION(C_Verify, CK_BYTE*, CK_ULONG, CK_BYTE*, CK_ULONG)
TPMVSC_NO_OPERATION(C_VerifyUpdate, CK_BYTE*, CK_ULONG)
TPMVSC_NO_OPERATION(C_VerifyFinal, CK_BYTE*, CK_ULONG)
TPMVSC_NO_MECHANISM(C_VerifyRecoverInit, CK_OBJECT_HANDLE)
TPMVSC_NO_OPERATION(C_VerifyRecover, CK_BYTE*, CK_ULONG, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_OPERATION(C_DigestEncryptUpdate, CK_BYTE*, CK_ULONG, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_OPERATION(C_DecryptDigestUpdate, CK_BYTE*, CK_ULONG, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_OPERATION(C_SignEncryptUpdate, CK_BYTE*, CK_ULONG, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_OPERATION(C_DecryptVerifyUpdate, CK_BYTE*, CK_ULONG, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_MECHANISM(C_GenerateKey, CK_ATTRIBUTE*, CK_ULONG, CK_OBJECT_HANDLE*)
TPMVSC_NO_MECHANISM(C_WrapKey, CK_OBJECT_HANDLE, CK_OBJECT_HANDLE, CK_BYTE*, CK_ULONG*)
TPMVSC_NO_MECHANISM(C_UnwrapKey, CK_OBJECT_HANDLE, CK_BYTE*, CK_ULONG, CK_ATTRIBUTE*, CK_ULONG,
                    CK_OBJECT_HANDLE*)
TPMVSC_NO_MECHANISM(C_DeriveKey, CK_OBJECT_HANDLE, CK_ATTRIBUTE*, CK_ULONG, CK_OBJECT_HANDLE*)

CK_RV C_DigestInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism)
{
    return noMechanism("C_DigestInit", session, mechanism);
}

CK_RV C_GetFunctionStatus(CK_SESSION_HANDLE session)
{
    return withModule("C_GetFunctionStatus", [&](Module& m) -> CK_RV {
        m.session(session);
        return CKR_FUNCTION_NOT_PARALLEL;
    });
}

CK_RV C_CancelFunction(CK_SESSION_HANDLE session)
{
    return withModule("C_CancelFunction", [&](Module& m) -> CK_RV {
        m.session(session);
        return CKR_FUNCTION_NOT_PARALLEL;
    });
}
