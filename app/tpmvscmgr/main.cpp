// tpmvscmgr: everything lives in tpmvsc-cli (cli/), so tests can drive it.
#include "Commands.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tpmvscmgr"));
    return tpmvsc::cli::run(argc, argv);
}
