// A property a fuzz target checks: when it does not hold, the run stops with a crash
// that libFuzzer records with its input, like a sanitizer finding.
#pragma once

#include <cstdlib>

namespace tpmvsc::fuzz {

inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace tpmvsc::fuzz
