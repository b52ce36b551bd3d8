// Which TPM a program reaches. One rule for the GUI, tpmvscmgr, the PKCS#11 module and the
// tests; the first that applies wins:
//   1. the TCTI configuration given (--tcti CONF)
//   2. $TPMVSC_TCTI
//   3. the built-in software TPM, when asked for (--simulator)
//   4. the built-in software TPM, when this machine has no TPM device and the card store
//      holds that software TPM: cards made with --simulator live there, and a program
//      that loads the PKCS#11 module has no option to pass
//   5. the TCTI loader's default (tabrmd, /dev/tpmrm0, /dev/tpm0, ...)
// Decided again at each connection: a test or a restarted swtpm may change $TPMVSC_TCTI.
#pragma once

#include "core/tpm/TpmOptions.h"

#include <QString>

namespace tpmvsc {

// `requested` as the program's options set it (rules 1 and 3); the result has the
// simulator switched on when rule 4 applies. Reads the environment and the file system,
// sends no TPM command.
TpmOptions chooseTpm(const TpmOptions& requested, const QString& storeRoot);

} // namespace tpmvsc
