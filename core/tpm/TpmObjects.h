// The TPM objects a card is made of, each ESYS call wrapped once. Load, use, flush:
// every transient object and session is an RAII value flushed on every path.
//
// Layout under the owner hierarchy:
//   storage primary (ECC P-256, TCG SRK template): the persistent key at 0x81000001 when
//   it is ours (found once per connection, then kept), else created for each operation
//     ├─ the card's guard objects: sealed card secret and proofs (card/CardGuard.h);
//     │  cards of format 2 and before: the card secret sealed under f(PIN), f(PUK), f(resp_i)
//     └─ card keys (RSA/ECC, sign+decrypt), authValue = card secret
// All objects are fixedTPM|fixedParent and dictionary-attack protected; authValues
// travel in salted HMAC sessions with parameter encryption, so neither the PIN-derived
// values nor the unsealed card secret cross the TPM interface in the clear.
#pragma once

#include "TpmTypes.h"
#include "core/util/Error.h"
#include "core/util/Secret.h"

#include <QByteArray>
#include <optional>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

class Tpm;

// A transient object or session, flushed when destroyed.
class TpmObject
{
public:
    TpmObject() = default;
    TpmObject(ESYS_CONTEXT* esys, ESYS_TR handle) : m_esys(esys), m_handle(handle) {}
    // A reference someone else keeps (the connection's persistent storage key): left as is.
    static TpmObject borrowed(ESYS_CONTEXT* esys, ESYS_TR handle)
    {
        TpmObject o(esys, handle);
        o.m_end = End::Keep;
        return o;
    }
    // A persistent object's reference, ours to close (not to flush) when done.
    static TpmObject persistent(ESYS_CONTEXT* esys, ESYS_TR handle)
    {
        TpmObject o(esys, handle);
        o.m_end = End::Close;
        return o;
    }
    TpmObject(TpmObject&& other) noexcept;
    TpmObject& operator=(TpmObject&& other) noexcept;
    TpmObject(const TpmObject&) = delete;
    TpmObject& operator=(const TpmObject&) = delete;
    ~TpmObject();

    ESYS_TR handle() const { return m_handle; }
    explicit operator bool() const { return m_handle != ESYS_TR_NONE; }
    void flush();
    // The TPM has ended the session itself (a command it authorized had continueSession
    // clear, and ESYS has dropped its reference): nothing is left to flush.
    void release() { m_handle = ESYS_TR_NONE; }

private:
    ESYS_CONTEXT* m_esys = nullptr;
    ESYS_TR m_handle = ESYS_TR_NONE;
    // What flush() does: flush a transient object or session, close a persistent
    // object's reference, or leave a borrowed reference alone.
    enum class End { Flush, Close, Keep } m_end = End::Flush;
};

// An authValue as the TPM compares it (trailing zero octets dropped, as the TPM does).
TPM2B_AUTH tpmAuth(const Secret& value);
// Gives ESYS the authValue of `object` for the next command that authorizes it.
void setAuth(Tpm& tpm, ESYS_TR object, const Secret& value);
// ESYS keeps the authValue in its own heap record of the object until the handle is
// closed, and frees that record without wiping it. An authValue is set right before each
// use with one of these, and overwritten with zeros when it ends (a whole zero TPM2B
// replaces the buffer; a null pointer would only reset the size).
class ScopedAuth
{
public:
    ScopedAuth(Tpm& tpm, ESYS_TR object, const Secret& value);
    ~ScopedAuth();
    ScopedAuth(const ScopedAuth&) = delete;
    ScopedAuth& operator=(const ScopedAuth&) = delete;

private:
    Tpm& m_tpm;
    ESYS_TR m_object;
};
// Sets the attributes of an HMAC session for one command: continueSession, and
// parameter encryption where the command's first parameter allows it.
void useSession(Tpm& tpm, ESYS_TR session, bool encryptCommand, bool encryptResponse);

// The storage primary. Its Name identifies the TPM's owner seed: a card made on another
// TPM (or before a TPM clear) has another primary Name. The TCG-provisioned persistent
// storage key at 0x81000001 (Tpm looks it up when connecting) is used for a new card
// (`expectedName` empty) when it is made from our template, and for a card when it is
// the key the card was made under (`expectedName`, the card's primary Name). Using it
// costs no command, where CreatePrimary costs tens to hundreds of milliseconds on
// hardware, and needs no owner authorization, so cards work on a TPM whose owner
// hierarchy has a password. Cards made under a created primary keep using one, even
// after an administrator provisions the persistent key.
TpmObject createStoragePrimary(Tpm& tpm, QByteArray* name,
                               const QByteArray& expectedName = QByteArray());
// As createStoragePrimary, but nothing when the TPM has no free object slot.
std::optional<TpmObject> createStoragePrimaryIfRoom(Tpm& tpm, QByteArray* name,
                                                    const QByteArray& expectedName = QByteArray());

// A salted HMAC session (salt encrypted to the primary) with command and response
// parameter encryption (AES-128-CFB).
TpmObject startSaltedSession(Tpm& tpm, ESYS_TR primary);

// Seals `data` under `authValue` as a child of the primary.
TpmBlob sealSecret(Tpm& tpm, ESYS_TR primary, ESYS_TR session, const Secret& authValue,
                   const Secret& data);
// Seals `data` so that only a policy session satisfying `authPolicy` unseals it (no
// authValue use at all: userWithAuth clear).
TpmBlob sealUnderPolicy(Tpm& tpm, ESYS_TR primary, ESYS_TR session, const QByteArray& authPolicy,
                        const Secret& data);
// An object whose only job is to prove knowledge of `authValue` (TPM2_PolicySecret).
// Not DA-protected: its authValue is a full-entropy value or an admin response, which
// no guessing reaches, and wrong answers must not lock the TPM for everyone.
TpmBlob createProofObject(Tpm& tpm, ESYS_TR primary, ESYS_TR session, const Secret& authValue);
TpmObject loadBlob(Tpm& tpm, ESYS_TR parent, ESYS_TR session, const TpmBlob& blob);
// As loadBlob, but nothing when the TPM has no room for another loaded object
// (isObjectMemoryFull), so the caller can flush one of its own objects and try again.
std::optional<TpmObject> loadBlobIfRoom(Tpm& tpm, ESYS_TR parent, ESYS_TR session,
                                        const TpmBlob& blob);
// TPM-checked: a wrong authValue fails with AUTH_FAIL and counts toward DA lockout.
// Throws via tpmError (AuthFailed for a wrong value).
Secret unsealSecret(Tpm& tpm, ESYS_TR object, ESYS_TR session, const Secret& authValue);

// Generates a non-exportable key (fixedTPM, fixedParent, sensitiveDataOrigin).
TpmBlob createKey(Tpm& tpm, ESYS_TR primary, ESYS_TR session, KeyAlgorithm algorithm,
                  const Secret& authValue);
// As createKey, but nothing when the TPM has no free object slot (TPM2_Create needs one
// for the new object while it runs).
std::optional<TpmBlob> createKeyIfRoom(Tpm& tpm, ESYS_TR primary, ESYS_TR session,
                                       KeyAlgorithm algorithm, const Secret& authValue);

// A child of `primary` made from `tmpl` with `authValue` (travelling encrypted in the
// salted `session`). With `ifRoom`, nothing when the TPM has no free object slot. `what`
// names the command in errors.
std::optional<TpmBlob> createFromTemplate(Tpm& tpm, ESYS_TR primary, ESYS_TR session,
                                          const TPM2B_PUBLIC& tmpl, const Secret& authValue,
                                          const char* what, bool ifRoom);

struct SignRequest {
    TPMI_ALG_SIG_SCHEME scheme; // TPM2_ALG_RSASSA, TPM2_ALG_RSAPSS, TPM2_ALG_ECDSA
    TPMI_ALG_HASH hash;
    QByteArray digest;
};
// Returns the raw signature: RSA s (modulus-sized), ECDSA r||s (each field-sized).
QByteArray signDigest(Tpm& tpm, ESYS_TR key, ESYS_TR session, const Secret& authValue,
                      const SignRequest& request, KeyAlgorithm algorithm);

// TPM2_RSA_Decrypt with `scheme` TPM2_ALG_NULL (the raw RSADP of a block of the modulus
// size; returned as the TPM gives it, callers pad it) or TPM2_ALG_RSAES (PKCS#1 v1.5
// decryption: the message). With `secretResult` the response is encrypted in the salted
// session (a decrypted session key); a signature made this way is public and skips the
// key derivation that costs. A padding the TPM rejects throws InvalidInput.
QByteArray rsaDecrypt(Tpm& tpm, ESYS_TR key, ESYS_TR session, const Secret& authValue,
                      TPMI_ALG_RSA_DECRYPT scheme, const QByteArray& data, bool secretResult);

// TPM2_Sign's parameters for a request (ESYS's call and DirectHmacSession's command).
struct SignInputs {
    TPM2B_DIGEST digest;
    TPMT_SIG_SCHEME scheme;
    TPMT_TK_HASHCHECK ticket;
};
SignInputs signInputs(const SignRequest& request);

// A TPM signature as signDigest returns it (RSA s; ECDSA r||s, field-sized halves).
// Throws Error(Tpm) when an ECDSA part is longer than the field.
QByteArray signatureBytes(const TPMT_SIGNATURE& signature, KeyAlgorithm algorithm);

// Marshalled TPM2B_PUBLIC <-> struct.
TPM2B_PUBLIC unmarshalPublic(const QByteArray& bytes);

} // namespace tpmvsc
