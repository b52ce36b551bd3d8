// Where the card store is and how its card files are named, by one rule for every program,
// written with libc alone so that the PKCS#11 loader (which must not load Qt to find out
// whether a card exists) follows the very rules CardStore does. The store's folder: $TPMVSC_HOME,
// else an absolute $XDG_DATA_HOME + /tpmvsc (the XDG spec calls a relative one invalid), else
// $HOME/.local/share/tpmvsc, else the account's home from the password database (services and su
// sessions may run without $HOME) + the same.
#pragma once

#include <cstddef>

namespace tpmvsc {

// The folder as the rule names it, not made absolute; false when it does not fit `size`.
bool defaultStoreRoot(char* out, std::size_t size);

// The instance a name in cards/ stands for ("0012.card" -> 12), or -1 when CardStore never
// writes such a name: NNNN.card, 4 to 8 digits, zero-padded to 4 and no further
// ("00012.card" is not one).
int cardInstanceOf(const char* fileName);

} // namespace tpmvsc
