#include "EsysMemory.h"

#include <algorithm>
#include <cstdint>
#include <malloc.h>
#include <openssl/crypto.h>
#include <pthread.h>
#include <sys/mman.h>
#include <tss2/tss2_sys.h>
#include <unistd.h>

namespace tpmvsc {

namespace {

// The most stack we wipe below the caller: deeper than ESYS goes for one command
// (response decryption, HMAC checks, unmarshalling), shallow enough for any thread.
constexpr std::size_t kScrubBytes = 64 * 1024;
// What we leave untouched at the far end of a thread's stack.
constexpr std::size_t kStackMargin = 16 * 1024;

void keepOutOfDumps(const void* p, std::size_t size)
{
    if (!p || size == 0)
        return;
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(p) / page * page;
    const auto end = (reinterpret_cast<std::uintptr_t>(p) + size + page - 1) / page * page;
    void* const start = reinterpret_cast<void*>(begin);
    // Heap pages shared with other data are excluded as well: a core dump that misses
    // some unrelated bytes is a fair price. Best effort, as for Secret (LockedMemory).
    ::madvise(start, end - begin, MADV_DONTDUMP);
    ::mlock(start, end - begin);
}

struct StackBounds {
    std::uintptr_t low = 0;
    std::size_t size = 0;
};

// The thread's stack, asked once per thread: for the main thread glibc reads
// /proc/self/maps to answer, which costs milliseconds, and the bounds never move.
const StackBounds& stackBounds()
{
    thread_local const StackBounds bounds = [] {
        StackBounds b;
        pthread_attr_t attr;
        if (::pthread_getattr_np(::pthread_self(), &attr) != 0)
            return b;
        void* base = nullptr;
        std::size_t size = 0;
        if (::pthread_attr_getstack(&attr, &base, &size) == 0) {
            b.low = reinterpret_cast<std::uintptr_t>(base);
            b.size = size;
        }
        ::pthread_attr_destroy(&attr);
        return b;
    }();
    return bounds;
}

// How much stack lies below the current frame on this thread.
std::size_t stackBelow()
{
    const StackBounds& b = stackBounds();
    const char here = 0;
    const auto now = reinterpret_cast<std::uintptr_t>(&here);
    if (b.size == 0 || now <= b.low + kStackMargin || now > b.low + b.size)
        return 0;
    return now - b.low - kStackMargin;
}

// Its own frame holds the buffer, so it covers the frames ESYS used below ours; sized
// at run time, so a thread with little stack left is never pushed past its end.
// noinline: inlined, the buffer would sit in the caller's frame above them.
[[gnu::noinline]] void scrubStack(std::size_t bytes)
{
    if (bytes == 0)
        return;
    auto* buffer = static_cast<unsigned char*>(__builtin_alloca(bytes));
    OPENSSL_cleanse(buffer, bytes);
}

} // namespace

void protectEsysContext(ESYS_CONTEXT* esys)
{
    if (!esys)
        return;
    // Both come from calloc in Esys_Initialize; the SYS context is
    // Tss2_Sys_GetContextSize(0) bytes, its command buffer included.
    keepOutOfDumps(esys, ::malloc_usable_size(esys));
    TSS2_SYS_CONTEXT* sys = nullptr;
    if (Esys_GetSysContext(esys, &sys) == TSS2_RC_SUCCESS)
        keepOutOfDumps(sys, Tss2_Sys_GetContextSize(0));
}

EsysScrub::~EsysScrub()
{
    TSS2_SYS_CONTEXT* sys = nullptr;
    std::size_t size = 0;
    const uint8_t* parameters = nullptr;
    // Only after a response arrived; its parameters are in our hands by now.
    if (m_esys && Esys_GetSysContext(m_esys, &sys) == TSS2_RC_SUCCESS &&
        Tss2_Sys_GetRpBuffer(sys, &size, &parameters) == TSS2_RC_SUCCESS && parameters && size > 0)
        OPENSSL_cleanse(const_cast<uint8_t*>(parameters), size);
    scrubStack(std::min(kScrubBytes, stackBelow()));
}

} // namespace tpmvsc
