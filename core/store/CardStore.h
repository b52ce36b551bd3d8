// The card store: one folder per user ($TPMVSC_HOME, else $XDG_DATA_HOME/tpmvsc, else
// ~/.local/share/tpmvsc), mode 0700, holding
//   store.json           the next instance number (instances are never reused)
//   cards/NNNN.card      one card record (JSON, versioned), mode 0600
//   locks/NNNN.lock      per-card lock (flock), locks/store.lock for allocation
// Every write is atomic: temp file in the same folder, fsync, rename, fsync folder.
// Loading refuses files with looser modes or another owner, and malformed, truncated
// or inconsistent records, each with a specific sentence.
#pragma once

#include "CardRecord.h"
#include "ParsedCards.h"

#include <QString>
#include <memory>
#include <optional>

namespace tpmvsc {

// Holds an exclusive flock on one card (or on the store) until destroyed. Released by
// the kernel if the process dies, so a crash never leaves a card locked.
class StoreLock
{
public:
    StoreLock(StoreLock&&) noexcept;
    StoreLock& operator=(StoreLock&&) noexcept;
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;
    ~StoreLock();

private:
    friend class CardStore;
    explicit StoreLock(int fd);
    int m_fd = -1;
};

class CardStore
{
public:
    // root empty: defaultRoot(). Nothing is created until the first write.
    explicit CardStore(const QString& root = QString());
    static QString defaultRoot();
    const QString& root() const { return m_root; }

    // Instances of the cards that exist, ascending.
    QList<int> instances() const;
    bool exists(int instance) const;
    // Changes whenever the card's file is written (every write renames a new file in) or
    // its mode or owner changes: the file's identity folded into a number (ParsedCards.h);
    // 0 when there is none. `settled` (when asked) says whether an equal stamp later means
    // an unchanged file; it does not while the file is younger than its times' tick
    // (FileIdentity::settled), and then the caller must read the file to know.
    std::uint64_t fileStamp(int instance, bool* settled = nullptr) const;

    // Throws NotFound, StoreCorrupt, StoreInsecure or StoreIo. A file unchanged since this
    // store (or a copy of it) last parsed it is not read again (ParsedCards.h).
    CardRecord load(int instance) const;

    // Atomically replaces the card's file. The caller holds the card's lock.
    void save(const CardRecord& card);

    // Gives the card the next instance number (never reused, even after destroy) and
    // writes it; returns the number. Holds the store lock meanwhile.
    int create(CardRecord& card);
    // The same, and `lock` holds the new card's lock from before its file exists.
    int create(CardRecord& card, std::optional<StoreLock>* lock);

    // Removes the card's file (the caller holds the card's lock). The number stays used.
    void remove(int instance);

    // Waits up to timeoutMs for the lock, then throws Busy naming the card.
    // Default timeout: $TPMVSC_LOCK_TIMEOUT_MS, else 10000.
    StoreLock lockCard(int instance, int timeoutMs = -1) const;

    // Serialisation, public for tests and tools. parse() throws StoreCorrupt with the
    // field that is wrong; `where` names the file in messages.
    static QByteArray serialize(const CardRecord& card);
    static CardRecord parse(const QByteArray& bytes, const QString& where);

    QString cardPath(int instance) const;

private:
    CardRecord readAndParse(int instance) const;

    QString m_root;
    std::shared_ptr<ParsedCards> m_parsed = std::make_shared<ParsedCards>();
};

} // namespace tpmvsc
