#include "ParsedCards.h"

#include <QFile>
#include <algorithm>
#include <ctime>
#include <sys/stat.h>

namespace tpmvsc {

std::uint64_t FileIdentity::folded() const
{
    // FNV-1a over the fields: any change of one moves the result.
    std::uint64_t h = 14695981039346656037ull;
    const auto mix = [&h](std::uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            h ^= (v >> (8 * i)) & 0xff;
            h *= 1099511628211ull;
        }
    };
    mix(device);
    mix(inode);
    mix(std::uint64_t(size));
    mix(std::uint64_t(modifiedNs));
    mix(std::uint64_t(changedNs));
    mix(mode);
    mix(owner);
    return h == 0 ? 1 : h;
}

std::optional<FileIdentity> fileIdentity(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    FileIdentity id;
    id.device = st.st_dev;
    id.inode = st.st_ino;
    id.size = st.st_size;
    id.modifiedNs = std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    id.changedNs = std::int64_t(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    id.mode = st.st_mode;
    id.owner = st.st_uid;
    return id;
}

bool FileIdentity::settled() const
{
    // Two seconds: far beyond any file system's timestamp tick (FAT's is two seconds).
    constexpr std::int64_t kSettledNs = 2'000'000'000;
    timespec now = {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const std::int64_t nowNs = std::int64_t(now.tv_sec) * 1000000000 + now.tv_nsec;
    return nowNs - std::max(modifiedNs, changedNs) >= kSettledNs;
}

std::optional<CardRecord> ParsedCards::find(int instance, const FileIdentity& identity) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(instance);
    if (it == m_entries.end() || !(it->second.identity == identity))
        return std::nullopt;
    return it->second.card;
}

void ParsedCards::keep(int instance, const FileIdentity& identity, const CardRecord& card)
{
    const bool settled = identity.settled();
    const std::lock_guard lock(m_mutex);
    if (!settled) {
        m_entries.erase(instance);
        return;
    }
    m_entries.insert_or_assign(instance, Entry{identity, card});
}

void ParsedCards::forget(int instance)
{
    const std::lock_guard lock(m_mutex);
    m_entries.erase(instance);
}

} // namespace tpmvsc
