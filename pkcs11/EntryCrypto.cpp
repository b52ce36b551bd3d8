// Signing, decryption and the TPM's random numbers. Each private-key operation is one
// TPM command on a key that stays loaded for the whole login.
#include "Entry.h"

#include "core/tpm/TpmRandom.h"

using namespace tpmvsc;
using namespace tpmvsc::pkcs11;

namespace {

// The private key a handle names for SignInit/DecryptInit. A private key handle used
// after logout answers CKR_USER_NOT_LOGGED_IN rather than pretending the key is gone.
KeyRecord privateKey(Module& m, const Session& s, CK_OBJECT_HANDLE handle)
{
    if (!m.token(s.slot).card) {
        try {
            m.object(s, handle, nullptr);
        } catch (const Pkcs11Error&) {
            fail(CKR_USER_NOT_LOGGED_IN);
        }
        fail(CKR_KEY_FUNCTION_NOT_PERMITTED); // a public object: never a signing key
    }
    // A private key handle exists only during a login, and the login's card record holds
    // the key: no store read on the path of every signature.
    const ObjectRef* given = m.reference(handle);
    if (given && given->kind == ObjectKind::PrivateKey && CK_SLOT_ID(given->instance) == s.slot) {
        for (const KeyRecord& k : m.token(s.slot).card->card().keys) {
            if (k.id == given->keyId)
                return k;
        }
    }
    KeyRecord key;
    ObjectRef ref;
    try {
        ref = m.object(s, handle, &key);
    } catch (const Pkcs11Error&) {
        fail(CKR_KEY_HANDLE_INVALID);
    }
    if (ref.kind != ObjectKind::PrivateKey)
        fail(ref.kind == ObjectKind::PublicKey ? CKR_KEY_FUNCTION_NOT_PERMITTED
                                               : CKR_KEY_HANDLE_INVALID);
    return key;
}

QByteArray input(const CK_BYTE* data, CK_ULONG length)
{
    if (!data && length)
        fail(CKR_ARGUMENTS_BAD);
    if (length > 16 * 1024 * 1024)
        fail(CKR_DATA_LEN_RANGE);
    return length ? QByteArray(reinterpret_cast<const char*>(data), qsizetype(length))
                  : QByteArray();
}

// Runs the private-key operation; a value the TPM refuses is the data's fault.
template <typename F> auto keyOperation(CK_RV onInvalid, F&& operation)
{
    try {
        return operation();
    } catch (const Error& e) {
        if (e.code() == ErrorCode::InvalidInput)
            fail(onInvalid);
        throw;
    }
}

// The end of a signing call (C_Sign with `data`, C_SignFinal without): the length query
// and a too-small buffer keep the operation; anything else ends it (PKCS#11 2.40 §5.2).
CK_RV finishSign(Module& m, Session& s, const QByteArray* data, CK_BYTE* signature,
                 CK_ULONG* length)
{
    if (!length) {
        s.sign.reset();
        return CKR_ARGUMENTS_BAD;
    }
    const CK_ULONG needed = s.sign->signatureLength();
    if (!signature) {
        *length = needed;
        return CKR_OK;
    }
    if (*length < needed) {
        *length = needed;
        return CKR_BUFFER_TOO_SMALL;
    }
    const std::unique_ptr<SignOperation> operation = std::move(s.sign);
    if (data)
        operation->update(*data);
    CardSession& card = m.cardSession(s.slot, operation->keyId());
    const QByteArray result = keyOperation(CKR_DATA_INVALID, [&] { return operation->sign(card); });
    return copyOut(result, signature, length);
}

// C_SignInit and C_DecryptInit: one operation of each kind per session, on a private key
// the session may use (Session::sign or Session::decrypt).
template <typename Operation>
CK_RV beginOperation(const char* function, CK_SESSION_HANDLE session, CK_MECHANISM* mechanism,
                     CK_OBJECT_HANDLE key, std::unique_ptr<Operation> Session::*slot)
{
    return withModule(function, [&](Module& m) -> CK_RV {
        Session& s = m.session(session);
        if (!mechanism)
            return CKR_ARGUMENTS_BAD;
        if (s.*slot)
            return CKR_OPERATION_ACTIVE;
        s.*slot = std::make_unique<Operation>(*mechanism, privateKey(m, s, key));
        return CKR_OK;
    });
}

} // namespace

CK_RV C_SignInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key)
{
    return beginOperation("C_SignInit", session, mechanism, key, &Session::sign);
}

CK_RV C_Sign(CK_SESSION_HANDLE session, CK_BYTE* data, CK_ULONG dataLength, CK_BYTE* signature,
             CK_ULONG* signatureLength)
{
    return withModule("C_Sign", [&](Module& m) -> CK_RV {
        Session& s = m.session(session);
        if (!s.sign)
            return CKR_OPERATION_NOT_INITIALIZED;
        QByteArray in;
        try {
            in = input(data, dataLength);
        } catch (...) {
            s.sign.reset();
            throw;
        }
        return finishSign(m, s, &in, signature, signatureLength);
    });
}

CK_RV C_SignUpdate(CK_SESSION_HANDLE session, CK_BYTE* part, CK_ULONG partLength)
{
    return withModule("C_SignUpdate", [&](Module& m) -> CK_RV {
        Session& s = m.session(session);
        if (!s.sign)
            return CKR_OPERATION_NOT_INITIALIZED;
        try {
            s.sign->update(input(part, partLength));
        } catch (...) {
            s.sign.reset(); // an error ends the operation
            throw;
        }
        return CKR_OK;
    });
}

CK_RV C_SignFinal(CK_SESSION_HANDLE session, CK_BYTE* signature, CK_ULONG* signatureLength)
{
    return withModule("C_SignFinal", [&](Module& m) -> CK_RV {
        Session& s = m.session(session);
        if (!s.sign)
            return CKR_OPERATION_NOT_INITIALIZED;
        return finishSign(m, s, nullptr, signature, signatureLength);
    });
}

CK_RV C_DecryptInit(CK_SESSION_HANDLE session, CK_MECHANISM* mechanism, CK_OBJECT_HANDLE key)
{
    return beginOperation("C_DecryptInit", session, mechanism, key, &Session::decrypt);
}

CK_RV C_Decrypt(CK_SESSION_HANDLE session, CK_BYTE* encrypted, CK_ULONG encryptedLength,
                CK_BYTE* data, CK_ULONG* dataLength)
{
    return withModule("C_Decrypt", [&](Module& m) -> CK_RV {
        Session& s = m.session(session);
        if (!s.decrypt)
            return CKR_OPERATION_NOT_INITIALIZED;
        if (!dataLength || (!encrypted && encryptedLength)) {
            s.decrypt.reset();
            return CKR_ARGUMENTS_BAD;
        }
        if (!data) {
            *dataLength = s.decrypt->outputLength();
            return CKR_OK;
        }
        try {
            CardSession& card = m.cardSession(s.slot, s.decrypt->keyId());
            const QByteArray& plain =
                keyOperation(CKR_ENCRYPTED_DATA_INVALID, [&]() -> const QByteArray& {
                    return s.decrypt->decrypt(card, input(encrypted, encryptedLength));
                });
            const CK_RV rv = copyOut(plain, data, dataLength);
            if (rv != CKR_BUFFER_TOO_SMALL)
                s.decrypt.reset(); // the plaintext is kept only for a retry with more room
            return rv;
        } catch (...) {
            s.decrypt.reset();
            throw;
        }
    });
}

CK_RV C_DecryptUpdate(CK_SESSION_HANDLE session, CK_BYTE* encrypted, CK_ULONG encryptedLength,
                      CK_BYTE* data, CK_ULONG* dataLength)
{
    Q_UNUSED(encrypted)
    Q_UNUSED(encryptedLength)
    Q_UNUSED(data)
    Q_UNUSED(dataLength)
    return withModule("C_DecryptUpdate", [&](Module& m) -> CK_RV {
        Session& s = m.session(session);
        if (!s.decrypt)
            return CKR_OPERATION_NOT_INITIALIZED;
        s.decrypt.reset(); // RSA decryption is single-part
        return CKR_FUNCTION_NOT_SUPPORTED;
    });
}

CK_RV C_DecryptFinal(CK_SESSION_HANDLE session, CK_BYTE* data, CK_ULONG* dataLength)
{
    Q_UNUSED(data)
    Q_UNUSED(dataLength)
    return withModule("C_DecryptFinal", [&](Module& m) -> CK_RV {
        Session& s = m.session(session);
        if (!s.decrypt)
            return CKR_OPERATION_NOT_INITIALIZED;
        s.decrypt.reset();
        return CKR_FUNCTION_NOT_SUPPORTED;
    });
}

CK_RV C_GenerateRandom(CK_SESSION_HANDLE session, CK_BYTE* random, CK_ULONG length)
{
    return withModule("C_GenerateRandom", [&](Module& m) -> CK_RV {
        m.session(session);
        if (!random && length)
            return CKR_ARGUMENTS_BAD;
        if (length > 1024 * 1024)
            return CKR_ARGUMENTS_BAD;
        const QByteArray bytes = tpmRandom(m.tpm(), qsizetype(length));
        std::copy(bytes.begin(), bytes.end(), random);
        return CKR_OK;
    });
}

CK_RV C_SeedRandom(CK_SESSION_HANDLE session, CK_BYTE* seed, CK_ULONG length)
{
    return withModule("C_SeedRandom", [&](Module& m) -> CK_RV {
        m.session(session);
        if (!seed && length)
            return CKR_ARGUMENTS_BAD;
        stirTpmRandom(m.tpm(), input(seed, length));
        return CKR_OK;
    });
}
