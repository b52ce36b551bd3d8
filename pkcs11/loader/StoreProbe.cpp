#include "StoreProbe.h"
#include "core/store/StoreLayout.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tpmvsc::pkcs11::loader {

namespace {

// out = a + b, false when it does not fit.
bool join(char* out, std::size_t size, const char* a, const char* b)
{
    const int n = std::snprintf(out, size, "%s%s", a, b);
    return n >= 0 && std::size_t(n) < size;
}

// QDir::cleanPath of an absolute path: no empty or "." segments, ".." taken back
// lexically (never above "/"), no trailing "/". In place: the result is never longer.
void cleanAbsolute(char* path)
{
    std::size_t length = 1; // path[0] is '/'
    const char* segment = path + 1;
    while (*segment) {
        const char* end = std::strchr(segment, '/');
        const std::size_t n = end ? std::size_t(end - segment) : std::strlen(segment);
        if (n == 2 && segment[0] == '.' && segment[1] == '.') {
            while (length > 1 && path[length - 1] != '/')
                --length;
            if (length > 1)
                --length;
        } else if (n > 0 && !(n == 1 && segment[0] == '.')) {
            if (length > 1)
                path[length++] = '/';
            std::memmove(path + length, segment, n);
            length += n;
        }
        segment += n;
        if (*segment == '/')
            ++segment;
    }
    path[length] = '\0';
}

// A folder of the store as CardStore's checkPrivateDirectory sees it: 0 = absent,
// 1 = usable, -1 = something the implementation must report.
int privateFolder(const char* path)
{
    struct stat st = {};
    if (::stat(path, &st) != 0)
        return errno == ENOENT ? 0 : -1;
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::geteuid() || (st.st_mode & 077) != 0)
        return -1;
    return 1;
}

} // namespace

bool storeRoot(char* out, std::size_t size)
{
    char root[PATH_MAX];
    if (!defaultStoreRoot(root, sizeof root) || root[0] == ':')
        return false;
    if (root[0] == '/') {
        if (!join(out, size, root, ""))
            return false;
    } else {
        char cwd[PATH_MAX];
        if (!::getcwd(cwd, sizeof cwd) || !join(out, size, cwd, "/") ||
            !join(out + std::strlen(out), size - std::strlen(out), root, ""))
            return false;
    }
    cleanAbsolute(out);
    return true;
}

bool mayHoldCards(const char* root)
{
    char cards[PATH_MAX];
    if (!join(cards, sizeof cards, root, "/cards"))
        return true;
    const char* const folders[] = {root, cards};
    for (const char* folder : folders) {
        const int state = privateFolder(folder);
        if (state <= 0)
            return state < 0;
    }
    DIR* dir = ::opendir(cards);
    if (!dir)
        return true;
    bool may = false;
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(dir);
        if (!entry) {
            may = errno != 0;
            break;
        }
        if (cardInstanceOf(entry->d_name) >= 0) {
            may = true;
            break;
        }
    }
    ::closedir(dir);
    return may;
}

} // namespace tpmvsc::pkcs11::loader
