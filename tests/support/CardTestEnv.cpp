#include "CardTestEnv.h"

#include "card/AdminResponse.h"

namespace tpmvsc::test {

Secret CardTestEnv::defaultAdminKeyForTests()
{
    return defaultAdminKey();
}

} // namespace tpmvsc::test
