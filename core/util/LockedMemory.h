// Memory for secrets that is kept out of swap (mlock) and out of core dumps
// (MADV_DONTDUMP), and not inherited by forked children (MADV_WIPEONFORK). Each
// allocation gets pages of its own: madvise and mlock work on whole pages, and a page
// shared with ordinary heap data would either leak the secret or hide unrelated data.
#pragma once

#include <cstddef>
#include <new>

namespace tpmvsc {

// Page-aligned, zero-filled, at least `size` bytes. Throws std::bad_alloc when no memory
// can be mapped. Locking is best effort: over RLIMIT_MEMLOCK the pages are still kept
// out of core dumps, only swap can no longer be ruled out.
void* allocateLocked(std::size_t size);
// Wipes and unmaps what allocateLocked returned (`size` as passed to it).
void freeLocked(void* p, std::size_t size) noexcept;

// For std::vector and friends: every buffer of the container lives in locked memory.
template <typename T> struct LockedAllocator {
    using value_type = T;
    LockedAllocator() = default;
    template <typename U> LockedAllocator(const LockedAllocator<U>&) noexcept {}
    T* allocate(std::size_t n)
    {
        if (n > static_cast<std::size_t>(-1) / sizeof(T))
            throw std::bad_array_new_length();
        return static_cast<T*>(allocateLocked(n * sizeof(T)));
    }
    void deallocate(T* p, std::size_t n) noexcept { freeLocked(p, n * sizeof(T)); }
    template <typename U> bool operator==(const LockedAllocator<U>&) const noexcept { return true; }
};

} // namespace tpmvsc
