// How to reach a TPM. First that applies:
//   1. tcti        (--tcti CONF)
//   2. $TPMVSC_TCTI
//   3. simulator   (--simulator): the built-in software TPM under the user's data dir
//   4. the TCTI loader's default (tabrmd, /dev/tpmrm0, /dev/tpm0, ...)
#pragma once

#include <QString>

namespace tpmvsc {

struct TpmOptions {
    QString tcti;
    bool simulator = false;
    QString simulatorDir; // empty: <store root>/simulator
};

// The TCTI configuration of rules 1 and 2; empty when the simulator or the loader decide.
QString configuredTcti(const TpmOptions& options);

// Whether a TCTI reaches a software TPM (swtpm, the reference simulator), whose keys
// have no hardware protection. swtpm calls itself IBM, as a real IBM TPM may, so the
// TPM's own answer cannot tell: the way it is reached does.
bool isSoftwareTcti(const QString& tcti);
// The same for the TPM these options reach, decided without connecting to it.
bool reachesSoftwareTpm(const TpmOptions& options);

} // namespace tpmvsc
