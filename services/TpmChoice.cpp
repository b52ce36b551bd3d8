#include "TpmChoice.h"

#include <QDir>
#include <QFileInfo>

namespace tpmvsc {

namespace {

bool machineHasTpm()
{
    return QFileInfo::exists(QStringLiteral("/dev/tpmrm0")) ||
           QFileInfo::exists(QStringLiteral("/dev/tpm0"));
}

QString simulatorDirectory(const TpmOptions& options, const QString& storeRoot)
{
    return options.simulatorDir.isEmpty() ? QDir(storeRoot).filePath(QStringLiteral("simulator"))
                                          : options.simulatorDir;
}

} // namespace

TpmOptions chooseTpm(const TpmOptions& requested, const QString& storeRoot)
{
    TpmOptions chosen = requested;
    if (requested.simulator || !configuredTcti(requested).isEmpty())
        return chosen;
    chosen.simulator =
        !machineHasTpm() && QFileInfo(simulatorDirectory(requested, storeRoot)).isDir();
    return chosen;
}

} // namespace tpmvsc
