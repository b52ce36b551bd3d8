// What the GUI may know about the TPM, as plain data: the UI never includes Tpm.h (no
// ESYS type reaches ui/). Filled on the worker thread by CardServices::readiness().
#pragma once

#include <QString>
#include <cstdint>

namespace tpmvsc {

struct TpmReadiness {
    QString manufacturer;
    QString firmwareVersion;
    QString
        tcti; // how it was reached ("device:/dev/tpmrm0", "swtpm:..."); empty: the loader's default
    bool software = false;         // swtpm or the built-in simulator: not hardware-protected
    bool builtInSimulator = false; // --simulator: ours, under the user's data dir
    bool lockoutAuthEmpty = false; // then the machine's owner can reset dictionary-attack state
    bool ownerAuthSet = false;     // cards' NV indices then need the owner's password
    bool inLockout = false;
    std::uint32_t lockoutCounter = 0;
    std::uint32_t maxAuthFail = 0;
    std::uint32_t lockoutInterval = 0; // seconds to forgive one failure
};

} // namespace tpmvsc
