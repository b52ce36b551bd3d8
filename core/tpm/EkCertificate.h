// The TPM's endorsement key certificate, as its manufacturer (or swtpm_setup) stored it
// in NV at the TCG's EK Credential Profile handles. Relying parties use it to learn that
// an attestation comes from a genuine TPM; an attestation CA checks it before it
// certifies the card's attestation key.
#pragma once

#include <QByteArray>
#include <optional>

namespace tpmvsc {

class Tpm;

// The EK types of the profile's low range, each with its certificate index.
enum class EkType { Rsa2048, EccP256, EccP384 };

struct EkCertificate {
    EkType type = EkType::Rsa2048;
    QByteArray der;
};

// The certificate at the first of the RSA 2048 (0x01c00002), ECC P-256 (0x01c0000a) and
// ECC P-384 (0x01c00016) handles that holds one, read with the index's own empty
// authorization or the owner's when that is empty (never asking for a password). Nothing
// when the TPM has none or keeps it from us: a TPM without EK certificate is no error.
std::optional<EkCertificate> findEkCertificate(Tpm& tpm);

// Its DER, or empty.
QByteArray readEkCertificate(Tpm& tpm);

} // namespace tpmvsc
