// Every PKCS#11 function the loader does not answer itself: the full implementation
// serves it, loaded (and initialised with the application's arguments) on the first such
// call. Before C_Initialize each answers CKR_CRYPTOKI_NOT_INITIALIZED, as the
// implementation's own entry points do, without loading anything.
#include "Loader.h"

using namespace tpmvsc::pkcs11::loader;

namespace {

template <auto Function, typename... Args> CK_RV forward(Args... args)
{
    CK_FUNCTION_LIST* implementation = nullptr;
    const CK_RV rv = takeOver(&implementation);
    if (rv != CKR_OK)
        return rv;
    return (implementation->*Function)(args...);
}

} // namespace

CK_RV C_GetSlotInfo(CK_SLOT_ID slot, CK_SLOT_INFO* info)
{
    return forward<&CK_FUNCTION_LIST::C_GetSlotInfo>(slot, info);
}

CK_RV C_GetTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO* info)
{
    return forward<&CK_FUNCTION_LIST::C_GetTokenInfo>(slot, info);
}

CK_RV C_WaitForSlotEvent(CK_FLAGS flags, CK_SLOT_ID* slot, void* reserved)
{
    return forward<&CK_FUNCTION_LIST::C_WaitForSlotEvent>(flags, slot, reserved);
}

CK_RV C_GetMechanismList(CK_SLOT_ID slot, CK_MECHANISM_TYPE* mechanismList, CK_ULONG* count)
{
    return forward<&CK_FUNCTION_LIST::C_GetMechanismList>(slot, mechanismList, count);
}

CK_RV C_GetMechanismInfo(CK_SLOT_ID slot, CK_MECHANISM_TYPE type, CK_MECHANISM_INFO* info)
{
    return forward<&CK_FUNCTION_LIST::C_GetMechanismInfo>(slot, type, info);
}

CK_RV C_InitToken(CK_SLOT_ID slot, CK_UTF8CHAR* pin, CK_ULONG pinLen, CK_UTF8CHAR* label)
{
    return forward<&CK_FUNCTION_LIST::C_InitToken>(slot, pin, pinLen, label);
}

CK_RV C_InitPIN(CK_SESSION_HANDLE session, CK_UTF8CHAR* pin, CK_ULONG pinLen)
{
    return forward<&CK_FUNCTION_LIST::C_InitPIN>(session, pin, pinLen);
}

CK_RV C_SetPIN(CK_SESSION_HANDLE session, CK_UTF8CHAR* oldPin, CK_ULONG oldLen, CK_UTF8CHAR* newPin,
               CK_ULONG newLen)
{
    return forward<&CK_FUNCTION_LIST::C_SetPIN>(session, oldPin, oldLen, newPin, newLen);
}

CK_RV C_OpenSession(CK_SLOT_ID slot, CK_FLAGS flags, void* application, CK_NOTIFY notify,
                    CK_SESSION_HANDLE* session)
{
    return forward<&CK_FUNCTION_LIST::C_OpenSession>(slot, flags, application, notify, session);
}

CK_RV C_CloseSession(CK_SESSION_HANDLE session)
{
    return forward<&CK_FUNCTION_LIST::C_CloseSession>(session);
}

CK_RV C_CloseAllSessions(CK_SLOT_ID slot)
{
    return forward<&CK_FUNCTION_LIST::C_CloseAllSessions>(slot);
}

CK_RV C_GetSessionInfo(CK_SESSION_HANDLE session, CK_SESSION_INFO* info)
{
    return forward<&CK_FUNCTION_LIST::C_GetSessionInfo>(session, info);
}

CK_RV C_GetOperationState(CK_SESSION_HANDLE session, CK_BYTE* operationState,
                          CK_ULONG* operationStateLen)
{
    return forward<&CK_FUNCTION_LIST::C_GetOperationState>(session, operationState,
                                                           operationStateLen);
}

CK_RV C_SetOperationState(CK_SESSION_HANDLE session, CK_BYTE* operationState,
                          CK_ULONG operationStateLen, CK_OBJECT_HANDLE encryptionKey,
                          CK_OBJECT_HANDLE authenticationKey)
{
    return forward<&CK_FUNCTION_LIST::C_SetOperationState>(
        session, operationState, operationStateLen, encryptionKey, authenticationKey);
}

CK_RV C_Login(CK_SESSION_HANDLE session, CK_USER_TYPE userType, CK_UTF8CHAR* pin, CK_ULONG pinLen)
{
    return forward<&CK_FUNCTION_LIST::C_Login>(session, userType, pin, pinLen);
}

CK_RV C_Logout(CK_SESSION_HANDLE session)
{
    return forward<&CK_FUNCTION_LIST::C_Logout>(session);
}

CK_RV C_CreateObject(CK_SESSION_HANDLE session, CK_ATTRIBUTE* attributes, CK_ULONG count,
                     CK_OBJECT_HANDLE* object)
{
    return forward<&CK_FUNCTION_LIST::C_CreateObject>(session, attributes, count, object);
}

CK_RV C_CopyObject(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object, CK_ATTRIBUTE* attributes,
                   CK_ULONG count, CK_OBJECT_HANDLE* newObject)
{
    return forward<&CK_FUNCTION_LIST::C_CopyObject>(session, object, attributes, count, newObject);
}

CK_RV C_DestroyObject(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object)
{
    return forward<&CK_FUNCTION_LIST::C_DestroyObject>(session, object);
}

CK_RV C_GetObjectSize(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object, CK_ULONG* size)
{
    return forward<&CK_FUNCTION_LIST::C_GetObjectSize>(session, object, size);
}

CK_RV C_GetAttributeValue(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object,
                          CK_ATTRIBUTE* attributes, CK_ULONG count)
{
    return forward<&CK_FUNCTION_LIST::C_GetAttributeValue>(session, object, attributes, count);
}

CK_RV C_SetAttributeValue(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object,
                          CK_ATTRIBUTE* attributes, CK_ULONG count)
{
    return forward<&CK_FUNCTION_LIST::C_SetAttributeValue>(session, object, attributes, count);
}

CK_RV C_FindObjectsInit(CK_SESSION_HANDLE session, CK_ATTRIBUTE* attributes, CK_ULONG count)
{
    return forward<&CK_FUNCTION_LIST::C_FindObjectsInit>(session, attributes, count);
}

CK_RV C_FindObjects(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE* object, CK_ULONG maxObjectCount,
                    CK_ULONG* objectCount)
{
    return forward<&CK_FUNCTION_LIST::C_FindObjects>(session, object, maxObjectCount, objectCount);
}

CK_RV C_FindObjectsFinal(CK_SESSION_HANDLE session)
{
    return forward<&CK_FUNCTION_LIST::C_FindObjectsFinal>(session);
}

CK_RV C_EncryptInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key)
{
    return forward<&CK_FUNCTION_LIST::C_EncryptInit>(session, mechanism, key);
}

CK_RV C_Encrypt(CK_SESSION_HANDLE session, CK_BYTE* data, CK_ULONG dataLen, CK_BYTE* encryptedData,
                CK_ULONG* encryptedDataLen)
{
    return forward<&CK_FUNCTION_LIST::C_Encrypt>(session, data, dataLen, encryptedData,
                                                 encryptedDataLen);
}

CK_RV C_EncryptUpdate(CK_SESSION_HANDLE session, CK_BYTE* part, CK_ULONG partLen,
                      CK_BYTE* encryptedPart, CK_ULONG* encryptedPartLen)
{
    return forward<&CK_FUNCTION_LIST::C_EncryptUpdate>(session, part, partLen, encryptedPart,
                                                       encryptedPartLen);
}

CK_RV C_EncryptFinal(CK_SESSION_HANDLE session, CK_BYTE* lastEncryptedPart,
                     CK_ULONG* lastEncryptedPartLen)
{
    return forward<&CK_FUNCTION_LIST::C_EncryptFinal>(session, lastEncryptedPart,
                                                      lastEncryptedPartLen);
}

CK_RV C_DecryptInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key)
{
    return forward<&CK_FUNCTION_LIST::C_DecryptInit>(session, mechanism, key);
}

CK_RV C_Decrypt(CK_SESSION_HANDLE session, CK_BYTE* encryptedData, CK_ULONG encryptedDataLen,
                CK_BYTE* data, CK_ULONG* dataLen)
{
    return forward<&CK_FUNCTION_LIST::C_Decrypt>(session, encryptedData, encryptedDataLen, data,
                                                 dataLen);
}

CK_RV C_DecryptUpdate(CK_SESSION_HANDLE session, CK_BYTE* encryptedPart, CK_ULONG encryptedPartLen,
                      CK_BYTE* part, CK_ULONG* partLen)
{
    return forward<&CK_FUNCTION_LIST::C_DecryptUpdate>(session, encryptedPart, encryptedPartLen,
                                                       part, partLen);
}

CK_RV C_DecryptFinal(CK_SESSION_HANDLE session, CK_BYTE* lastPart, CK_ULONG* lastPartLen)
{
    return forward<&CK_FUNCTION_LIST::C_DecryptFinal>(session, lastPart, lastPartLen);
}

CK_RV C_DigestInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism)
{
    return forward<&CK_FUNCTION_LIST::C_DigestInit>(session, mechanism);
}

CK_RV C_Digest(CK_SESSION_HANDLE session, CK_BYTE* data, CK_ULONG dataLen, CK_BYTE* digest,
               CK_ULONG* digestLen)
{
    return forward<&CK_FUNCTION_LIST::C_Digest>(session, data, dataLen, digest, digestLen);
}

CK_RV C_DigestUpdate(CK_SESSION_HANDLE session, CK_BYTE* part, CK_ULONG partLen)
{
    return forward<&CK_FUNCTION_LIST::C_DigestUpdate>(session, part, partLen);
}

CK_RV C_DigestKey(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE key)
{
    return forward<&CK_FUNCTION_LIST::C_DigestKey>(session, key);
}

CK_RV C_DigestFinal(CK_SESSION_HANDLE session, CK_BYTE* digest, CK_ULONG* digestLen)
{
    return forward<&CK_FUNCTION_LIST::C_DigestFinal>(session, digest, digestLen);
}

CK_RV C_SignInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key)
{
    return forward<&CK_FUNCTION_LIST::C_SignInit>(session, mechanism, key);
}

CK_RV C_Sign(CK_SESSION_HANDLE session, CK_BYTE* data, CK_ULONG dataLen, CK_BYTE* signature,
             CK_ULONG* signatureLen)
{
    return forward<&CK_FUNCTION_LIST::C_Sign>(session, data, dataLen, signature, signatureLen);
}

CK_RV C_SignUpdate(CK_SESSION_HANDLE session, CK_BYTE* part, CK_ULONG partLen)
{
    return forward<&CK_FUNCTION_LIST::C_SignUpdate>(session, part, partLen);
}

CK_RV C_SignFinal(CK_SESSION_HANDLE session, CK_BYTE* signature, CK_ULONG* signatureLen)
{
    return forward<&CK_FUNCTION_LIST::C_SignFinal>(session, signature, signatureLen);
}

CK_RV C_SignRecoverInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key)
{
    return forward<&CK_FUNCTION_LIST::C_SignRecoverInit>(session, mechanism, key);
}

CK_RV C_SignRecover(CK_SESSION_HANDLE session, CK_BYTE* data, CK_ULONG dataLen, CK_BYTE* signature,
                    CK_ULONG* signatureLen)
{
    return forward<&CK_FUNCTION_LIST::C_SignRecover>(session, data, dataLen, signature,
                                                     signatureLen);
}

CK_RV C_VerifyInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key)
{
    return forward<&CK_FUNCTION_LIST::C_VerifyInit>(session, mechanism, key);
}

CK_RV C_Verify(CK_SESSION_HANDLE session, CK_BYTE* data, CK_ULONG dataLen, CK_BYTE* signature,
               CK_ULONG signatureLen)
{
    return forward<&CK_FUNCTION_LIST::C_Verify>(session, data, dataLen, signature, signatureLen);
}

CK_RV C_VerifyUpdate(CK_SESSION_HANDLE session, CK_BYTE* part, CK_ULONG partLen)
{
    return forward<&CK_FUNCTION_LIST::C_VerifyUpdate>(session, part, partLen);
}

CK_RV C_VerifyFinal(CK_SESSION_HANDLE session, CK_BYTE* signature, CK_ULONG signatureLen)
{
    return forward<&CK_FUNCTION_LIST::C_VerifyFinal>(session, signature, signatureLen);
}

CK_RV C_VerifyRecoverInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key)
{
    return forward<&CK_FUNCTION_LIST::C_VerifyRecoverInit>(session, mechanism, key);
}

CK_RV C_VerifyRecover(CK_SESSION_HANDLE session, CK_BYTE* signature, CK_ULONG signatureLen,
                      CK_BYTE* data, CK_ULONG* dataLen)
{
    return forward<&CK_FUNCTION_LIST::C_VerifyRecover>(session, signature, signatureLen, data,
                                                       dataLen);
}

CK_RV C_DigestEncryptUpdate(CK_SESSION_HANDLE session, CK_BYTE* part, CK_ULONG partLen,
                            CK_BYTE* encryptedPart, CK_ULONG* encryptedPartLen)
{
    return forward<&CK_FUNCTION_LIST::C_DigestEncryptUpdate>(session, part, partLen, encryptedPart,
                                                             encryptedPartLen);
}

CK_RV C_DecryptDigestUpdate(CK_SESSION_HANDLE session, CK_BYTE* encryptedPart,
                            CK_ULONG encryptedPartLen, CK_BYTE* part, CK_ULONG* partLen)
{
    return forward<&CK_FUNCTION_LIST::C_DecryptDigestUpdate>(session, encryptedPart,
                                                             encryptedPartLen, part, partLen);
}

CK_RV C_SignEncryptUpdate(CK_SESSION_HANDLE session, CK_BYTE* part, CK_ULONG partLen,
                          CK_BYTE* encryptedPart, CK_ULONG* encryptedPartLen)
{
    return forward<&CK_FUNCTION_LIST::C_SignEncryptUpdate>(session, part, partLen, encryptedPart,
                                                           encryptedPartLen);
}

CK_RV C_DecryptVerifyUpdate(CK_SESSION_HANDLE session, CK_BYTE* encryptedPart,
                            CK_ULONG encryptedPartLen, CK_BYTE* part, CK_ULONG* partLen)
{
    return forward<&CK_FUNCTION_LIST::C_DecryptVerifyUpdate>(session, encryptedPart,
                                                             encryptedPartLen, part, partLen);
}

CK_RV C_GenerateKey(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_ATTRIBUTE* attributes,
                    CK_ULONG count, CK_OBJECT_HANDLE* key)
{
    return forward<&CK_FUNCTION_LIST::C_GenerateKey>(session, mechanism, attributes, count, key);
}

CK_RV C_GenerateKeyPair(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism,
                        CK_ATTRIBUTE* publicKeyTemplate, CK_ULONG publicKeyAttributeCount,
                        CK_ATTRIBUTE* privateKeyTemplate, CK_ULONG privateKeyAttributeCount,
                        CK_OBJECT_HANDLE* publicKey, CK_OBJECT_HANDLE* privateKey)
{
    return forward<&CK_FUNCTION_LIST::C_GenerateKeyPair>(
        session, mechanism, publicKeyTemplate, publicKeyAttributeCount, privateKeyTemplate,
        privateKeyAttributeCount, publicKey, privateKey);
}

CK_RV C_WrapKey(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE wrappingKey,
                CK_OBJECT_HANDLE key, CK_BYTE* wrappedKey, CK_ULONG* wrappedKeyLen)
{
    return forward<&CK_FUNCTION_LIST::C_WrapKey>(session, mechanism, wrappingKey, key, wrappedKey,
                                                 wrappedKeyLen);
}

CK_RV C_UnwrapKey(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism,
                  CK_OBJECT_HANDLE unwrappingKey, CK_BYTE* wrappedKey, CK_ULONG wrappedKeyLen,
                  CK_ATTRIBUTE* attributes, CK_ULONG attributeCount, CK_OBJECT_HANDLE* key)
{
    return forward<&CK_FUNCTION_LIST::C_UnwrapKey>(session, mechanism, unwrappingKey, wrappedKey,
                                                   wrappedKeyLen, attributes, attributeCount, key);
}

CK_RV C_DeriveKey(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE baseKey,
                  CK_ATTRIBUTE* attributes, CK_ULONG attributeCount, CK_OBJECT_HANDLE* key)
{
    return forward<&CK_FUNCTION_LIST::C_DeriveKey>(session, mechanism, baseKey, attributes,
                                                   attributeCount, key);
}

CK_RV C_SeedRandom(CK_SESSION_HANDLE session, CK_BYTE* seed, CK_ULONG seedLen)
{
    return forward<&CK_FUNCTION_LIST::C_SeedRandom>(session, seed, seedLen);
}

CK_RV C_GenerateRandom(CK_SESSION_HANDLE session, CK_BYTE* randomData, CK_ULONG randomLen)
{
    return forward<&CK_FUNCTION_LIST::C_GenerateRandom>(session, randomData, randomLen);
}

CK_RV C_GetFunctionStatus(CK_SESSION_HANDLE session)
{
    return forward<&CK_FUNCTION_LIST::C_GetFunctionStatus>(session);
}

CK_RV C_CancelFunction(CK_SESSION_HANDLE session)
{
    return forward<&CK_FUNCTION_LIST::C_CancelFunction>(session);
}
