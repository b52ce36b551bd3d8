// Whether the card store may hold a card, told with libc alone (the loader must not load
// Qt to find out). It follows CardStore's own rules (CardStore::defaultRoot, instances,
// scanInstances) and errs towards "may": a wrong "may" only loads the implementation
// early, which then gives the real answer.
#pragma once

#include <cstddef>

namespace tpmvsc::pkcs11::loader {

// The store's folder as CardStore() makes it: the one rule of core/store/StoreLayout.h, made
// absolute against the current folder and cleaned as QDir::cleanPath does. false when the loader
// cannot tell (the path is too long, or names a Qt resource, ":/…"): then only the implementation
// can.
bool storeRoot(char* out, std::size_t size);

// false only when the store certainly holds no card file: its folder or its cards/
// folder does not exist, or cards/ holds no name CardStore reads as a card (NNNN.card).
// A folder CardStore would refuse (not a folder, another owner, open to others) or cannot
// read counts as "may": the implementation reports that.
bool mayHoldCards(const char* root);

} // namespace tpmvsc::pkcs11::loader
