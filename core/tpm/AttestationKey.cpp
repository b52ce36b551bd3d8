#include "AttestationKey.h"

#include "EsysMemory.h"
#include "Tpm.h"
#include "TpmError.h"

#include <QCoreApplication>
#include <QString>
#include <cstring>
#include <tss2/tss2_mu.h>

namespace tpmvsc {

TPM2B_PUBLIC attestationKeyTemplate()
{
    TPM2B_PUBLIC t{};
    TPMT_PUBLIC& p = t.publicArea;
    p.type = TPM2_ALG_ECC;
    p.nameAlg = TPM2_ALG_SHA256;
    // Not noDA: the authValue is the card secret, full entropy, and a wrong one is no
    // guess anyone makes; the key stays under the TPM's lockout like the card's keys.
    p.objectAttributes = TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT |
                         TPMA_OBJECT_SENSITIVEDATAORIGIN | TPMA_OBJECT_USERWITHAUTH |
                         TPMA_OBJECT_RESTRICTED | TPMA_OBJECT_SIGN_ENCRYPT;
    TPMS_ECC_PARMS& ecc = p.parameters.eccDetail;
    ecc.symmetric.algorithm = TPM2_ALG_NULL;
    // A restricted signing key must name its scheme: the TPM signs attestations with it.
    ecc.scheme.scheme = TPM2_ALG_ECDSA;
    ecc.scheme.details.ecdsa.hashAlg = TPM2_ALG_SHA256;
    ecc.curveID = TPM2_ECC_NIST_P256;
    ecc.kdf.scheme = TPM2_ALG_NULL;
    return t;
}

TpmBlob createAttestationKey(Tpm& tpm, ESYS_TR primary, ESYS_TR session, const Secret& authValue)
{
    return *createFromTemplate(tpm, primary, session, attestationKeyTemplate(), authValue,
                               "Esys_Create(attestation key)", false);
}

std::optional<TpmBlob> createAttestationKeyIfRoom(Tpm& tpm, ESYS_TR primary, ESYS_TR session,
                                                  const Secret& authValue)
{
    return createFromTemplate(tpm, primary, session, attestationKeyTemplate(), authValue,
                              "Esys_Create(attestation key)", true);
}

Certification certifyWithAik(Tpm& tpm, const AuthorizedObject& object, const AuthorizedObject& aik,
                             const QByteArray& qualifyingData)
{
    // The card service refuses a longer nonce before the first TPM command.
    if (qualifyingData.size() > kMaxAttestationNonceSize)
        throw Error(ErrorCode::Internal, QStringLiteral("nonce too long"));
    const ScopedAuth objectAuth(tpm, object.object, object.authValue);
    const ScopedAuth aikAuth(tpm, aik.object, aik.authValue);
    const EsysScrub scrub(tpm.esys());
    TPM2B_DATA extra{};
    extra.size = static_cast<UINT16>(qualifyingData.size());
    if (extra.size > 0)
        std::memcpy(extra.buffer, qualifyingData.constData(), extra.size);
    // The AIK's own scheme (ECDSA, SHA-256) signs: a restricted key takes no other.
    TPMT_SIG_SCHEME scheme{};
    scheme.scheme = TPM2_ALG_NULL;
    // HMAC only: nothing in or out is secret.
    useSession(tpm, object.session, false, false);
    useSession(tpm, aik.session, false, false);
    EsysPtr<TPM2B_ATTEST> info;
    EsysPtr<TPMT_SIGNATURE> signature;
    checkRc(Esys_Certify(tpm.esys(), object.object, aik.object, object.session, aik.session,
                         ESYS_TR_NONE, &extra, &scheme, info.out(), signature.out()),
            "Esys_Certify");
    if (signature->sigAlg != TPM2_ALG_ECDSA)
        throw Error(ErrorCode::Tpm,
                    Sentence("AttestationKey",
                             "The TPM certified the key with a signature other than ECDSA."));
    std::uint8_t marshalled[sizeof(TPMT_SIGNATURE)];
    std::size_t size = 0;
    checkRc(Tss2_MU_TPMT_SIGNATURE_Marshal(signature.p, marshalled, sizeof marshalled, &size),
            "Tss2_MU_TPMT_SIGNATURE_Marshal");
    return Certification{
        QByteArray(reinterpret_cast<const char*>(info->attestationData), info->size),
        signatureBytes(*signature.p, KeyAlgorithm::EccP256),
        QByteArray(reinterpret_cast<const char*>(marshalled), static_cast<qsizetype>(size))};
}

QByteArray publicAreaBytes(const QByteArray& tpm2bPublic)
{
    unmarshalPublic(tpm2bPublic); // the size prefix spans exactly the rest
    return tpm2bPublic.mid(2);
}

} // namespace tpmvsc
