// The TPM's endorsement key (EK) and credential activation with it: the TPM's half of
// proving to an attestation CA that an attestation key lives in this TPM.
//
// The EK is a restricted decryption key in the endorsement hierarchy whose certificate
// the TPM's manufacturer signed. An attestation CA encrypts a credential to it with
// TPM2_MakeCredential, bound to the Name of the key it is asked to certify; only this TPM,
// holding that EK and that key, gets it back (TPM2_ActivateCredential).
#pragma once

#include "AttestationKey.h"
#include "EkCertificate.h"
#include "TpmObjects.h"
#include "TpmTypes.h"

#include <QByteArray>

namespace tpmvsc {

class Tpm;

// The EK of the given type, loaded: the one provisioned at the TCG's persistent handle
// (0x81010001 RSA, 0x81010002 ECC P-256, 0x81010016 ECC P-384) when it is there and of
// that type, else made again from the TCG EK Credential Profile's default template in the
// endorsement hierarchy (which gives the same key: the template and the seed decide it).
// A made one is flushed when `object` goes; a persistent one is only let go.
struct EndorsementKey {
    TpmObject object;
    QByteArray publicArea; // TPMT_PUBLIC, marshalled
};
EndorsementKey loadEndorsementKey(Tpm& tpm, EkType type);

// The default EK template of the profile for `type` (low range: policy A, AES-128-CFB).
TPM2B_PUBLIC endorsementKeyTemplate(EkType type);

// What the TPM says of itself, in the forms of the EK Credential Profile.
TpmIdentity readTpmIdentity(Tpm& tpm);

// TPM2_ActivateCredential: the credential inside `challenge`, if it was made for the EK
// `ek` and an object with the Name of `object`. The object's authValue is proved through
// its session, which also encrypts the credential on its way out; the EK's policy
// (PolicySecret of the endorsement hierarchy, whose authorization must be empty) through a
// policy session of its own. InvalidInput when the challenge is malformed; EvidenceRefused
// when the TPM finds it was not made for this EK and object. The challenge's shape is
// checked against the EK before the TPM sees it (sizes the EK's algorithms decide): a TPM
// need not be trusted to refuse every malformed blob gracefully.
Secret activateCredential(Tpm& tpm, const AuthorizedObject& object, const EndorsementKey& ek,
                          const CredentialChallenge& challenge);

} // namespace tpmvsc
