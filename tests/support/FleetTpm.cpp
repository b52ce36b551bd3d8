#include "FleetTpm.h"

#include "ProcessRun.h"

#include <QTemporaryDir>

namespace tpmvsc::test {

QString provisionFleetTpm(const QString& tcti, const QByteArray& ownerPassword,
                          const QString& attributes)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return dir.errorString();
    QProcessEnvironment env;
    env.insert(QStringLiteral("TPM2TOOLS_TCTI"), tcti);
    const QString ctx = dir.filePath(QStringLiteral("srk.ctx"));
    const QList<QStringList> steps{
        {QStringLiteral("tpm2_createprimary"), QStringLiteral("-C"), QStringLiteral("o"),
         QStringLiteral("-g"), QStringLiteral("sha256"), QStringLiteral("-G"),
         QStringLiteral("ecc256:aes128cfb"), QStringLiteral("-a"), attributes, QStringLiteral("-c"),
         ctx},
        {QStringLiteral("tpm2_evictcontrol"), QStringLiteral("-C"), QStringLiteral("o"),
         QStringLiteral("-c"), ctx, QStringLiteral("0x81000001")},
        {QStringLiteral("tpm2_flushcontext"), QStringLiteral("-t")},
        // On argv only because this is a throwaway test TPM's password.
        {QStringLiteral("tpm2_changeauth"), QStringLiteral("-c"), QStringLiteral("owner"),
         QString::fromLatin1(ownerPassword)},
    };
    for (const QStringList& step : steps) {
        if (ownerPassword.isEmpty() && step.first() == QLatin1String("tpm2_changeauth"))
            continue;
        const ProcessResult r = runProcess(step.first(), step.mid(1), env);
        if (r.exitCode != 0)
            return step.first() + QStringLiteral(": ") + r.text();
    }
    return {};
}

} // namespace tpmvsc::test
