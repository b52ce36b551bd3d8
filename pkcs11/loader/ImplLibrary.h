// The full implementation (libtpmvsc-pkcs11-impl.so: Qt, OpenSSL, tpm2-tss) as the
// loader reaches it. It lives in a private folder at a fixed place relative to the
// loader's own file (TPMVSC_PKCS11_IMPLEMENTATION, set by the build), so the build tree
// and an installed tree under any prefix both work, and it is as trusted as the loader
// itself.
#pragma once

#include "LoaderPkcs11.h"

namespace tpmvsc::pkcs11::loader {

struct Implementation {
    CK_FUNCTION_LIST* functions = nullptr;
    unsigned long long (*tpmCommands)() = nullptr; // its diagnostic export, if any
};

// Loads the implementation once and keeps it for the life of the process (Qt does not
// survive being unloaded); later calls return the same. nullptr when it cannot be loaded:
// the reason goes to stderr when TPMVSC_PKCS11_DEBUG is set, as the implementation's own
// failures do. Not thread-safe: the loader calls it under its lock.
const Implementation* loadImplementation();

} // namespace tpmvsc::pkcs11::loader
