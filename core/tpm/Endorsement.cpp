#include "Endorsement.h"

#include "EsysMemory.h"
#include "Tpm.h"
#include "TpmError.h"
#include "TpmNv.h"
#include "core/util/Sentence.h"

#include <cstring>
#include <tss2/tss2_mu.h>

namespace tpmvsc {

namespace {

// TCG EK Credential Profile 2.0, section 2.1.5.1: TPM2_PolicySecret(TPM_RH_ENDORSEMENT),
// the default EK templates' authPolicy ("policy A").
constexpr std::uint8_t kPolicyA[32] = {
    0x83, 0x71, 0x97, 0x67, 0x44, 0x84, 0xb3, 0xf8, 0x1a, 0x90, 0xcc, 0x8d, 0x46, 0xa5, 0xd7, 0x24,
    0xfd, 0x52, 0xd7, 0x6e, 0x06, 0x52, 0x0b, 0x64, 0xf2, 0xa1, 0xda, 0x1b, 0x33, 0x14, 0x69, 0xaa};

// TCG TPM v2.0 Provisioning Guidance, section 7.8: where a provisioned EK stays.
TPM2_HANDLE persistentHandle(EkType type)
{
    switch (type) {
    case EkType::Rsa2048: return 0x81010001;
    case EkType::EccP256: return 0x81010002;
    case EkType::EccP384: return 0x81010016;
    }
    return 0x81010001;
}

QByteArray marshalPublicArea(const TPMT_PUBLIC& area)
{
    std::uint8_t buffer[sizeof(TPMT_PUBLIC)];
    std::size_t size = 0;
    checkRc(Tss2_MU_TPMT_PUBLIC_Marshal(&area, buffer, sizeof buffer, &size),
            "Tss2_MU_TPMT_PUBLIC_Marshal");
    return QByteArray(reinterpret_cast<const char*>(buffer), static_cast<qsizetype>(size));
}

bool isType(const TPMT_PUBLIC& area, EkType type)
{
    if (type == EkType::Rsa2048)
        return area.type == TPM2_ALG_RSA && area.parameters.rsaDetail.keyBits == 2048;
    const TPMI_ECC_CURVE curve = type == EkType::EccP256 ? TPM2_ECC_NIST_P256 : TPM2_ECC_NIST_P384;
    return area.type == TPM2_ALG_ECC && area.parameters.eccDetail.curveID == curve;
}

// The provisioned EK, when there is one of that type: a reference ESYS closes, nothing
// to flush.
std::optional<EndorsementKey> persistentEndorsementKey(Tpm& tpm, EkType type)
{
    ESYS_TR ref = ESYS_TR_NONE;
    const TSS2_RC rc = Esys_TR_FromTPMPublic(tpm.esys(), persistentHandle(type), ESYS_TR_NONE,
                                             ESYS_TR_NONE, ESYS_TR_NONE, &ref);
    if (tpmBaseCode(rc) == TPM2_RC_HANDLE)
        return std::nullopt;
    checkRc(rc, "Esys_TR_FromTPMPublic(EK)");
    TpmObject reference = TpmObject::persistent(tpm.esys(), ref);
    EsysPtr<TPM2B_PUBLIC> pub;
    checkRc(Esys_ReadPublic(tpm.esys(), ref, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, pub.out(),
                            nullptr, nullptr),
            "Esys_ReadPublic(EK)");
    if (!isType(pub->publicArea, type))
        return std::nullopt;
    return EndorsementKey{std::move(reference), marshalPublicArea(pub->publicArea)};
}

} // namespace

TPM2B_PUBLIC endorsementKeyTemplate(EkType type)
{
    TPM2B_PUBLIC tmpl{};
    TPMT_PUBLIC& p = tmpl.publicArea;
    p.nameAlg = TPM2_ALG_SHA256;
    p.objectAttributes = TPMA_OBJECT_FIXEDTPM | TPMA_OBJECT_FIXEDPARENT |
                         TPMA_OBJECT_SENSITIVEDATAORIGIN | TPMA_OBJECT_ADMINWITHPOLICY |
                         TPMA_OBJECT_RESTRICTED | TPMA_OBJECT_DECRYPT;
    p.authPolicy.size = sizeof kPolicyA;
    std::memcpy(p.authPolicy.buffer, kPolicyA, sizeof kPolicyA);
    TPMT_SYM_DEF_OBJECT symmetric{};
    symmetric.algorithm = TPM2_ALG_AES;
    symmetric.keyBits.aes = 128;
    symmetric.mode.aes = TPM2_ALG_CFB;
    if (type == EkType::Rsa2048) {
        p.type = TPM2_ALG_RSA;
        p.parameters.rsaDetail.symmetric = symmetric;
        p.parameters.rsaDetail.scheme.scheme = TPM2_ALG_NULL;
        p.parameters.rsaDetail.keyBits = 2048;
        p.parameters.rsaDetail.exponent = 0;
        p.unique.rsa.size = 256; // zeros, as the template says
    } else {
        // The profile's P-384 template (L-3 of its high range) is SHA-384 and AES-256.
        const bool p384 = type == EkType::EccP384;
        if (p384) {
            p.nameAlg = TPM2_ALG_SHA384;
            symmetric.keyBits.aes = 256;
        }
        p.type = TPM2_ALG_ECC;
        p.parameters.eccDetail.symmetric = symmetric;
        p.parameters.eccDetail.scheme.scheme = TPM2_ALG_NULL;
        p.parameters.eccDetail.curveID = p384 ? TPM2_ECC_NIST_P384 : TPM2_ECC_NIST_P256;
        p.parameters.eccDetail.kdf.scheme = TPM2_ALG_NULL;
        p.unique.ecc.x.size = p.unique.ecc.y.size = p384 ? 48 : 32;
    }
    return tmpl;
}

EndorsementKey loadEndorsementKey(Tpm& tpm, EkType type)
{
    if (std::optional<EndorsementKey> key = persistentEndorsementKey(tpm, type))
        return std::move(*key);
    TPM2B_PUBLIC tmpl = endorsementKeyTemplate(type);
    TPM2B_SENSITIVE_CREATE sensitive{};
    TPM2B_DATA outsideInfo{};
    TPML_PCR_SELECTION pcrs{};
    ESYS_TR handle = ESYS_TR_NONE;
    EsysPtr<TPM2B_PUBLIC> pub;
    setAuth(tpm, ESYS_TR_RH_ENDORSEMENT, Secret());
    const TSS2_RC rc = Esys_CreatePrimary(
        tpm.esys(), ESYS_TR_RH_ENDORSEMENT, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
        &sensitive, &tmpl, &outsideInfo, &pcrs, &handle, pub.out(), nullptr, nullptr, nullptr);
    if (isAuthFailure(rc))
        throw Error(ErrorCode::Unsupported,
                    Sentence("Endorsement",
                             "The TPM's endorsement hierarchy has a password, so tpmvsc cannot "
                             "use the endorsement key. Ask the machine's administrator to "
                             "provision the endorsement key at 0x81010001 (tpm2_createek -c "
                             "0x81010001) or to clear the endorsement password."));
    checkRc(rc, "Esys_CreatePrimary(EK)");
    TpmObject object(tpm.esys(), handle);
    return EndorsementKey{std::move(object), marshalPublicArea(pub->publicArea)};
}

TpmIdentity readTpmIdentity(Tpm& tpm)
{
    // TPM_PT_MANUFACTURER, VENDOR_STRING_1..4, VENDOR_TPM_TYPE and FIRMWARE_VERSION_1 are
    // consecutive: one command reads them all.
    constexpr UINT32 kCount = TPM2_PT_FIRMWARE_VERSION_1 - TPM2_PT_MANUFACTURER + 1;
    EsysPtr<TPMS_CAPABILITY_DATA> data;
    checkRc(Esys_GetCapability(tpm.esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                               TPM2_CAP_TPM_PROPERTIES, TPM2_PT_MANUFACTURER, kCount, nullptr,
                               data.out()),
            "Esys_GetCapability(TPM identity)");
    const auto value = [&data](TPM2_PT pt) -> std::uint32_t {
        const TPML_TAGGED_TPM_PROPERTY& list = data->data.tpmProperties;
        for (UINT32 i = 0; i < list.count && i < TPM2_MAX_TPM_PROPERTIES; ++i)
            if (list.tpmProperty[i].property == pt)
                return list.tpmProperty[i].value;
        return 0;
    };
    const auto hexId = [](std::uint32_t v) {
        return QStringLiteral("id:") +
               QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0')).toUpper();
    };
    TpmIdentity identity;
    identity.manufacturer = hexId(value(TPM2_PT_MANUFACTURER));
    for (const TPM2_PT pt : {TPM2_PT_VENDOR_STRING_1, TPM2_PT_VENDOR_STRING_2,
                             TPM2_PT_VENDOR_STRING_3, TPM2_PT_VENDOR_STRING_4}) {
        const std::uint32_t v = value(pt);
        for (int shift = 24; shift >= 0; shift -= 8) {
            // Only printable ASCII goes into a certificate; NULs pad the strings.
            const char c = static_cast<char>((v >> shift) & 0xff);
            if (c >= 0x20 && c < 0x7f)
                identity.model.append(QLatin1Char(c));
        }
    }
    identity.version = hexId(value(TPM2_PT_FIRMWARE_VERSION_1));
    return identity;
}

namespace {

[[noreturn]] void malformedChallenge()
{
    throw Error(ErrorCode::InvalidInput,
                Sentence("Endorsement", "The attestation CA's challenge is malformed."));
}

template <typename T>
T unmarshalChallengePart(const QByteArray& bytes,
                         TSS2_RC (*unmarshal)(const uint8_t*, size_t, size_t*, T*))
{
    T out{};
    std::size_t offset = 0;
    if (bytes.isEmpty() ||
        unmarshal(reinterpret_cast<const uint8_t*>(bytes.constData()),
                  static_cast<std::size_t>(bytes.size()), &offset, &out) != TSS2_RC_SUCCESS ||
        offset != static_cast<std::size_t>(bytes.size()))
        malformedChallenge();
    return out;
}

// What TPM2_MakeCredential for this EK gives: an integrity HMAC of the EK's name
// algorithm before a non-empty encrypted credential; the seed encrypted to an RSA EK as
// one block of the modulus size, or to an ECC EK as a point of its curve.
void checkChallengeShape(const TPMT_PUBLIC& ek, const TPM2B_ID_OBJECT& blob,
                         const TPM2B_ENCRYPTED_SECRET& secret)
{
    const std::size_t digest = ek.nameAlg == TPM2_ALG_SHA384   ? 48
                               : ek.nameAlg == TPM2_ALG_SHA512 ? 64
                                                               : 32;
    if (blob.size < 2 + digest + 1 ||
        ((std::size_t(blob.credential[0]) << 8) | blob.credential[1]) != digest)
        malformedChallenge();
    if (ek.type == TPM2_ALG_RSA) {
        if (secret.size != ek.parameters.rsaDetail.keyBits / 8)
            malformedChallenge();
        return;
    }
    TPMS_ECC_POINT point{};
    std::size_t offset = 0;
    const std::size_t coordinate = ek.parameters.eccDetail.curveID == TPM2_ECC_NIST_P384 ? 48 : 32;
    if (Tss2_MU_TPMS_ECC_POINT_Unmarshal(secret.secret, secret.size, &offset, &point) !=
            TSS2_RC_SUCCESS ||
        offset != secret.size || point.x.size != coordinate || point.y.size != coordinate)
        malformedChallenge();
}

} // namespace

Secret activateCredential(Tpm& tpm, const AuthorizedObject& object, const EndorsementKey& ek,
                          const CredentialChallenge& challenge)
{
    const TPM2B_ID_OBJECT blob =
        unmarshalChallengePart(challenge.credentialBlob, Tss2_MU_TPM2B_ID_OBJECT_Unmarshal);
    const TPM2B_ENCRYPTED_SECRET secret =
        unmarshalChallengePart(challenge.encryptedSecret, Tss2_MU_TPM2B_ENCRYPTED_SECRET_Unmarshal);
    {
        TPMT_PUBLIC area{};
        std::size_t offset = 0;
        checkRc(Tss2_MU_TPMT_PUBLIC_Unmarshal(
                    reinterpret_cast<const uint8_t*>(ek.publicArea.constData()),
                    std::size_t(ek.publicArea.size()), &offset, &area),
                "Tss2_MU_TPMT_PUBLIC_Unmarshal(EK)");
        checkChallengeShape(area, blob, secret);
    }

    TpmObject policy = startPolicySession(tpm);
    try {
        policySecret(tpm, policy.handle(), ESYS_TR_RH_ENDORSEMENT, Secret(), object.session);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::AuthFailed)
            throw;
        throw Error(ErrorCode::Unsupported,
                    Sentence("Endorsement",
                             "The TPM's endorsement hierarchy has a password, so the endorsement "
                             "key cannot decrypt the attestation CA's challenge. Ask the "
                             "machine's administrator to clear the endorsement password."));
    }
    const ScopedAuth objectAuth(tpm, object.object, object.authValue);
    const EsysScrub scrub(tpm.esys());
    // The credential is a secret: it leaves the TPM encrypted in the object's session.
    useSession(tpm, object.session, false, true);
    EsysPtr<TPM2B_DIGEST> credential;
    endWithCommand(tpm, policy);
    const TSS2_RC rc =
        Esys_ActivateCredential(tpm.esys(), object.object, ek.object.handle(), object.session,
                                policy.handle(), ESYS_TR_NONE, &blob, &secret, credential.out());
    const TSS2_RC base = tpmBaseCode(rc);
    if (base == TPM2_RC_INTEGRITY || base == TPM2_RC_VALUE || base == TPM2_RC_SIZE ||
        base == TPM2_RC_ECC_POINT || base == TPM2_RC_KEY_SIZE)
        throw Error(ErrorCode::EvidenceRefused,
                    Sentence("Endorsement",
                             "The attestation CA's challenge was not made for this TPM's "
                             "endorsement key and this attestation key."));
    checkRc(rc, "Esys_ActivateCredential");
    policy.release(); // the command ended it
    Secret out(credential->buffer, credential->size);
    std::memset(credential->buffer, 0, sizeof credential->buffer);
    return out;
}

} // namespace tpmvsc
