// TPM2_MakeCredential done in software, as an attestation CA does it (TPM 2.0 Part 1,
// "Credential Protection"; Part 3, TPM2_MakeCredential): a credential that only the TPM
// holding the private part of an endorsement key (EK) recovers, and only while an object
// of the given Name is loaded in it (TPM2_ActivateCredential). The CA never needs a TPM.
#pragma once

#include "TpmStructures.h"
#include "core/card/AikCertification.h"
#include "core/util/Secret.h"

#include <QByteArray>

namespace tpmvsc {

// Throws Error(EvidenceRefused) naming what is wrong when `ek` is not an endorsement key
// that can receive a credential: a restricted decryption storage key (restricted and
// decrypt set, sign clear), fixedTPM and fixedParent, whose symmetric is AES-128 or
// AES-256 in CFB mode, RSA or ECC on NIST P-256 or P-384.
void checkEndorsementKeyArea(const tpm2::Public& ek);

// The challenge for `credential` (at most the EK nameAlg's digest size) bound to the
// object `objectName` (nameAlg || digest, as TPM2_ActivateCredential's activateHandle
// names it), made to the EK `ekPublic` (its marshalled TPMT_PUBLIC). Throws
// Error(InvalidInput) when ekPublic is not a TPMT_PUBLIC or the credential is too long,
// Error(EvidenceRefused) as checkEndorsementKeyArea.
CredentialChallenge makeCredential(const QByteArray& ekPublic, const QByteArray& objectName,
                                   const Secret& credential);

} // namespace tpmvsc
