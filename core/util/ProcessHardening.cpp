#include "ProcessHardening.h"

#include <sys/prctl.h>

namespace tpmvsc {

bool disableCoreDumps()
{
    return ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace tpmvsc
