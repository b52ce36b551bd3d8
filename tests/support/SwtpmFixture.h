// A fresh swtpm for one test binary: own state dir, private unix socket, dictionary-attack
// parameters relaxed (so wrong-PIN tests cannot lock the simulator for 1000 s), plus a
// private card store. Sets TPMVSC_TCTI and TPMVSC_HOME for child processes (the CLI).
#pragma once

#include "core/tpm/SwtpmProcess.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace tpmvsc::test {

class SwtpmFixture
{
public:
    SwtpmFixture();
    ~SwtpmFixture();

    QString tcti() const;
    QString storeRoot() const; // empty store dir, 0700
    QString stateDir() const;
    void restart(); // stop and start swtpm on the same state (a reboot)
    void kill();    // SIGKILL swtpm, as a crash would
    void start();   // start again after kill()
    // Starts a second, independent swtpm (another machine's TPM); returns its TCTI.
    QString startOtherTpm();
    // Manufactures this TPM anew as a vendor would (swtpm_setup --create-ek-cert): an RSA
    // 2048 EK persisted at 0x81010001 and its certificate at NV 0x01c00002, issued by a
    // local CA of this fixture's own (a root and an intermediate). Every card and key on
    // the TPM is gone. Returns the folder holding the root and intermediate certificates
    // (root.pem, intermediate.pem): an attestation CA's endorsement roots.
    QString manufactureWithEkCertificate();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SwtpmProcess> m_swtpm;
    std::unique_ptr<SwtpmProcess> m_other;
};

// Sets relaxed dictionary-attack parameters on the TPM behind `tcti` (empty lockout
// auth): max tries, recovery time, lockout recovery, then clears any lockout.
void relaxDictionaryAttack(const QString& tcti);

// A loopback TCP port nothing listens on now (bound once to learn a free number, then
// closed): for a server the test starts, or a peer that is not there.
int freeLoopbackPort();
// The TCTI of a TPM that is not there: a free loopback port.
QString unreachableSwtpmTcti();

} // namespace tpmvsc::test
