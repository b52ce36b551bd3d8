// tpmvscmgr: everything lives in tpmvsc-cli (cli/), so tests can drive it.
#include "cli/Commands.h"
#include "core/util/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    // Before anything can hold a PIN: no core file and no same-user debugger.
    tpmvsc::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tpmvscmgr"));
    return tpmvsc::cli::run(argc, argv);
}
