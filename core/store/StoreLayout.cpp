#include "StoreLayout.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <pwd.h>
#include <unistd.h>

namespace tpmvsc {

namespace {

bool nonEmpty(const char* value)
{
    return value && *value;
}

bool join(char* out, std::size_t size, const char* a, const char* b)
{
    const int n = std::snprintf(out, size, "%s%s", a, b);
    return n >= 0 && std::size_t(n) < size;
}

} // namespace

bool defaultStoreRoot(char* out, std::size_t size)
{
    const char* home = std::getenv("TPMVSC_HOME");
    if (nonEmpty(home))
        return join(out, size, home, "");
    // Qt counts a resource path (":…") as absolute too; CardStore then refuses it.
    const char* data = std::getenv("XDG_DATA_HOME");
    if (nonEmpty(data) && (data[0] == '/' || data[0] == ':'))
        return join(out, size, data, "/tpmvsc");
    const char* userHome = std::getenv("HOME");
    char buffer[16384];
    passwd pwd = {};
    if (!nonEmpty(userHome)) {
        passwd* result = nullptr;
        userHome = "";
        if (::getpwuid_r(::geteuid(), &pwd, buffer, sizeof buffer, &result) == 0 && result &&
            result->pw_dir)
            userHome = result->pw_dir;
    }
    return join(out, size, userHome, "/.local/share/tpmvsc");
}

int cardInstanceOf(const char* fileName)
{
    const std::size_t length = std::strlen(fileName);
    if (length < 9 || length > 13 || std::strcmp(fileName + length - 5, ".card") != 0)
        return -1;
    const std::size_t digits = length - 5;
    int instance = 0;
    for (std::size_t i = 0; i < digits; ++i) {
        if (fileName[i] < '0' || fileName[i] > '9')
            return -1;
        instance = instance * 10 + (fileName[i] - '0');
    }
    return digits == 4 || fileName[0] != '0' ? instance : -1;
}

} // namespace tpmvsc
