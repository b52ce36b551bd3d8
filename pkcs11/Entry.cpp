#include "Entry.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <pthread.h>
#include <utility>

namespace tpmvsc::pkcs11 {

// Both trivially destructible: no static destructor runs at exit, so hosts that call in
// from their own exit handlers (libp11 from OpenSSL's) find a working lock and, once the
// exit handler below has run, no module.
std::mutex& moduleLock()
{
    static std::mutex lock;
    return lock;
}

Module*& currentModule()
{
    static Module* module = nullptr;
    return module;
}

// The parent's state in a forked child: kept referenced, so that a leak checker sees a
// deliberate abandonment, not a lost allocation.
static Module*& abandonedModule()
{
    static Module* module = nullptr;
    return module;
}

void finalizeModule()
{
    std::lock_guard<std::mutex> lock(moduleLock());
    if (Module* module = std::exchange(currentModule(), nullptr)) {
        const EngineDefaultsSuspended engines;
        delete module;
    }
}

void installExitHandler()
{
    // atexit from a shared object runs at exit or at dlclose, whichever comes first.
    static std::once_flag once;
    std::call_once(once, [] { std::atexit([] { finalizeModule(); }); });
}

namespace {
// prepare/parent/child: the lock is held across fork(), so the child never inherits it
// locked by a thread that does not exist there, nor a half-changed state.
void beforeFork()
{
    moduleLock().lock();
}
void afterForkInParent()
{
    moduleLock().unlock();
}
void afterForkInChild()
{
    // The parent's TPM objects and sessions belong to the parent: never flush them from
    // here. The state is abandoned, not destroyed.
    abandonedModule() = std::exchange(currentModule(), nullptr);
    moduleLock().unlock();
}
} // namespace

void installForkHandlers()
{
    static std::once_flag once;
    std::call_once(once, [] { pthread_atfork(beforeFork, afterForkInParent, afterForkInChild); });
}

void debugLog(const char* function, const QString& message)
{
    // Only on request: a library must not write to a host program's terminal. Messages
    // never hold secrets (core errors name cards, keys and TPM codes).
    static const bool enabled = !qEnvironmentVariableIsEmpty("TPMVSC_PKCS11_DEBUG");
    if (enabled)
        std::fprintf(stderr, "tpmvsc-pkcs11: %s: %s\n", function,
                     message.toLocal8Bit().constData());
}

CK_RV rvForError(const Error& error)
{
    switch (error.code()) {
    case ErrorCode::Usage:
    case ErrorCode::InvalidInput: return CKR_ARGUMENTS_BAD;
    case ErrorCode::PolicyViolation: return CKR_PIN_INVALID;
    case ErrorCode::AuthFailed: return CKR_PIN_INCORRECT;
    case ErrorCode::Blocked: return CKR_PIN_LOCKED;
    case ErrorCode::NotFound: return CKR_DEVICE_REMOVED;
    case ErrorCode::Busy:
    case ErrorCode::TpmLockout: return CKR_FUNCTION_FAILED;
    case ErrorCode::StoreCorrupt:
    case ErrorCode::StoreInsecure:
    case ErrorCode::StoreIo:
    case ErrorCode::TpmUnavailable:
    case ErrorCode::Tpm: return CKR_DEVICE_ERROR;
    case ErrorCode::WrongTpm: return CKR_TOKEN_NOT_RECOGNIZED;
    case ErrorCode::Unsupported: return CKR_FUNCTION_NOT_SUPPORTED;
    case ErrorCode::Capacity: return CKR_DEVICE_MEMORY;
    case ErrorCode::OwnerAuthRequired: return CKR_FUNCTION_FAILED;
    case ErrorCode::EvidenceRefused:
        return CKR_SIGNATURE_INVALID; // not reached: no PKCS#11 call verifies evidence
    case ErrorCode::Unreachable:
        return CKR_FUNCTION_FAILED; // not reached: no PKCS#11 call goes to the network
    case ErrorCode::Internal: return CKR_GENERAL_ERROR;
    }
    return CKR_GENERAL_ERROR;
}

CK_RV copyOut(const QByteArray& data, CK_BYTE_PTR buffer, CK_ULONG_PTR length)
{
    if (!length)
        return CKR_ARGUMENTS_BAD;
    if (!buffer) {
        *length = CK_ULONG(data.size());
        return CKR_OK;
    }
    if (*length < CK_ULONG(data.size())) {
        *length = CK_ULONG(data.size());
        return CKR_BUFFER_TOO_SMALL;
    }
    if (!data.isEmpty())
        std::memcpy(buffer, data.constData(), std::size_t(data.size()));
    *length = CK_ULONG(data.size());
    return CKR_OK;
}

void setText(unsigned char* field, std::size_t size, const QString& text)
{
    std::memset(field, ' ', size);
    QByteArray utf8 = text.toUtf8();
    if (std::size_t(utf8.size()) > size) {
        qsizetype cut = qsizetype(size);
        while (cut > 0 && (uchar(utf8[cut]) & 0xc0) == 0x80)
            --cut; // do not split a character
        utf8.truncate(cut);
    }
    std::memcpy(field, utf8.constData(), std::size_t(utf8.size()));
}

} // namespace tpmvsc::pkcs11
