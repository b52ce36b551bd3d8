#include "CardTestEnv.h"

#include "core/card/AdminResponse.h"

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

} // namespace tpmvsc::test
