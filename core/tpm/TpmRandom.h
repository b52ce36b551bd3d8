// The TPM's random number generator (PKCS#11 C_GenerateRandom / C_SeedRandom: a card's
// RNG is the TPM's).
#pragma once

#include <QByteArray>

namespace tpmvsc {

class Tpm;

// `size` bytes from TPM2_GetRandom (asked for in pieces the TPM accepts). Throws
// Error(Tpm) when the TPM answers with no bytes at all.
QByteArray tpmRandom(Tpm& tpm, qsizetype size);
// Mixes `data` into the TPM's RNG state (TPM2_StirRandom); it never replaces it.
void stirTpmRandom(Tpm& tpm, const QByteArray& data);

} // namespace tpmvsc
