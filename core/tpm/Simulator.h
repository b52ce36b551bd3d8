// The built-in software TPM (--simulator): a private swtpm whose state lives under the
// user's data dir, started on first use and stopped when the program ends. Provisioned
// once like a managed Windows TPM: EK certificates (RSA and ECC, from a local CA kept in
// the same dir), dictionary-attack limit 32 failures with one forgiven every 10 minutes.
// Two programs never share it at once: the second waits for the first (flock on
// <dir>/simulator.lock) up to $TPMVSC_LOCK_TIMEOUT_MS, then gets Error(Busy).
#pragma once

#include <QString>
#include <memory>

namespace tpmvsc {

class SwtpmProcess;

class Simulator
{
public:
    static constexpr unsigned kMaxAuthFail = 32;
    static constexpr unsigned kRecoverySeconds = 600;
    static constexpr unsigned kLockoutRecoverySeconds = 86400;

    explicit Simulator(const QString& dir); // provisions if new, then starts swtpm
    ~Simulator();
    QString tcti() const;
    QString dir() const { return m_dir; }
    // True when this start provisioned the TPM: the caller (Tpm) then sets the
    // dictionary-attack parameters over its ESYS connection.
    bool freshlyProvisioned() const { return m_fresh; }

private:
    QString m_dir;
    int m_lockFd = -1;
    bool m_fresh = false;
    std::unique_ptr<SwtpmProcess> m_swtpm;
};

} // namespace tpmvsc
