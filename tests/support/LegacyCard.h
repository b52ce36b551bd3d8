// A card as tpmvsc made them before TPM-held counters: the card secret sealed under the
// PIN, the PUK and each admin response, the try counters in the file. Tests make one to
// show that such cards keep working and can be upgraded.
#pragma once

#include "core/card/CardService.h"

namespace tpmvsc {
class CardStore;
class Tpm;
} // namespace tpmvsc

namespace tpmvsc::test {

int createLegacyCard(Tpm& tpm, CardStore& store, const CreateOptions& options);

} // namespace tpmvsc::test
