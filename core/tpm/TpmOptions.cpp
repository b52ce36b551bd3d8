#include "TpmOptions.h"

namespace tpmvsc {

QString configuredTcti(const TpmOptions& options)
{
    return options.tcti.isEmpty() ? qEnvironmentVariable("TPMVSC_TCTI") : options.tcti;
}

bool isSoftwareTcti(const QString& tcti)
{
    return tcti.startsWith(QLatin1String("swtpm")) || tcti.startsWith(QLatin1String("mssim"));
}

bool reachesSoftwareTpm(const TpmOptions& options)
{
    const QString tcti = configuredTcti(options);
    return tcti.isEmpty() ? options.simulator : isSoftwareTcti(tcti);
}

} // namespace tpmvsc
