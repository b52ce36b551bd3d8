#include "TpmRandom.h"

#include "Tpm.h"
#include "TpmError.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <memory>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

namespace {
struct EsysFree {
    void operator()(TPM2B_DIGEST* p) const { Esys_Free(p); }
};
} // namespace

QByteArray tpmRandom(Tpm& tpm, qsizetype size)
{
    QByteArray out;
    out.reserve(size);
    while (out.size() < size) {
        // TPM2B_DIGEST bounds one answer; TPMs give at most their largest digest.
        const UINT16 ask = UINT16(std::min<qsizetype>(size - out.size(), 32));
        TPM2B_DIGEST* raw = nullptr;
        checkRc(Esys_GetRandom(tpm.esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, ask, &raw),
                "Esys_GetRandom");
        const std::unique_ptr<TPM2B_DIGEST, EsysFree> bytes(raw);
        // Fewer bytes than asked is allowed, none is not: asking again would never end
        // with a TPM that keeps answering so.
        if (bytes->size == 0)
            throw Error(ErrorCode::Tpm, Sentence("TpmRandom", "The TPM returned no random bytes."));
        out.append(reinterpret_cast<const char*>(bytes->buffer), std::min<int>(bytes->size, ask));
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
