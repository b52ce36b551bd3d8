// Where the card store is, by one rule for every program, written with libc alone so that
// the PKCS#11 loader (which must not load Qt to find out whether a card exists) follows
// the very rule CardStore does: $TPMVSC_HOME, else an absolute $XDG_DATA_HOME + /tpmvsc
// (the XDG spec calls a relative one invalid), else $HOME/.local/share/tpmvsc, else the
// account's home from the password database (services and su sessions may run without
// $HOME) + the same.
#pragma once

#include <cstddef>

namespace tpmvsc {

// The folder as the rule names it, not made absolute; false when it does not fit `size`.
bool defaultStoreRoot(char* out, std::size_t size);

} // namespace tpmvsc
