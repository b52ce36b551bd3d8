#include "TpmError.h"

#include <QCoreApplication>
#include <tss2/tss2_esys.h>
#include <tss2/tss2_rc.h>
#include <tss2/tss2_tpm2_types.h>

namespace tpmvsc {

namespace {

TSS2_RC layerOf(TSS2_RC rc)
{
    return rc & TSS2_RC_LAYER_MASK;
}
} // namespace

TSS2_RC tpmBaseCode(TSS2_RC rc)
{
    const TSS2_RC layer = layerOf(rc);
    // A resource manager forwards the TPM's code in its own layer.
    if (layer != TSS2_TPM_RC_LAYER && layer != TSS2_RESMGR_TPM_RC_LAYER)
        return 0;
    TSS2_RC code = rc & 0xFFFF;
    if (code & TPM2_RC_FMT1)
        return code & (TPM2_RC_FMT1 | 0x3F); // drop parameter/handle/session number
    return code & (TPM2_RC_VER1 | TPM2_RC_WARN | 0x7F);
}

bool isAuthFailure(TSS2_RC rc)
{
    const TSS2_RC base = tpmBaseCode(rc);
    return base == TPM2_RC_AUTH_FAIL || base == TPM2_RC_BAD_AUTH;
}

bool isObjectMemoryFull(TSS2_RC rc)
{
    const TSS2_RC base = tpmBaseCode(rc);
    return base == TPM2_RC_OBJECT_MEMORY || base == TPM2_RC_OBJECT_HANDLES;
}

bool isConnectionFailure(TSS2_RC rc)
{
    const TSS2_RC layer = layerOf(rc);
    if (layer == TSS2_TCTI_RC_LAYER)
        return true;
    const TSS2_RC base = rc & 0xFFFF;
    if (layer != TSS2_ESAPI_RC_LAYER && layer != TSS2_SYS_RC_LAYER)
        return false;
    // After a response is lost ESYS refuses every further command with BAD_SEQUENCE:
    // the connection is as good as gone (we never call ESYS out of order otherwise).
    return base == TSS2_BASE_RC_IO_ERROR || base == TSS2_BASE_RC_TRY_AGAIN ||
           base == TSS2_BASE_RC_NO_CONNECTION || base == TSS2_BASE_RC_INSUFFICIENT_RESPONSE ||
           base == TSS2_BASE_RC_MALFORMED_RESPONSE || base == TSS2_BASE_RC_BAD_SEQUENCE;
}

Error tpmError(const char* command, TSS2_RC rc)
{
    // The command and the TSS's decoding of the code are technical: said as they are.
    const Sentence detail = Sentence::literal(
        QStringLiteral("(%1: %2)").arg(QLatin1String(command), QLatin1String(Tss2_RC_Decode(rc))));
    const ErrorFacts facts = ErrorFacts().withTpmCode(rc);
    const auto told = [&](const Sentence& what) { return Sentence::joined({what, detail}); };
    if (isConnectionFailure(rc))
        return Error(ErrorCode::TpmUnavailable,
                     told(Sentence("TpmError", "The TPM stopped responding; nothing was changed.")),
                     facts);
    switch (tpmBaseCode(rc)) {
    case TPM2_RC_AUTH_FAIL:
    case TPM2_RC_BAD_AUTH:
        return Error(ErrorCode::AuthFailed,
                     told(Sentence("TpmError", "The TPM refused the authorization.")), facts);
    case TPM2_RC_LOCKOUT:
        return Error(
            ErrorCode::TpmLockout,
            told(Sentence("TpmError",
                          "The TPM is in dictionary-attack lockout after too many wrong "
                          "attempts; wait for it to forgive failures, or have the machine's "
                          "owner reset it.")),
            facts);
    case TPM2_RC_INTEGRITY:
        return Error(
            ErrorCode::WrongTpm,
            told(Sentence("TpmError",
                          "The TPM cannot open the card's objects: they were made by another "
                          "TPM, the TPM was cleared, or the card file was altered.")),
            facts);
    case TPM2_RC_OBJECT_MEMORY:
    case TPM2_RC_SESSION_MEMORY:
    case TPM2_RC_OBJECT_HANDLES:
    case TPM2_RC_SESSION_HANDLES:
        return Error(
            ErrorCode::Tpm,
            told(Sentence("TpmError",
                          "The TPM has no room for another object or session; another program "
                          "may be holding TPM resources.")),
            facts);
    case TPM2_RC_CURVE:
    case TPM2_RC_KEY_SIZE:
    case TPM2_RC_ASYMMETRIC:
    case TPM2_RC_SCHEME:
    case TPM2_RC_HASH:
        return Error(
            ErrorCode::Unsupported,
            told(Sentence("TpmError", "This TPM does not support the requested algorithm.")),
            facts);
    case TPM2_RC_INITIALIZE:
    case TPM2_RC_FAILURE:
        return Error(
            ErrorCode::TpmUnavailable,
            told(Sentence("TpmError", "The TPM is not ready (not started or in failure mode).")),
            facts);
    default: break;
    }
    return Error(ErrorCode::Tpm, told(Sentence("TpmError", "The TPM reported an error.")), facts);
}

} // namespace tpmvsc
