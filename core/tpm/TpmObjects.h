// The TPM objects a card is made of, each ESYS call wrapped once. Load, use, flush:
// every transient object and session is an RAII value flushed on every path.
//
// Layout under the owner hierarchy:
//   storage primary (ECC P-256, TCG SRK template, re-created per connection)
//     ├─ sealed card secret, authValue = f(PIN)          (one, TPM checks the PIN)
//     ├─ sealed card secret, authValue = f(PUK)          (optional)
//     ├─ sealed card secret, authValue = f(admin resp_i) (one per precomputed challenge)
//     └─ card keys (RSA/ECC, sign+decrypt), authValue = card secret
// All objects are fixedTPM|fixedParent and dictionary-attack protected; authValues
// travel in salted HMAC sessions with parameter encryption, so neither the PIN-derived
// values nor the unsealed card secret cross the TPM interface in the clear.
#pragma once

#include "store/CardRecord.h"
#include "util/Error.h"
#include "util/Secret.h"

#include <QByteArray>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

class Tpm;

// A transient object or session, flushed when destroyed.
class TpmObject
{
public:
    TpmObject() = default;
    TpmObject(ESYS_CONTEXT* esys, ESYS_TR handle) : m_esys(esys), m_handle(handle) {}
    TpmObject(TpmObject&& other) noexcept;
    TpmObject& operator=(TpmObject&& other) noexcept;
    TpmObject(const TpmObject&) = delete;
    TpmObject& operator=(const TpmObject&) = delete;
    ~TpmObject();

    ESYS_TR handle() const { return m_handle; }
    explicit operator bool() const { return m_handle != ESYS_TR_NONE; }
    void flush();

private:
    ESYS_CONTEXT* m_esys = nullptr;
    ESYS_TR m_handle = ESYS_TR_NONE;
};

// Creates the storage primary. Its Name identifies the TPM's owner seed: a card made on
// another TPM (or before a TPM clear) has another primary Name.
TpmObject createStoragePrimary(Tpm& tpm, QByteArray* name);

// A salted HMAC session (salt encrypted to the primary) with command and response
// parameter encryption (AES-128-CFB).
TpmObject startSaltedSession(Tpm& tpm, ESYS_TR primary);

// Seals `data` under `authValue` as a child of the primary.
TpmBlob sealSecret(Tpm& tpm, ESYS_TR primary, ESYS_TR session, const Secret& authValue,
                   const Secret& data);
TpmObject loadBlob(Tpm& tpm, ESYS_TR parent, ESYS_TR session, const TpmBlob& blob);
// TPM-checked: a wrong authValue fails with AUTH_FAIL and counts toward DA lockout.
// Throws via tpmError (AuthFailed for a wrong value).
Secret unsealSecret(Tpm& tpm, ESYS_TR object, ESYS_TR session, const Secret& authValue);

// Generates a non-exportable key (fixedTPM, fixedParent, sensitiveDataOrigin).
TpmBlob createKey(Tpm& tpm, ESYS_TR primary, ESYS_TR session, KeyAlgorithm algorithm,
                  const Secret& authValue);

struct SignRequest {
    TPMI_ALG_SIG_SCHEME scheme; // TPM2_ALG_RSASSA, TPM2_ALG_RSAPSS, TPM2_ALG_ECDSA
    TPMI_ALG_HASH hash;
    QByteArray digest;
};
// Returns the raw signature: RSA s (modulus-sized), ECDSA r||s (each field-sized).
QByteArray signDigest(Tpm& tpm, ESYS_TR key, ESYS_TR session, const Secret& authValue,
                      const SignRequest& request, KeyAlgorithm algorithm);

// Marshalled TPM2B_PUBLIC <-> struct.
TPM2B_PUBLIC unmarshalPublic(const QByteArray& bytes);

} // namespace tpmvsc
