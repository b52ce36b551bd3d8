// Unsealing an object whose policy is PolicySecret on an NV index, with the index's
// authValue: a card's login. Six commands, sent by our own code (tpm/TpmWire.h) rather
// than ESYS, which would spend milliseconds per command setting OpenSSL up again:
//
//   StartAuthSession  an HMAC session salted to the storage key (ECDH, AES-128-CFB): its
//                     key protects the index's authValue in the PolicySecret HMAC (an
//                     eavesdropper on the bus cannot try PINs offline) and encrypts the
//                     unsealed secret on its way back
//   StartAuthSession  the policy session
//   PolicySecret      the index authorizes with its authValue; for a PIN_FAIL index the
//                     TPM counts a wrong value and refuses at the limit
//   Load              the sealed object, under the storage key (its authValue is empty)
//   Unseal            authorized by the policy session; both sessions end with it
//   FlushContext      the sealed object
//
// With `keptSession`, the salted session stays loaded (Unseal continues it) and is handed
// to the caller: a logged-in card keeps its session slot.
//
// A failure flushes what was loaded and throws as ESYS's path would (the TPM's response
// code through checkRc), so callers tell a wrong PIN from other trouble the same way.
#pragma once

#include "TpmTypes.h"
#include "TpmWire.h"
#include "core/util/Secret.h"

#include <QByteArray>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

class Tpm;

Secret unsealBehindIndexSecret(Tpm& tpm, ESYS_TR storageKey, const TpmBlob& sealed,
                               TPM2_HANDLE index, const QByteArray& indexName,
                               const Secret& indexAuth, wire::LoadedHandle* keptSession = nullptr);

} // namespace tpmvsc
