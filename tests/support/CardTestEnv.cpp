#include "CardTestEnv.h"

#include "core/card/AdminResponse.h"

#include <QCoreApplication>

namespace tpmvsc::test {

CreateOptions basicCardOptions(const QString& name)
{
    CreateOptions o;
    o.name = name;
    o.adminKeyMode = AdminKeyMode::Default;
    o.adminKey = defaultAdminKey();
    o.pin = Secret::fromText(QStringLiteral("12345678"));
    o.generate = true;
    o.adminResetStock = 1;
    return o;
}

Secret CardTestEnv::defaultAdminKeyForTests()
{
    return defaultAdminKey();
}

ProcessResult CardTestEnv::tpmvscmgr(const QString& tcti, const QString& configHome,
                                     const QString& line, const QByteArray& input)
{
    tpm.reset();
    QString exe = qEnvironmentVariable("TPMVSC_TPMVSCMGR");
    if (exe.isEmpty())
        exe = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/tpmvscmgr");
    QProcessEnvironment env;
    env.insert(QStringLiteral("TPMVSC_HOME"), store.root());
    env.insert(QStringLiteral("TPMVSC_TCTI"), tcti);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return runProcess(exe, line.split(QLatin1Char(' '), Qt::SkipEmptyParts), env, input);
}

} // namespace tpmvsc::test
