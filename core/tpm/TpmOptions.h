// How to reach a TPM (DESIGN.md, "TPM access"). First that applies:
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

} // namespace tpmvsc
