// The card store's files and locks (folders, reads, atomic writes, flock). The format of
// the files themselves is CardFileFormat's.

#include "CardStore.h"

#include "core/util/UniqueFd.h"

#include "AtomicFile.h"
#include "CardFileFormat.h"
#include "InstanceId.h"
#include "StoreLayout.h"
#include "core/util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <utility>

namespace tpmvsc {

namespace {

constexpr int kDefaultLockTimeoutMs = 10000;

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

// ---------------------------------------------------------------------------------------
// Files.

QString fileName(int instance, const char* suffix)
{
    return QStringLiteral("%1%2").arg(instance, 4, 10, QLatin1Char('0')).arg(QLatin1String(suffix));
}

// Reads a store file refusing anything but a regular file, not a symlink, owned by the
// effective user, mode 0600, at most 4 MiB. The checks run on the opened descriptor
// (fstat), so the file cannot be swapped between check and read. Returns false when the
// file does not exist.
bool readPrivateFile(const QString& path, QByteArray* bytes)
{
    // O_NONBLOCK: opening a FIFO planted as a card must not hang the program.
    const int fd = ::open(nativePath(path).constData(),
                          O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return false;
        struct stat st = {};
        if (err == ELOOP && ::lstat(nativePath(path).constData(), &st) == 0 &&
            S_ISLNK(st.st_mode)) {
            throw Error(
                ErrorCode::StoreInsecure,
                Sentence("CardStore",
                         "%1 is a symbolic link; tpmvsc reads only regular files of its own "
                         "folder, so a link could make it read a file planted elsewhere. Fix: "
                         "replace the link by the file it points to (mode 0600), or remove it.")
                    .arg(path));
        }
        throw Error(
            ErrorCode::StoreIo,
            Sentence("CardStore", "Could not open %1: %2.").arg(path, systemErrorText(err)));
    }
    const UniqueFd guard(fd);

    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        throw Error(
            ErrorCode::StoreIo,
            Sentence("CardStore", "Could not examine %1: %2.").arg(path, systemErrorText(err)));
    }
    if (!S_ISREG(st.st_mode)) {
        throw Error(ErrorCode::StoreInsecure,
                    Sentence("CardStore", "%1 is not a regular file; tpmvsc refuses to "
                                          "read it. Fix: remove it.")
                        .arg(path));
    }
    const uid_t me = ::geteuid();
    if (st.st_uid != me) {
        throw Error(
            ErrorCode::StoreInsecure,
            Sentence("CardStore",
                     "%1 belongs to %2, not to you (%3); another user could have planted it, "
                     "so tpmvsc refuses to read it. Fix: remove it, or if it really is yours, "
                     "sudo chown %4 %1.")
                .arg(path, describeUser(st.st_uid), describeUser(me))
                .arg(me));
    }
    if ((st.st_mode & 07777) != 0600) {
        throw Error(ErrorCode::StoreInsecure,
                    Sentence("CardStore", "%1 has mode %2; tpmvsc files must be readable "
                                          "and writable by you alone (mode 0600), so it "
                                          "refuses to read it. Fix: chmod 600 %1.")
                        .arg(path, describeMode(st.st_mode)));
    }
    if (st.st_size > kMaxFileSize) {
        throw Error(ErrorCode::StoreCorrupt,
                    Sentence("CardStore", "%1: the file is %2 bytes, more than the %3 bytes "
                                          "a tpmvsc file can hold; it is damaged.")
                        .arg(path)
                        .arg(st.st_size)
                        .arg(kMaxFileSize));
    }

    // Read until EOF rather than trusting st_size, but never more than the cap.
    QByteArray data;
    data.resize(kMaxFileSize + 1);
    qsizetype total = 0;
    for (;;) {
        const ssize_t n = ::read(fd, data.data() + total, static_cast<size_t>(data.size() - total));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            throw Error(
                ErrorCode::StoreIo,
                Sentence("CardStore", "Could not read %1: %2.").arg(path, systemErrorText(err)));
        }
        if (n == 0)
            break;
        total += n;
        if (total > kMaxFileSize) {
            throw Error(ErrorCode::StoreCorrupt,
                        Sentence("CardStore", "%1: the file is more than the %2 bytes a "
                                              "tpmvsc file can hold; it is damaged.")
                            .arg(path)
                            .arg(kMaxFileSize));
        }
    }
    data.truncate(total);
    *bytes = data;
    return true;
}

// Card numbers from the names in cards/: exactly NNNN.card as cardPath() writes it
// (4 or more digits, zero-padded to 4), so temp files, backups and "12.card" are ignored.
QList<int> scanInstances(const QString& cardsDir)
{
    QList<int> result;
    DIR* dir = ::opendir(nativePath(cardsDir).constData());
    if (!dir) {
        const int err = errno;
        if (err == ENOENT)
            return result;
        throw Error(ErrorCode::StoreIo, Sentence("CardStore", "Could not list the folder %1: %2.")
                                            .arg(cardsDir, systemErrorText(err)));
    }
    const std::unique_ptr<DIR, int (*)(DIR*)> closer(dir, ::closedir);
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(dir);
        if (!entry) {
            if (errno != 0) {
                const int err = errno;
                throw Error(ErrorCode::StoreIo,
                            Sentence("CardStore", "Could not list the folder %1: %2.")
                                .arg(cardsDir, systemErrorText(err)));
            }
            break;
        }
        const int instance = cardInstanceOf(entry->d_name);
        if (instance >= 0)
            result.append(instance);
    }
    std::sort(result.begin(), result.end());
    return result;
}

int defaultLockTimeoutMs()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("TPMVSC_LOCK_TIMEOUT_MS", &ok);
    return ok && value >= 0 ? value : kDefaultLockTimeoutMs;
}

// Opens (creating it if needed) a lock file. Close-on-exec: a child such as swtpm must
// not inherit the lock and keep the card locked after we are gone. Read-only: flock
// needs no write access, and a lock file created under a strict umask (0400) must
// still open the next time.
int openLockFile(const QString& path)
{
    const int fd = ::open(nativePath(path).constData(),
                          O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
    if (fd < 0) {
        const int err = errno;
        if (err == ELOOP) {
            throw Error(ErrorCode::StoreInsecure,
                        Sentence("CardStore", "The lock file %1 is a symbolic link; tpmvsc "
                                              "refuses to use it. Fix: remove it.")
                            .arg(path));
        }
        throw Error(ErrorCode::StoreIo,
                    Sentence("CardStore", "Could not open the lock file %1: %2.")
                        .arg(path, systemErrorText(err)));
    }
    // Lock files hold no data, so only what lets another user interfere matters: a
    // file of someone else's (who could hold the lock forever) or not a file at all.
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
        ::close(fd);
        throw Error(ErrorCode::StoreInsecure,
                    Sentence("CardStore", "The lock file %1 is not a regular file of yours; "
                                          "tpmvsc refuses to use it. Fix: remove it.")
                        .arg(path));
    }
    return fd;
}

// flock with a deadline. LOCK_NB in a loop rather than a blocking flock with an alarm:
// no signals to juggle, and the wait can be bounded exactly. Returns false on timeout.
bool acquireLock(int fd, int timeoutMs, const QString& path)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    auto pause = std::chrono::milliseconds(5);
    for (;;) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            return true;
        const int err = errno;
        if (err == EINTR)
            continue;
        if (err != EWOULDBLOCK) {
            throw Error(
                ErrorCode::StoreIo,
                Sentence("CardStore", "Could not lock %1: %2.").arg(path, systemErrorText(err)));
        }
        const auto now = Clock::now();
        if (now >= deadline)
            return false;
        std::this_thread::sleep_for(std::min<Clock::duration>(pause, deadline - now));
        pause = std::min(pause * 2, std::chrono::milliseconds(50));
    }
}

// nextInstance from store.json; nullopt when the file does not exist yet.
std::optional<int> readStoreCounter(const QString& path)
{
    QByteArray bytes;
    if (!readPrivateFile(path, &bytes))
        return std::nullopt;
    return decodeStoreFile(bytes, path);
}

void writeStoreCounter(const QString& path, int next)
{
    writeFileAtomically(path, encodeStoreFile(next));
}

// Takes locks/store.lock, which serialises number allocation (create, remove). It is
// held for two small file writes only, so the card-lock timeout is ample.
int lockStoreFd(const QString& root)
{
    const QString locks = root + QLatin1String("/locks");
    ensurePrivateDirectory(locks);
    const QString path = locks + QLatin1String("/store.lock");
    UniqueFd fd(openLockFile(path));
    if (!acquireLock(fd.get(), defaultLockTimeoutMs(), path)) {
        throw Error(
            ErrorCode::Busy,
            Sentence("CardStore", "The card store %1 is in use by another program.").arg(root));
    }
    return fd.release();
}

} // namespace

// ---------------------------------------------------------------------------------------

StoreLock::StoreLock(int fd) : m_fd(fd) {}

StoreLock::StoreLock(StoreLock&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

StoreLock& StoreLock::operator=(StoreLock&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

// Closing the only descriptor of the open file releases the flock.
StoreLock::~StoreLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

CardStore::CardStore(const QString& root)
    : m_root(QDir::cleanPath(QDir(root.isEmpty() ? defaultRoot() : root).absolutePath()))
{}

QString CardStore::defaultRoot()
{
    char root[4096];
    if (!defaultStoreRoot(root, sizeof root))
        return QString();
    return QFile::decodeName(root);
}

QString CardStore::cardPath(int instance) const
{
    return m_root + QLatin1String("/cards/") + fileName(instance, ".card");
}

QList<int> CardStore::instances() const
{
    if (!checkPrivateDirectory(m_root))
        return {};
    const QString cards = m_root + QLatin1String("/cards");
    if (!checkPrivateDirectory(cards))
        return {};
    return scanInstances(cards);
}

// Only whether the name is taken (lstat: a planted symlink counts); the ownership and
// mode checks are load()'s, which can say what is wrong.
bool CardStore::exists(int instance) const
{
    if (instance < 0)
        return false;
    struct stat st = {};
    return ::lstat(nativePath(cardPath(instance)).constData(), &st) == 0;
}

std::uint64_t CardStore::fileStamp(int instance, bool* settled) const
{
    if (settled)
        *settled = true;
    if (instance < 0)
        return 0;
    const std::optional<FileIdentity> id = fileIdentity(cardPath(instance));
    if (settled && id)
        *settled = id->settled();
    return id ? id->folded() : 0;
}

CardRecord CardStore::load(int instance) const
{
    if (instance >= 0 && instance <= kMaxInstance && checkPrivateDirectory(m_root) &&
        checkPrivateDirectory(m_root + QLatin1String("/cards"))) {
        // The identity is taken before reading: should the file change in between, the
        // record kept is newer than its identity and the next load reads it again.
        if (const std::optional<FileIdentity> id = fileIdentity(cardPath(instance))) {
            if (std::optional<CardRecord> known = m_parsed->find(instance, *id))
                return *std::move(known);
            CardRecord card = readAndParse(instance);
            m_parsed->keep(instance, *id, card);
            return card;
        }
    }
    return readAndParse(instance);
}

CardRecord CardStore::readAndParse(int instance) const
{
    const auto notFound = [instance] {
        return Error(ErrorCode::NotFound,
                     Sentence("CardStore", "There is no card %1.").arg(formatInstanceId(instance)));
    };
    if (instance < 0 || instance > kMaxInstance)
        throw notFound();
    if (!checkPrivateDirectory(m_root) || !checkPrivateDirectory(m_root + QLatin1String("/cards")))
        throw notFound();

    const QString path = cardPath(instance);
    QByteArray bytes;
    if (!readPrivateFile(path, &bytes))
        throw notFound();
    CardRecord card = parse(bytes, path);
    // A card file copied or renamed onto another number would otherwise act as two
    // cards, or answer for the wrong one.
    if (card.instance != instance) {
        throw Error(ErrorCode::StoreCorrupt,
                    Sentence("CardStore", "%1: field \"instance\" is %2 but the file name "
                                          "says %3; the file was copied or renamed.")
                        .arg(path)
                        .arg(card.instance)
                        .arg(instance));
    }
    return card;
}

void CardStore::save(const CardRecord& card)
{
    if (card.instance < 0 || card.instance > kMaxInstance) {
        throw Error(ErrorCode::Internal,
                    Sentence("CardStore", "Cannot save a card that has no instance number "
                                          "(%1); create() gives it one.")
                        .arg(card.instance));
    }
    const QByteArray bytes = serialize(card);
    if (!checkPrivateDirectory(m_root) ||
        !checkPrivateDirectory(m_root + QLatin1String("/cards")) || !exists(card.instance)) {
        // Never resurrect a card another process destroyed: save only replaces.
        throw Error(
            ErrorCode::NotFound,
            Sentence("CardStore", "There is no card %1.").arg(formatInstanceId(card.instance)));
    }
    m_parsed->forget(card.instance);
    writeFileAtomically(cardPath(card.instance), bytes);
}

int CardStore::create(CardRecord& card)
{
    return create(card, nullptr);
}

int CardStore::create(CardRecord& card, std::optional<StoreLock>* lock)
{
    const QString cards = m_root + QLatin1String("/cards");
    ensurePrivateDirectory(m_root);
    ensurePrivateDirectory(cards);

    const StoreLock storeLock(lockStoreFd(m_root));

    // The card file is written before store.json, so after a crash between the two the
    // counter lags behind; the highest existing file keeps the number from being reused.
    const QString storePath = m_root + QLatin1String("/store.json");
    int next = readStoreCounter(storePath).value_or(0);
    const QList<int> existing = scanInstances(cards);
    if (!existing.isEmpty())
        next = std::max(next, existing.last() + 1);
    if (next > kMaxInstance) {
        throw Error(
            ErrorCode::Capacity,
            Sentence("CardStore", "The card store %1 has used up its card numbers.").arg(m_root));
    }

    if (lock)
        lock->emplace(lockCard(next));
    CardRecord numbered = card;
    numbered.instance = next;
    const QByteArray bytes = serialize(numbered);
    const QString path = cardPath(next);
    writeFileAtomically(path, bytes);

    try {
        writeStoreCounter(storePath, next + 1);
    } catch (...) {
        // All or nothing: the caller learns no number, so no card may be left under one.
        ::unlink(nativePath(path).constData());
        try {
            syncDirectory(cards);
        } catch (const Error&) {
            // The original failure is the one worth reporting.
        }
        throw;
    }
    card.instance = next;
    return next;
}

// Lock order: the caller's card lock, then the store lock. create() takes only the store
// lock and nothing takes a card lock while holding it, so the two cannot deadlock.
void CardStore::remove(int instance)
{
    const QString cards = m_root + QLatin1String("/cards");
    if (instance < 0 || instance > kMaxInstance || !checkPrivateDirectory(m_root) ||
        !checkPrivateDirectory(cards) || !exists(instance)) {
        throw Error(ErrorCode::NotFound,
                    Sentence("CardStore", "There is no card %1.").arg(formatInstanceId(instance)));
    }
    const StoreLock storeLock(lockStoreFd(m_root));

    // If store.json lags behind (crash during create), removing the highest card would
    // free its number for reuse; bring the counter past it first.
    const QString storePath = m_root + QLatin1String("/store.json");
    const std::optional<int> next = readStoreCounter(storePath);
    if (!next || *next <= instance)
        writeStoreCounter(storePath, instance + 1);

    const QString path = cardPath(instance);
    if (::unlink(nativePath(path).constData()) != 0) {
        const int err = errno;
        if (err == ENOENT) {
            throw Error(
                ErrorCode::NotFound,
                Sentence("CardStore", "There is no card %1.").arg(formatInstanceId(instance)));
        }
        throw Error(
            ErrorCode::StoreIo,
            Sentence("CardStore", "Could not remove %1: %2.").arg(path, systemErrorText(err)));
    }
    m_parsed->forget(instance);
    syncDirectory(cards);
}

StoreLock CardStore::lockCard(int instance, int timeoutMs) const
{
    if (instance < 0 || instance > kMaxInstance) {
        throw Error(ErrorCode::NotFound,
                    Sentence("CardStore", "There is no card %1.").arg(formatInstanceId(instance)));
    }
    if (timeoutMs < 0)
        timeoutMs = defaultLockTimeoutMs();
    // Locking is the first step of every write, so the folders may be made here.
    const QString locks = m_root + QLatin1String("/locks");
    ensurePrivateDirectory(m_root);
    ensurePrivateDirectory(locks);
    const QString path = locks + QLatin1Char('/') + fileName(instance, ".lock");
    StoreLock lock(openLockFile(path));
    if (!acquireLock(lock.m_fd, timeoutMs, path)) {
        throw Error(ErrorCode::Busy,
                    Sentence("CardStore", "The card %1 is in use by another program.")
                        .arg(formatInstanceId(instance)));
    }
    return lock;
}

QByteArray CardStore::serialize(const CardRecord& card)
{
    return encodeCardFile(card);
}

CardRecord CardStore::parse(const QByteArray& bytes, const QString& where)
{
    return decodeCardFile(bytes, where);
}

} // namespace tpmvsc
