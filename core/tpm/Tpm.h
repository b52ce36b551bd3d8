// One connection to a TPM: the ESYS context, its TCTI, and (in simulator mode) the
// private swtpm behind it. Not thread-safe: one thread owns a Tpm (the CLI's main
// thread, or the GUI's worker). Every command goes through a counting TCTI so tests
// and benchmarks can tell how many commands an operation costs.
#pragma once

#include "TpmOptions.h"

#include <QList>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

typedef struct ESYS_CONTEXT ESYS_CONTEXT;
typedef struct TSS2_TCTI_OPAQUE_CONTEXT_BLOB TSS2_TCTI_CONTEXT;

namespace tpmvsc {

class Simulator;
class CountingTcti;

struct TpmInfo {
    QString manufacturer;    // "IBM", "INTC", ... (TPM_PT_MANUFACTURER as text)
    QString firmwareVersion; // "1.38.0.0"
    QString tcti;            // how we reached it; empty: the TCTI loader's default
    bool software = false;   // swtpm / simulator: keys are not hardware-protected
    bool lockoutAuthEmpty = false;
    bool ownerAuthSet = false; // creating and destroying cards then needs the owner password
    bool inLockout = false;
    std::uint32_t lockoutCounter = 0;
    std::uint32_t maxAuthFail = 0;
    std::uint32_t lockoutInterval = 0; // seconds to forgive one failure
};

// Where the TCG's provisioning guidance puts the storage root key (persistent, owner).
constexpr std::uint32_t kStorageKeyHandle = 0x81000001;

class Tpm
{
public:
    // Connects (TpmOptions rules). Throws Error(TpmUnavailable) with what was tried.
    Tpm(const TpmOptions& options, const QString& storeRoot);
    ~Tpm(); // closes ESYS, then stops the simulator if we started one
    Tpm(const Tpm&) = delete;
    Tpm& operator=(const Tpm&) = delete;

    ESYS_CONTEXT* esys() const { return m_esys; }
    const QString& tcti() const { return m_tcti; } // empty: the TCTI loader's default
    bool isSimulator() const { return m_simulator != nullptr; }

    TpmInfo info();
    // Whether the owner hierarchy has a password (one command, where info() takes eight).
    bool ownerAuthSet();
    std::uint64_t commandsSent() const;
    // The TCTI ESYS sends through (counted, hooked), for commands built outside ESYS
    // (DirectHmacSession). Only between ESYS calls, on the thread that owns this Tpm.
    TSS2_TCTI_CONTEXT* tctiContext() const;
    // Fault injection for tests: `hook(n)` runs before the n-th command is sent.
    void setBeforeCommandHook(std::function<void(std::uint64_t)> hook);
    // Fault injection for tests: `hook` may rewrite each response before it is parsed.
    void setResponseHook(std::function<void(std::uint8_t* response, std::size_t size)> hook);
    // For tests: `hook` sees each command's bytes as they are sent.
    void setCommandHook(std::function<void(const std::uint8_t* command, std::size_t size)> hook);
    // Fault injection for tests: when `standIn(n)` gives bytes, the n-th command is not
    // sent and those bytes are its response.
    void setStandIn(std::function<std::optional<std::vector<std::uint8_t>>(std::uint64_t)> standIn);

    // The persistent key at the TCG storage key handle 0x81000001, looked up once when
    // connecting (the lookup is also the check that the TPM answers): ESYS's reference
    // (an ESYS_TR, a uint32_t: this header stays free of tpm2-tss), kept for the
    // connection, or nothing when the TPM has none there.
    std::optional<std::uint32_t> persistentStorageKey() const { return m_persistentStorageKey; }
    // Whether that key was made from tpmvsc's storage template: unknown until checked
    // (one command), then remembered for the connection.
    std::optional<bool> persistentStorageKeyIsOurs() const { return m_persistentKeyIsOurs; }
    void setPersistentStorageKeyIsOurs(bool ours) { m_persistentKeyIsOurs = ours; }

    // Handles of transient objects / loaded sessions on the TPM now. After every card
    // operation both lists are empty: tests assert it.
    QList<std::uint32_t> transientHandles();
    QList<std::uint32_t> loadedSessions();

    // Sets the dictionary-attack parameters (needs an empty lockout authorization).
    void setDictionaryAttackParameters(std::uint32_t maxTries, std::uint32_t recoverySeconds,
                                       std::uint32_t lockoutRecoverySeconds);
    void clearLockout();

private:
    void connect(const QString& tcti);
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<CountingTcti> m_counting;
    QString m_tcti;
    ESYS_CONTEXT* m_esys = nullptr;
    void* m_loaderTcti = nullptr; // TSS2_TCTI_CONTEXT* from Tss2_TctiLdr_Initialize
    std::optional<std::uint32_t> m_persistentStorageKey;
    std::optional<bool> m_persistentKeyIsOurs;
};

} // namespace tpmvsc
