// The attestation identity key (AIK) a card may have, and TPM2_Certify with it: the TPM's
// own statement that a key it holds has a given public area, signed by a key that signs
// nothing else a caller could choose.
//
// The AIK is a restricted signing key (ECC NIST P-256, ECDSA with SHA-256): the TPM signs
// with it only what it produced itself (TPMS_ATTEST structures beginning with
// TPM_GENERATED_VALUE), never a digest handed in from outside, so a signature by it is
// evidence about the TPM's state, not about someone's input. fixedTPM, fixedParent and
// sensitiveDataOrigin make it a key that never existed outside this TPM. It hangs under
// the storage primary like the card's keys, and its authValue is the card secret: using
// it takes the card's PIN, like every card key.
#pragma once

#include "TpmObjects.h"

#include <QByteArray>
#include <optional>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

TPM2B_PUBLIC attestationKeyTemplate();

// A new AIK under `primary` (its authValue travels encrypted in the salted `session`).
TpmBlob createAttestationKey(Tpm& tpm, ESYS_TR primary, ESYS_TR session, const Secret& authValue);
// The same, but nothing when the TPM has no free object slot.
std::optional<TpmBlob> createAttestationKeyIfRoom(Tpm& tpm, ESYS_TR primary, ESYS_TR session,
                                                  const Secret& authValue);

// What TPM2_Certify gives back.
struct Certification {
    QByteArray certInfo;     // TPMS_ATTEST, marshalled, as the TPM returned it
    QByteArray signature;    // ECDSA r||s, 32 bytes each
    QByteArray tpmSignature; // the same, marshalled as the TPM's TPMT_SIGNATURE
};

// A loaded object and how its authValue is proved: through `session` (an HMAC session).
struct AuthorizedObject {
    ESYS_TR object;
    ESYS_TR session;
    const Secret& authValue;
};

// TPM2_Certify of `object` by the loaded AIK `aik`, with `qualifyingData` (at most
// kMaxAttestationNonceSize bytes) as the attestation's extraData. The two sessions must
// differ: a session appears once in a command.
Certification certifyWithAik(Tpm& tpm, const AuthorizedObject& object, const AuthorizedObject& aik,
                             const QByteArray& qualifyingData);

// The TPMT_PUBLIC inside a marshalled TPM2B_PUBLIC (what a TPM Name is the hash of).
// Throws StoreCorrupt when it is malformed.
QByteArray publicAreaBytes(const QByteArray& tpm2bPublic);

} // namespace tpmvsc
