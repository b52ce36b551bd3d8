// How every C_ function runs: under the module's one lock, with the module initialised,
// and with every failure turned into a PKCS#11 return value. Nothing escapes an entry
// point: a tpmvsc::Error becomes its CK_RV (ErrorMapping), anything else
// CKR_GENERAL_ERROR or CKR_HOST_MEMORY.
#pragma once

#include "EngineDefaults.h"
#include "Module.h"

#include <mutex>
#include <new>

namespace tpmvsc::pkcs11 {

// The lock and the state. After fork() the child finds no module (its parent's TPM
// connection and sessions are not its own): it must call C_Initialize again.
std::mutex& moduleLock();
Module*& currentModule();
void installForkHandlers();
// At process exit (or when the module is unloaded), a module still initialised is
// finalised: its TPM objects are flushed even if the host never calls C_Finalize (a TPM
// without resource manager would keep them), and a host's late calls from its own exit
// handlers find CKR_CRYPTOKI_NOT_INITIALIZED instead of destroyed state.
void installExitHandler();
// Ends the module (C_Finalize, the exit handler): logins and TPM objects end while the
// lock is held.
void finalizeModule();

CK_RV rvForError(const Error& error);
void debugLog(const char* function, const QString& message);

template <typename F> CK_RV guarded(const char* function, F&& body) noexcept
{
    try {
        return body();
    } catch (const Pkcs11Error& e) {
        return e.rv;
    } catch (const Error& e) {
        debugLog(function, e.message());
        return rvForError(e);
    } catch (const std::bad_alloc&) {
        return CKR_HOST_MEMORY;
    } catch (const std::exception& e) {
        debugLog(function, QString::fromLocal8Bit(e.what()));
        return CKR_GENERAL_ERROR;
    } catch (...) {
        return CKR_GENERAL_ERROR;
    }
}

// `body(Module&)` with the lock held; CKR_CRYPTOKI_NOT_INITIALIZED before C_Initialize.
template <typename F> CK_RV withModule(const char* function, F&& body) noexcept
{
    return guarded(function, [&]() -> CK_RV {
        std::lock_guard<std::mutex> lock(moduleLock());
        Module* module = currentModule();
        if (!module)
            return CKR_CRYPTOKI_NOT_INITIALIZED;
        const EngineDefaultsSuspended engines;
        return body(*module);
    });
}

// Copies `data` out under the two-call length convention: NULL buffer = length query;
// too small = CKR_BUFFER_TOO_SMALL with the length needed.
CK_RV copyOut(const QByteArray& data, CK_BYTE_PTR buffer, CK_ULONG_PTR length);

// Blank-padded fixed-size text fields of the info structures (UTF-8, cut at a
// character boundary).
void setText(unsigned char* field, std::size_t size, const QString& text);

} // namespace tpmvsc::pkcs11
