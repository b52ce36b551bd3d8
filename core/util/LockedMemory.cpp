#include "LockedMemory.h"

#include <openssl/crypto.h>
#include <sys/mman.h>
#include <unistd.h>

namespace tpmvsc {

namespace {

std::size_t pageRounded(std::size_t size)
{
    static const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t wanted = size == 0 ? 1 : size;
    return (wanted + page - 1) / page * page;
}

} // namespace

void* allocateLocked(std::size_t size)
{
    const std::size_t length = pageRounded(size);
    void* p = ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
    // Out of core dumps first: that must hold even where locking is refused.
    if (::madvise(p, length, MADV_DONTDUMP) != 0) {
        ::munmap(p, length);
        throw std::bad_alloc();
    }
    // A child made by fork (to exec swtpm, for example) gets zeros instead of our secrets.
    // Older kernels lack it; the exec that follows every fork of ours drops them anyway.
    ::madvise(p, length, MADV_WIPEONFORK);
    // Over RLIMIT_MEMLOCK (64 KiB for unprivileged users on some systems) mlock fails:
    // the secret may then reach swap, which an encrypted swap still protects; refusing
    // to work at all would protect nothing.
    ::mlock(p, length);
    return p;
}

void freeLocked(void* p, std::size_t size) noexcept
{
    if (!p)
        return;
    const std::size_t length = pageRounded(size);
    OPENSSL_cleanse(p, length);
    ::munlock(p, length);
    ::munmap(p, length);
}

} // namespace tpmvsc
