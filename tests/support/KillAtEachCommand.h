// The TPM dies at every step of an operation: swtpm is killed just before the 1st, the
// 2nd, ... the last TPM command the operation sends, one run per command. Each run must
// fail with TpmUnavailable and leave the store byte-for-byte as it was (no half-changed
// card), or, when only the final flushes were lost, succeed (the card changed fully).
#pragma once

#include "CardTestEnv.h"

#include <QString>
#include <cstdint>
#include <functional>

namespace tpmvsc::test {

struct KillAtEachCommandResult {
    std::uint64_t commands = 0; // TPM commands the operation sends when nothing fails
    int completed = 0;          // runs that succeeded although swtpm was killed
    QString failure;            // empty when every run held; else the first thing that broke
};

enum class AfterCompleted {
    Stop,    // a run that succeeded ends the loop: later steps have nothing more to prove
    Restore, // the store is put back as it was before, and the later steps run too
};

// Counts the TPM commands of `operation` on a copy of env's store, then runs it once per
// command on env's store through a fresh TPM connection, killing swtpm before that
// command and starting it again afterwards. A run may succeed only when the kill hit one
// of the last 3 commands. env.tpm is closed during the loop and connected anew at the end.
KillAtEachCommandResult killTpmAtEachCommand(CardTestEnv& env, SwtpmFixture& swtpm,
                                             const std::function<void(CardService&)>& operation,
                                             AfterCompleted afterCompleted = AfterCompleted::Stop);

} // namespace tpmvsc::test
