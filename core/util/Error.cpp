#include "Error.h"

namespace tpmvsc {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return "usage";
    case ErrorCode::InvalidInput: return "invalid-input";
    case ErrorCode::PolicyViolation: return "policy-violation";
    case ErrorCode::AuthFailed: return "auth-failed";
    case ErrorCode::Blocked: return "blocked";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::Busy: return "busy";
    case ErrorCode::StoreCorrupt: return "store-corrupt";
    case ErrorCode::StoreInsecure: return "store-insecure";
    case ErrorCode::StoreIo: return "store-io";
    case ErrorCode::TpmUnavailable: return "tpm-unavailable";
    case ErrorCode::TpmLockout: return "tpm-lockout";
    case ErrorCode::WrongTpm: return "wrong-tpm";
    case ErrorCode::Tpm: return "tpm";
    case ErrorCode::Unsupported: return "unsupported";
    case ErrorCode::Capacity: return "capacity";
    case ErrorCode::OwnerAuthRequired: return "owner-auth-required";
    case ErrorCode::EvidenceRefused: return "evidence-refused";
    case ErrorCode::Unreachable: return "unreachable";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

} // namespace tpmvsc
