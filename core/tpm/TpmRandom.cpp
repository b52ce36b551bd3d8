#include "tpm/TpmRandom.h"

#include "tpm/Tpm.h"
#include "tpm/TpmError.h"

#include <algorithm>
#include <cstring>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

QByteArray tpmRandom(Tpm& tpm, qsizetype size)
{
    QByteArray out;
    out.reserve(size);
    while (out.size() < size) {
        // TPM2B_DIGEST bounds one answer; TPMs give at most their largest digest.
        const UINT16 ask = UINT16(std::min<qsizetype>(size - out.size(), 32));
        TPM2B_DIGEST* bytes = nullptr;
        checkRc(Esys_GetRandom(tpm.esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, ask, &bytes),
                "Esys_GetRandom");
        out.append(reinterpret_cast<const char*>(bytes->buffer), std::min<int>(bytes->size, ask));
        Esys_Free(bytes);
    }
    return out;
}

void stirTpmRandom(Tpm& tpm, const QByteArray& data)
{
    for (qsizetype offset = 0; offset < data.size(); offset += 128) {
        TPM2B_SENSITIVE_DATA in{};
        in.size = UINT16(std::min<qsizetype>(data.size() - offset, 128));
        std::memcpy(in.buffer, data.constData() + offset, in.size);
        checkRc(Esys_StirRandom(tpm.esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &in),
                "Esys_StirRandom");
    }
}

} // namespace tpmvsc
