// A private swtpm (software TPM 2.0) child process on a free loopback port. Serves both
// the built-in simulator (state under the user's data dir) and the test fixture (state
// in a temporary dir), so there is one place that knows how to start and stop swtpm.
#pragma once

#include <QString>
#include <sys/types.h>

namespace tpmvsc {

class SwtpmProcess
{
public:
    // Starts `swtpm socket --tpm2` on stateDir (which must exist and may hold earlier
    // state), sends TPM2_Startup, and waits until it answers. Throws
    // Error(TpmUnavailable) with swtpm's own words when it cannot start (not installed,
    // state locked by another process, ...).
    explicit SwtpmProcess(const QString& stateDir);
    ~SwtpmProcess(); // stops it (SIGTERM, then SIGKILL after 2 s); state stays on disk
    SwtpmProcess(const SwtpmProcess&) = delete;
    SwtpmProcess& operator=(const SwtpmProcess&) = delete;

    // TCTI configuration for tpm2-tss: "swtpm:host=127.0.0.1,port=N".
    QString tcti() const;
    int port() const { return m_port; }
    pid_t pid() const { return m_pid; }

    // Kills swtpm at once (SIGKILL), as a crash would. For tests of a TPM that vanishes.
    void kill();

private:
    void stop();
    QString m_stateDir;
    int m_port = 0;
    pid_t m_pid = -1;
};

} // namespace tpmvsc
