// libtpmvsc-pkcs11.so, the file registered with p11-kit, is a loader: every program that
// lists PKCS#11 modules loads it, most of them on machines or accounts without a card.
// While the card store holds no card it answers C_Initialize, C_Finalize, C_GetInfo and
// C_GetSlotList (no slot) itself, with libc alone. As soon as a card may exist, or any
// other function is called, it loads the full implementation (Qt, OpenSSL, tpm2-tss),
// initialises it with the application's arguments, and from then on every entry point
// forwards to it.
#pragma once

#include "LoaderPkcs11.h"

namespace tpmvsc::pkcs11::loader {

// The implementation once it serves this process (from then on it always does), else
// nullptr. Lock-free: the forwarding path costs one atomic load.
CK_FUNCTION_LIST* forwarded();

// C_Initialize and C_Finalize before the implementation took over: the same argument
// checks, in the same order, as the implementation's.
CK_RV initialize(CK_C_INITIALIZE_ARGS* args);
CK_RV finalize(void* reserved);

// For every other function: the implementation, loaded and initialised now if needed.
// CKR_CRYPTOKI_NOT_INITIALIZED before C_Initialize (nothing is loaded then).
CK_RV takeOver(CK_FUNCTION_LIST** implementation);

// For C_GetSlotList: the implementation when a card may exist (loaded now if needed);
// CKR_OK with *implementation == nullptr when the loader answers: no card, no slot.
CK_RV slotListServer(CK_FUNCTION_LIST** implementation);

// For C_GetInfo: the implementation when it serves the process; CKR_OK with
// *implementation == nullptr when the loader answers.
CK_RV infoServer(CK_FUNCTION_LIST** implementation);

// The implementation's diagnostic TPM command counter; 0 while it is not loaded.
unsigned long long tpmCommands();

} // namespace tpmvsc::pkcs11::loader
