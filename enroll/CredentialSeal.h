// The AIK certificate sealed under the credential of TPM2_MakeCredential
// (doc/attestation-ca.md): AES-256-GCM with the 32-byte credential as key and the AIK's
// Name as additional data, written as a 12-byte random IV, the ciphertext and the 16-byte
// tag. Only a card whose TPM activated the credential for that AIK opens it; the Name as
// additional data keeps a sealed certificate from being passed off for another AIK.
#pragma once

#include "core/util/Secret.h"

#include <QByteArray>

namespace tpmvsc {

inline constexpr int kCredentialSize = 32;

// Throws Error(InvalidInput) when the credential is not kCredentialSize bytes.
QByteArray sealWithCredential(const QByteArray& plain, const Secret& credential,
                              const QByteArray& aikName);
// Throws Error(InvalidInput) when `sealed` is too short, and Error(EvidenceRefused) when its
// tag does not verify (another credential, another AIK, or altered on the way).
QByteArray openWithCredential(const QByteArray& sealed, const Secret& credential,
                              const QByteArray& aikName);

} // namespace tpmvsc
