// The TPM's objects as the rest of tpmvsc holds them: a loadable blob, and the key
// algorithms a card offers. Plain values, so the TPM layer needs nothing of the store.
#pragma once

#include <QByteArray>
#include <QString>

namespace tpmvsc {

// A TPM object as created under the storage primary: marshalled TPM2B_PUBLIC and
// TPM2B_PRIVATE (tpm2-tss MU format), loadable with TPM2_Load.
struct TpmBlob {
    QByteArray publicArea;
    QByteArray privateArea;
    bool isEmpty() const { return publicArea.isEmpty() || privateArea.isEmpty(); }
    bool operator==(const TpmBlob&) const = default;
};

enum class KeyAlgorithm { Rsa2048, Rsa3072, EccP256, EccP384 };
QString keyAlgorithmName(KeyAlgorithm alg);                     // "rsa2048", "p256", ...
bool parseKeyAlgorithm(const QString& text, KeyAlgorithm* out); // case-insensitive; also "ecc256"

} // namespace tpmvsc
