// tpmvscmgr's exit statuses as tpmvscmgr(1) documents them, written out here rather than
// taken from cli/ExitCodes.cpp: a test that read them from the code would not notice the
// documented numbers change.
#pragma once

namespace tpmvsc::test::exitStatus {

inline constexpr int kOk = 0;
inline constexpr int kUsage = 2;
inline constexpr int kInvalid = 3; // malformed input, or a PIN against the policy
inline constexpr int kWrongPin = 4;
inline constexpr int kBlocked = 5;
inline constexpr int kNotFound = 6;
inline constexpr int kUnsupported = 10; // also a failing TPM
inline constexpr int kEvidenceRefused = 13;
inline constexpr int kUnreachable = 14;

} // namespace tpmvsc::test::exitStatus
