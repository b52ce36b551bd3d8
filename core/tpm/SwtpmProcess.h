// A private swtpm (software TPM 2.0) child process on unix sockets. Serves both
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
    // state), sends TPM2_Startup, and waits until it answers. It listens on the unix
    // socket socketPath (mode 0600) and its control channel on socketPath + ".ctrl"; the
    // folder of socketPath must be the caller's and closed to others (0700), as nothing
    // else stops another user from driving the TPM. Throws Error(TpmUnavailable) with
    // swtpm's own words when it cannot start (not installed, state locked by another
    // process, ...).
    SwtpmProcess(const QString& stateDir, const QString& socketPath);
    ~SwtpmProcess(); // stops it (SIGTERM, then SIGKILL after 2 s); state stays on disk
    SwtpmProcess(const SwtpmProcess&) = delete;
    SwtpmProcess& operator=(const SwtpmProcess&) = delete;

    // TCTI configuration for tpm2-tss: "swtpm:path=SOCKET" (the control channel is
    // SOCKET.ctrl, where the swtpm TCTI looks for it).
    QString tcti() const;
    QString socketPath() const { return m_socketPath; }
    pid_t pid() const { return m_pid; }

    // Kills swtpm at once (SIGKILL), as a crash would. For tests of a TPM that vanishes.
    void kill();

private:
    void start(const QString& swtpm, int server, int ctrl);
    void stop();
    void removeSockets();
    QString m_stateDir;
    QString m_socketPath;
    bool m_socketsMade = false;
    pid_t m_pid = -1;
};

} // namespace tpmvsc
