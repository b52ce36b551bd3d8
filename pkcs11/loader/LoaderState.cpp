// The loader's state: initialised by itself, or handed over to the implementation for
// good. One lock guards the decision; once the implementation has taken over, calls go
// straight to it without the lock (it has its own).
#include "ImplLibrary.h"
#include "Loader.h"
#include "StoreProbe.h"
#include "pkcs11/ModuleFacts.h"

#include <atomic>
#include <climits>
#include <cstdlib>

#include <pthread.h>

namespace tpmvsc::pkcs11::loader {

namespace {

// Constant-initialised and trivially destructible, like the implementation's lock and
// state: no C++ runtime is needed for them, and a host calling in from its own exit
// handlers finds them intact.
pthread_mutex_t stateLock = PTHREAD_MUTEX_INITIALIZER;
std::atomic<CK_FUNCTION_LIST*> forwardTo{nullptr};
bool ownInitialized = false; // C_Initialize answered by the loader, no take-over yet
bool haveArgs = false;
CK_C_INITIALIZE_ARGS savedArgs; // the application's, for the implementation's C_Initialize
bool rootKnown = false;
char root[PATH_MAX]; // the card store as C_Initialize found it

class Locked
{
public:
    Locked() { pthread_mutex_lock(&stateLock); }
    ~Locked() { pthread_mutex_unlock(&stateLock); }
    Locked(const Locked&) = delete;
    Locked& operator=(const Locked&) = delete;
};

// After fork() the child must call C_Initialize again, as with the implementation (whose
// own handler forgets its state). No prepare handler: the lock is held while the
// implementation initialises, which takes the implementation's lock, and a prepare
// handler here would take the two in the other order (the implementation's handlers run
// first, being registered later). A thread of the parent that held the lock does not
// exist in the child, so the child starts with a fresh one.
void afterForkInChild()
{
    pthread_mutex_init(&stateLock, nullptr);
    ownInitialized = false;
}

// At exit, or when the host unloads the loader (atexit from a shared object runs at
// dlclose too): the implementation stays loaded (RTLD_NODELETE), so it is finalised here,
// as it would have finalised itself when unloaded; a host that loads the module again
// then finds it uninitialised. At exit the implementation's own handler has run first
// (registered later), and this C_Finalize just finds nothing to do.
void atExitOrUnload()
{
    Locked lock;
    ownInitialized = false;
    if (CK_FUNCTION_LIST* implementation = forwardTo.load(std::memory_order_acquire))
        implementation->C_Finalize(nullptr);
}

pthread_once_t hooksOnce = PTHREAD_ONCE_INIT;

void installHooks()
{
    pthread_once(&hooksOnce, [] {
        pthread_atfork(nullptr, nullptr, afterForkInChild);
        std::atexit(atExitOrUnload);
    });
}

// Under the lock: loads the implementation and initialises it; on success it serves
// every call from now on.
CK_RV handOver(CK_C_INITIALIZE_ARGS* args)
{
    const Implementation* implementation = loadImplementation();
    if (!implementation)
        return CKR_GENERAL_ERROR;
    const CK_RV rv = implementation->functions->C_Initialize(args);
    if (rv == CKR_OK) {
        ownInitialized = false;
        forwardTo.store(implementation->functions, std::memory_order_release);
    }
    return rv;
}

CK_RV handOverLater(CK_FUNCTION_LIST** implementation)
{
    const CK_RV rv = handOver(haveArgs ? &savedArgs : nullptr);
    *implementation = forwardTo.load(std::memory_order_relaxed);
    return rv;
}

} // namespace

CK_FUNCTION_LIST* forwarded()
{
    return forwardTo.load(std::memory_order_acquire);
}

CK_RV initialize(CK_C_INITIALIZE_ARGS* args)
{
    if (CK_FUNCTION_LIST* implementation = forwarded())
        return implementation->C_Initialize(args);
    const CK_RV bad = checkInitializeArgs(args);
    if (bad != CKR_OK)
        return bad;
    installHooks();
    Locked lock;
    if (CK_FUNCTION_LIST* implementation = forwarded())
        return implementation->C_Initialize(args);
    if (ownInitialized)
        return CKR_CRYPTOKI_ALREADY_INITIALIZED;
    // The store is looked at now, as the implementation's CardStore is made now.
    rootKnown = storeRoot(root, sizeof root);
    if (!rootKnown || mayHoldCards(root))
        return handOver(args);
    ownInitialized = true;
    haveArgs = args != nullptr;
    if (args)
        savedArgs = *args;
    return CKR_OK;
}

CK_RV finalize(void* reserved)
{
    if (CK_FUNCTION_LIST* implementation = forwarded())
        return implementation->C_Finalize(reserved);
    if (reserved)
        return CKR_ARGUMENTS_BAD;
    Locked lock;
    if (CK_FUNCTION_LIST* implementation = forwarded())
        return implementation->C_Finalize(reserved);
    if (!ownInitialized)
        return CKR_CRYPTOKI_NOT_INITIALIZED;
    ownInitialized = false;
    return CKR_OK;
}

CK_RV takeOver(CK_FUNCTION_LIST** implementation)
{
    if ((*implementation = forwarded()))
        return CKR_OK;
    Locked lock;
    if ((*implementation = forwarded()))
        return CKR_OK;
    if (!ownInitialized)
        return CKR_CRYPTOKI_NOT_INITIALIZED;
    return handOverLater(implementation);
}

CK_RV slotListServer(CK_FUNCTION_LIST** implementation)
{
    if ((*implementation = forwarded()))
        return CKR_OK;
    Locked lock;
    if ((*implementation = forwarded()))
        return CKR_OK;
    if (!ownInitialized)
        return CKR_CRYPTOKI_NOT_INITIALIZED;
    // A card made since C_Initialize (tpmvscmgr create) appears as with the
    // implementation, which reads the store at each call.
    if (rootKnown && !mayHoldCards(root))
        return CKR_OK;
    return handOverLater(implementation);
}

CK_RV infoServer(CK_FUNCTION_LIST** implementation)
{
    if ((*implementation = forwarded()))
        return CKR_OK;
    Locked lock;
    if ((*implementation = forwarded()))
        return CKR_OK;
    return ownInitialized ? CKR_OK : CKR_CRYPTOKI_NOT_INITIALIZED;
}

unsigned long long tpmCommands()
{
    const Implementation* implementation = nullptr;
    {
        Locked lock;
        if (forwarded())
            implementation = loadImplementation(); // loaded: returns it at once
    }
    return implementation && implementation->tpmCommands ? implementation->tpmCommands() : 0;
}

} // namespace tpmvsc::pkcs11::loader
