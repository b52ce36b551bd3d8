// The PKCS#11 2.40 interface as p11-kit ships it (standard CK_* names), and the one
// exception type of the module: a return value thrown from deep inside an entry point.
#pragma once

// The module is built with hidden visibility; the C_ functions the header declares are
// its interface, so they alone (with exports.map) leave it.
#pragma GCC visibility push(default)
#include <p11-kit/pkcs11.h>
#pragma GCC visibility pop

namespace tpmvsc::pkcs11 {

struct Pkcs11Error {
    CK_RV rv;
};

[[noreturn]] inline void fail(CK_RV rv)
{
    throw Pkcs11Error{rv};
}

} // namespace tpmvsc::pkcs11
