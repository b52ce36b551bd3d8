#include "StoreSnapshot.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace tpmvsc::test {

namespace {

// Lock files and the locks/ folder carry no card data and come and go with every
// operation; comparing them would make every "store unchanged" assertion flaky.
bool ignored(const QString& name, bool isDir)
{
    if (isDir)
        return name == QLatin1String("locks");
    return name.endsWith(QLatin1String(".lock"));
}

[[noreturn]] void fail(const QString& what, const QString& path)
{
    throw std::runtime_error(QStringLiteral("StoreSnapshot: %1 %2: %3")
                                 .arg(what, path, QString::fromLocal8Bit(std::strerror(errno)))
                                 .toStdString());
}

// lstat, not QFileInfo: the snapshot must see modes exactly and must not follow
// symlinks (a symlink in the store is itself something a test wants to notice).
void walk(const QString& root, const QString& relative, StoreSnapshot& snap)
{
    const QString dirPath = relative.isEmpty() ? root : root + QLatin1Char('/') + relative;
    DIR* dir = ::opendir(QFile::encodeName(dirPath).constData());
    if (!dir)
        fail(QStringLiteral("cannot open"), dirPath);
    QStringList names;
    while (const dirent* entry = ::readdir(dir)) {
        const QString name = QFile::decodeName(entry->d_name);
        if (name != QLatin1String(".") && name != QLatin1String(".."))
            names.append(name);
    }
    ::closedir(dir);
    names.sort();

    for (const QString& name : names) {
        const QString rel = relative.isEmpty() ? name : relative + QLatin1Char('/') + name;
        const QString path = root + QLatin1Char('/') + rel;
        struct stat st {
        };
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            fail(QStringLiteral("cannot stat"), path);
        const bool isDir = S_ISDIR(st.st_mode);
        if (ignored(name, isDir))
            continue;
        if (isDir) {
            // A folder's mode matters as much as a file's (0700, property 7), so folders
            // are in `modes` (with a trailing slash); `files` keeps to files, as its
            // users expect.
            snap.modes.insert(rel + QLatin1Char('/'), st.st_mode & 07777);
            walk(root, rel, snap);
            continue;
        }
        QByteArray bytes;
        if (S_ISLNK(st.st_mode)) {
            QByteArray target(static_cast<qsizetype>(st.st_size) + 1, '\0');
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target.data(),
                                         static_cast<size_t>(target.size()));
            if (n < 0)
                fail(QStringLiteral("cannot read link"), path);
            bytes = QByteArray("symlink:") + target.left(n);
        } else if (S_ISREG(st.st_mode)) {
            // Read with O_NOFOLLOW via a raw fd so a file without read permission for
            // us still fails loudly instead of reading as empty.
            const int fd =
                ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            if (fd < 0)
                fail(QStringLiteral("cannot open"), path);
            char buf[8192];
            for (;;) {
                const ssize_t n = ::read(fd, buf, sizeof buf);
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0) {
                    ::close(fd);
                    fail(QStringLiteral("cannot read"), path);
                }
                if (n == 0)
                    break;
                bytes.append(buf, n);
            }
            ::close(fd);
        } else {
            bytes = QByteArray("special file");
        }
        snap.files.insert(rel, bytes);
        snap.modes.insert(rel, st.st_mode & 07777);
    }
}

} // namespace

StoreSnapshot StoreSnapshot::take(const QString& root)
{
    StoreSnapshot snap;
    // A store that does not exist yet is a valid (empty) snapshot: "nothing was created".
    struct stat st {
    };
    if (::lstat(QFile::encodeName(root).constData(), &st) != 0 && errno == ENOENT)
        return snap;
    walk(root, QString(), snap);
    return snap;
}

QString StoreSnapshot::diff(const StoreSnapshot& other) const
{
    QStringList lines;
    QSet<QString> all;
    // modes has every path (files and folders), files only the files.
    for (auto it = modes.cbegin(); it != modes.cend(); ++it)
        all.insert(it.key());
    for (auto it = other.modes.cbegin(); it != other.modes.cend(); ++it)
        all.insert(it.key());
    QStringList paths(all.cbegin(), all.cend());
    paths.sort();
    for (const QString& path : paths) {
        const bool mine = modes.contains(path);
        const bool theirs = other.modes.contains(path);
        if (!mine) {
            lines.append(QStringLiteral("added: ") + path);
        } else if (!theirs) {
            lines.append(QStringLiteral("removed: ") + path);
        } else {
            if (files.value(path) != other.files.value(path))
                lines.append(QStringLiteral("changed: %1 (%2 -> %3 bytes)")
                                 .arg(path)
                                 .arg(files.value(path).size())
                                 .arg(other.files.value(path).size()));
            if (modes.value(path) != other.modes.value(path))
                lines.append(QStringLiteral("mode changed: %1 (%2 -> %3)")
                                 .arg(path)
                                 .arg(modes.value(path), 4, 8, QLatin1Char('0'))
                                 .arg(other.modes.value(path), 4, 8, QLatin1Char('0')));
        }
    }
    return lines.isEmpty() ? QStringLiteral("no differences") : lines.join(QLatin1Char('\n'));
}

} // namespace tpmvsc::test
