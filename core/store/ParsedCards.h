// Card records as last parsed, each with the identity its file had then. A card whose
// file has not changed is neither read nor parsed again: a program that keeps a store
// open (the PKCS#11 module, the GUI's worker) pays for one card's change with one card's
// parse, however many cards there are.
//
// The identity holds everything CardStore::load checks (file type, mode, owner) and
// everything a write changes (inode: every write renames a new file in; size; the
// modification and change times, the latter moved by chmod and chown too). A cached record
// therefore never stands in for a file that would now fail a check or read differently.
// File times move in clock ticks of several milliseconds, so a file changed in place
// within the tick it was last written in would keep its identity: a record is kept only
// once its file is older than that could matter (as git treats "racily clean" files).
#pragma once

#include "CardRecord.h"

#include <QString>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>

namespace tpmvsc {

struct FileIdentity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::int64_t size = 0;
    std::int64_t modifiedNs = 0;
    std::int64_t changedNs = 0;
    std::uint32_t mode = 0;
    std::uint32_t owner = 0;
    bool operator==(const FileIdentity&) const = default;
    // Folded into one number that is never 0 (0 stands for "no file").
    std::uint64_t folded() const;
    // Whether the file is old enough that a change now would move its times: while it is
    // not, an identity seen again may still hide a change made within the same tick.
    bool settled() const;
};

// lstat: a planted symlink has its own identity. Empty when there is no such file.
std::optional<FileIdentity> fileIdentity(const QString& path);

// Shared by copies of one CardStore and safe to use from several threads.
class ParsedCards
{
public:
    std::optional<CardRecord> find(int instance, const FileIdentity& identity) const;
    // Keeps the record unless the file was written too recently to be told apart from a
    // change in the same clock tick; then the next load parses it again.
    void keep(int instance, const FileIdentity& identity, const CardRecord& card);
    void forget(int instance);

private:
    struct Entry {
        FileIdentity identity;
        CardRecord card;
    };
    mutable std::mutex m_mutex;
    std::map<int, Entry> m_entries;
};

} // namespace tpmvsc
