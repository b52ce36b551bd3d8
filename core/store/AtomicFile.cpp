#include "AtomicFile.h"

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace tpmvsc {

namespace {

QByteArray nativePath(const QString& path)
{
    return QFile::encodeName(path);
}

// Removes the temp file unless the rename went through, so no failure path (exception
// included) leaves a half-written file behind.
class TempFileGuard
{
public:
    TempFileGuard(QByteArray path, int fd) : m_path(std::move(path)), m_fd(fd) {}
    ~TempFileGuard()
    {
        closeFd();
        if (!m_committed)
            ::unlink(m_path.constData());
    }
    TempFileGuard(const TempFileGuard&) = delete;
    TempFileGuard& operator=(const TempFileGuard&) = delete;

    int fd() const { return m_fd; }
    // Returns close()'s result: on NFS and some FUSE file systems it is where a failed
    // write is reported, so it must be checked like write() and fsync().
    int closeFd()
    {
        if (m_fd < 0)
            return 0;
        const int rc = ::close(m_fd);
        m_fd = -1;
        return rc;
    }
    void commit() { m_committed = true; }

private:
    QByteArray m_path;
    int m_fd;
    bool m_committed = false;
};

[[noreturn]] void throwIo(const Sentence& message)
{
    throw Error(ErrorCode::StoreIo, message);
}

// mkdir 0700. Returns false when it already existed. The umask may strip even owner
// bits (umask 0277 gives 0500, a folder nothing can be created in), so a folder this
// creates gets 0700 exactly.
bool makePrivateDirectory(const QString& path)
{
    const QByteArray native = nativePath(path);
    if (::mkdir(native.constData(), 0700) != 0) {
        if (errno == EEXIST) // made meanwhile by another process; the caller checks it
            return false;
        const int err = errno;
        throwIo(Sentence("CardStore", "Could not create the folder %1: %2.")
                    .arg(path, systemErrorText(err)));
    }
    if (::chmod(native.constData(), 0700) != 0) {
        const int err = errno;
        throwIo(Sentence("CardStore", "Could not set the mode of the folder %1: %2.")
                    .arg(path, systemErrorText(err)));
    }
    return true;
}

// Creates the missing folders above `path` (mode 0700, as XDG asks for data folders).
// These are ordinary folders such as ~/.local/share: they are not held to the store's
// ownership rules, only created when absent.
void createMissingParents(const QString& path)
{
    const QString parent = QFileInfo(path).absolutePath();
    if (parent == path)
        return;
    struct stat st = {};
    if (::stat(nativePath(parent).constData(), &st) == 0)
        return;
    if (errno != ENOENT) {
        const int err = errno;
        throwIo(Sentence("CardStore", "Could not examine the folder %1: %2.")
                    .arg(parent, systemErrorText(err)));
    }
    createMissingParents(parent);
    makePrivateDirectory(parent);
}

} // namespace

QString systemErrorText(int error)
{
    char buffer[256] = {};
    // GNU strerror_r (C++ compilers define _GNU_SOURCE): returns the text, which may or
    // may not live in `buffer`.
    const char* text = ::strerror_r(error, buffer, sizeof buffer);
    return QString::fromLocal8Bit(text);
}

Sentence describeUser(uid_t uid)
{
    passwd pwd = {};
    passwd* result = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(uid, &pwd, buffer.data(), buffer.size(), &result) == 0 && result &&
        result->pw_name) {
        return Sentence("CardStore", "%1 (uid %2)")
            .arg(QString::fromLocal8Bit(result->pw_name))
            .arg(uid);
    }
    return Sentence("CardStore", "uid %1").arg(uid);
}

QString describeMode(mode_t mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

void syncDirectory(const QString& dir)
{
    const int fd = ::open(nativePath(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        throwIo(Sentence("CardStore", "Could not open the folder %1 to flush it: %2.")
                    .arg(dir, systemErrorText(err)));
    }
    int rc;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    const int err = errno;
    ::close(fd);
    // EINVAL: the file system cannot sync folders (some FUSE mounts); nothing more to do.
    if (rc != 0 && err != EINVAL) {
        throwIo(Sentence("CardStore", "Could not flush the folder %1 to disk: %2.")
                    .arg(dir, systemErrorText(err)));
    }
}

void writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    const QString target = info.absoluteFilePath();

    // A dot name that never matches NNNN.card or store.json, so a temp file a crash
    // leaves behind is never mistaken for a card.
    int fd = -1;
    QByteArray tempPath;
    for (int attempt = 0; fd < 0; ++attempt) {
        const QString name =
            QStringLiteral("%1/.%2.%3.tmp")
                .arg(dir, info.fileName())
                .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        tempPath = nativePath(name);
        fd = ::open(tempPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                    0600);
        if (fd < 0 && (errno != EEXIST || attempt >= 100)) {
            const int err = errno;
            throwIo(Sentence("CardStore", "Could not create a temporary file in %1: %2.")
                        .arg(dir, systemErrorText(err)));
        }
    }
    TempFileGuard guard(tempPath, fd);

    // The umask may only have removed bits; set the mode exactly so the store's own
    // check (0600) holds whatever umask the user runs with.
    if (::fchmod(fd, 0600) != 0) {
        const int err = errno;
        throwIo(Sentence("CardStore", "Could not set the mode of a temporary "
                                      "file in %1: %2.")
                    .arg(dir, systemErrorText(err)));
    }

    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            throwIo(
                Sentence("CardStore", "Could not write %1: %2.").arg(target, systemErrorText(err)));
        }
        data += n;
        left -= n;
    }

    int rc;
    do {
        rc = ::fsync(fd);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int err = errno;
        throwIo(Sentence("CardStore", "Could not flush %1 to disk: %2.")
                    .arg(target, systemErrorText(err)));
    }
    if (guard.closeFd() != 0) {
        const int err = errno;
        throwIo(Sentence("CardStore", "Could not write %1: %2.").arg(target, systemErrorText(err)));
    }

    if (::rename(tempPath.constData(), nativePath(target).constData()) != 0) {
        const int err = errno;
        throwIo(
            Sentence("CardStore", "Could not replace %1: %2.").arg(target, systemErrorText(err)));
    }
    guard.commit();

    // Without this the rename itself may be lost in a crash, bringing the old file back
    // after the caller was told the write succeeded.
    syncDirectory(dir);
}

bool checkPrivateDirectory(const QString& path)
{
    struct stat st = {};
    // stat, not lstat: a user may symlink the store elsewhere; what must be private is
    // the folder the cards really live in.
    if (::stat(nativePath(path).constData(), &st) != 0) {
        if (errno == ENOENT)
            return false;
        const int err = errno;
        throwIo(Sentence("CardStore", "Could not examine the folder %1: %2.")
                    .arg(path, systemErrorText(err)));
    }
    if (!S_ISDIR(st.st_mode)) {
        throwIo(Sentence("CardStore", "%1 should be a folder of the card store, but it is "
                                      "not a folder. Move it away.")
                    .arg(path));
    }
    const uid_t me = ::geteuid();
    if (st.st_uid != me) {
        throw Error(
            ErrorCode::StoreInsecure,
            Sentence("CardStore",
                     "The folder %1 belongs to %2, not to you (%3), so its cards cannot be "
                     "trusted; tpmvsc refuses to use it. Fix: move it away, or if it really "
                     "is yours, sudo chown -R %4 %1.")
                .arg(path, describeUser(st.st_uid), describeUser(me))
                .arg(me));
    }
    if ((st.st_mode & 077) != 0) {
        throw Error(ErrorCode::StoreInsecure,
                    Sentence("CardStore",
                             "The folder %1 has mode %2: other users may enter it. The card store "
                             "must be private to you (mode 0700); tpmvsc refuses to use it. Fix: "
                             "chmod 700 %1.")
                        .arg(path, describeMode(st.st_mode)));
    }
    return true;
}

void ensurePrivateDirectory(const QString& path)
{
    if (checkPrivateDirectory(path))
        return;
    createMissingParents(path);
    if (makePrivateDirectory(path))
        syncDirectory(QFileInfo(path).absolutePath());
    if (!checkPrivateDirectory(path)) {
        throwIo(
            Sentence("CardStore", "The folder %1 vanished right after it was created.").arg(path));
    }
}

} // namespace tpmvsc
