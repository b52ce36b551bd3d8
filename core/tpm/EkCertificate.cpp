#include "EkCertificate.h"

#include "EsysMemory.h"
#include "Tpm.h"
#include "TpmError.h"
#include "TpmNv.h"

#include <algorithm>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

namespace {

// TCG EK Credential Profile 2.0, section 2.2.1.4: the low-range certificate indices.
struct CertificateIndex {
    EkType type;
    TPM2_HANDLE handle;
};
constexpr CertificateIndex kEkCertificateIndices[] = {
    {EkType::Rsa2048, 0x01c00002}, {EkType::EccP256, 0x01c0000a}, {EkType::EccP384, 0x01c00016}};
// What every TPM reads in one TPM2_NV_Read (MAX_NV_BUFFER_SIZE is at least this).
constexpr UINT16 kReadChunk = 512;
// No EK certificate comes near this; a bigger index is not one.
constexpr UINT16 kMaxCertificateSize = 8192;

QByteArray readIndex(Tpm& tpm, TPM2_HANDLE handle)
{
    const std::optional<TPMS_NV_PUBLIC> pub = readNvPublic(tpm, handle);
    if (!pub || !(pub->attributes & TPMA_NV_WRITTEN) || pub->dataSize == 0 ||
        pub->dataSize > kMaxCertificateSize)
        return {};
    // The index's own (empty) authorization only when a wrong one would not count toward
    // the TPM's lockout (the profile's indices are noDA); else the owner's, when empty.
    const bool byIndex = (pub->attributes & TPMA_NV_AUTHREAD) && (pub->attributes & TPMA_NV_NO_DA);
    if (!byIndex && !((pub->attributes & TPMA_NV_OWNERREAD) && !tpm.ownerAuthSet()))
        return {};
    ESYS_TR ref = ESYS_TR_NONE;
    checkRc(
        Esys_TR_FromTPMPublic(tpm.esys(), handle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &ref),
        "Esys_TR_FromTPMPublic(NV)");
    const NvRef index(tpm.esys(), ref);
    const ESYS_TR authHandle = byIndex ? ref : ESYS_TR_RH_OWNER;
    setAuth(tpm, authHandle, Secret());
    QByteArray certificate;
    while (certificate.size() < pub->dataSize) {
        const UINT16 size =
            std::min<UINT16>(kReadChunk, static_cast<UINT16>(pub->dataSize - certificate.size()));
        EsysPtr<TPM2B_MAX_NV_BUFFER> data;
        const TSS2_RC rc =
            Esys_NV_Read(tpm.esys(), authHandle, ref, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                         size, static_cast<UINT16>(certificate.size()), data.out());
        // Kept from us (a read lock, another authorization): as if there were none.
        if (isAuthFailure(rc) || tpmBaseCode(rc) == TPM2_RC_NV_LOCKED ||
            tpmBaseCode(rc) == TPM2_RC_NV_AUTHORIZATION)
            return {};
        checkRc(rc, "Esys_NV_Read(EK certificate)");
        if (data->size == 0)
            return {};
        certificate.append(reinterpret_cast<const char*>(data->buffer), data->size);
    }
    return certificate;
}

} // namespace

std::optional<EkCertificate> findEkCertificate(Tpm& tpm)
{
    for (const CertificateIndex& index : kEkCertificateIndices) {
        QByteArray certificate = readIndex(tpm, index.handle);
        if (!certificate.isEmpty())
            return EkCertificate{index.type, certificate};
    }
    return std::nullopt;
}

QByteArray readEkCertificate(Tpm& tpm)
{
    const std::optional<EkCertificate> found = findEkCertificate(tpm);
    return found ? found->der : QByteArray();
}

} // namespace tpmvsc
