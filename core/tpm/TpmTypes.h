// The TPM's objects as the rest of tpmvsc holds them: a loadable blob, the key algorithms
// a card offers, and the hashes and signature schemes its keys sign with. Plain values,
// so the TPM layer needs nothing of the store and enrollment nothing of the card service.
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

// An attestation's nonce (TPM2_Certify's qualifyingData) is at most this many bytes: the
// size of the attestation key's nameAlg digest (SHA-256), what every TPM accepts.
constexpr int kMaxAttestationNonceSize = 32;

enum class KeyAlgorithm { Rsa2048, Rsa3072, EccP256, EccP384 };
QString keyAlgorithmName(KeyAlgorithm alg);                     // "rsa2048", "p256", ...
bool parseKeyAlgorithm(const QString& text, KeyAlgorithm* out); // case-insensitive; also "ecc256"
inline bool isRsa(KeyAlgorithm alg)
{
    return alg == KeyAlgorithm::Rsa2048 || alg == KeyAlgorithm::Rsa3072;
}

enum class HashAlgorithm { Sha256, Sha384, Sha512 };
QString hashAlgorithmName(HashAlgorithm alg);                     // "sha256", ...
bool parseHashAlgorithm(const QString& text, HashAlgorithm* out); // case-insensitive, "sha-256" too
int hashSize(HashAlgorithm alg);                                  // bytes: 32, 48, 64
// RsaPss: RSASSA-PSS with MGF1 over the same hash and salt length = hash size (what the
// card's TPM produces and what a certificate's RSASSA-PSS-params announce).
enum class SignatureScheme { RsaPkcs1v15, RsaPss, Ecdsa };
// The scheme a key signs with: ECDSA for ECC keys (`pss` does not apply; callers refuse it
// in their own words), PSS or PKCS#1 v1.5 for RSA keys.
inline SignatureScheme signatureSchemeFor(KeyAlgorithm alg, bool pss)
{
    return !isRsa(alg) ? SignatureScheme::Ecdsa
           : pss       ? SignatureScheme::RsaPss
                       : SignatureScheme::RsaPkcs1v15;
}

// What the TPM says about itself (TPM2_GetCapability, TPM_CAP_TPM_PROPERTIES), in the
// forms of the TCG EK Credential Profile's subject alternative name, which the AIK
// certificate repeats.
struct TpmIdentity {
    QString manufacturer; // "id:" + TPM_PT_MANUFACTURER as 8 hex digits, e.g. "id:49424D00"
    QString model;        // TPM_PT_VENDOR_STRING_1..4, NULs dropped, e.g. "SW   TPM"
    QString version;      // "id:" + TPM_PT_FIRMWARE_VERSION_1 as 8 hex digits
    bool operator==(const TpmIdentity&) const = default;
};

// TPM2_MakeCredential's output, marshalled with their size fields as the TPM reads them.
struct CredentialChallenge {
    QByteArray credentialBlob;  // TPM2B_ID_OBJECT
    QByteArray encryptedSecret; // TPM2B_ENCRYPTED_SECRET
    bool operator==(const CredentialChallenge&) const = default;
};

} // namespace tpmvsc
