// The PKCS#11 2.40 interface (p11-kit's header) as the loader sees it. Not ../Pkcs11.h:
// that one throws, and the loader is built without exceptions so that it needs no C++
// runtime library.
#pragma once

// The loader is built with hidden visibility; the C_ functions the header declares are
// its interface, so they alone (with exports.map) leave it.
#pragma GCC visibility push(default)
#include <p11-kit/pkcs11.h>
#pragma GCC visibility pop
