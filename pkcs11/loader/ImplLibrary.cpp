#include "ImplLibrary.h"

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <unistd.h>

namespace tpmvsc::pkcs11::loader {

namespace {

Implementation implementation;

// Only on request, like the implementation's debugLog: a library must not write to a
// host program's terminal.
void debugLog(const char* what, const char* detail)
{
    const char* flag = std::getenv("TPMVSC_PKCS11_DEBUG");
    if (flag && *flag)
        std::fprintf(stderr, "tpmvsc-pkcs11: %s: %s\n", what, detail ? detail : "");
}

// <the loader's folder>/TPMVSC_PKCS11_IMPLEMENTATION. The loader's file with symbolic
// links resolved: a link to it elsewhere must still find the implementation.
bool implementationPath(char* out, std::size_t size)
{
    Dl_info info = {};
    if (!::dladdr(reinterpret_cast<void*>(&C_GetFunctionList), &info) || !info.dli_fname)
        return false;
    char resolved[PATH_MAX];
    const char* self = ::realpath(info.dli_fname, resolved) ? resolved : info.dli_fname;
    const char* slash = std::strrchr(self, '/');
    const int folderLength = slash ? int(slash - self) : 1;
    const int n = std::snprintf(out, size, "%.*s/%s", folderLength, slash ? self : ".",
                                TPMVSC_PKCS11_IMPLEMENTATION);
    return n >= 0 && std::size_t(n) < size;
}

} // namespace

const Implementation* loadImplementation()
{
    if (implementation.functions)
        return &implementation;
    char path[PATH_MAX];
    if (!implementationPath(path, sizeof path)) {
        debugLog("cannot find the module's own file", nullptr);
        return nullptr;
    }
    // A copy of the build tree's loader elsewhere (the peer tests give one to another
    // user) has no implementation beside it: then the file name alone, found through the
    // loader's RUNPATH, which names the build tree's folder in the build tree (and the
    // same folder as above once installed).
    if (::access(path, F_OK) != 0) {
        const char* name = std::strrchr(TPMVSC_PKCS11_IMPLEMENTATION, '/');
        std::snprintf(path, sizeof path, "%s", name ? name + 1 : TPMVSC_PKCS11_IMPLEMENTATION);
    }
    // RTLD_LOCAL: its symbols (Qt's, OpenSSL's) stay out of the host's namespace;
    // RTLD_NODELETE: it stays when the host unloads the loader (Qt cannot be unloaded);
    // RTLD_NOW: a broken installation fails here, not in the middle of a call.
    void* handle = ::dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!handle) {
        debugLog("cannot load the implementation", ::dlerror());
        return nullptr;
    }
    const auto getFunctionList =
        reinterpret_cast<CK_C_GetFunctionList>(::dlsym(handle, "C_GetFunctionList"));
    CK_FUNCTION_LIST* functions = nullptr;
    if (!getFunctionList || getFunctionList(&functions) != CKR_OK || !functions) {
        debugLog("the implementation gives no function list", path);
        ::dlclose(handle);
        return nullptr;
    }
    implementation.tpmCommands =
        reinterpret_cast<unsigned long long (*)()>(::dlsym(handle, "tpmvsc_pkcs11_tpm_commands"));
    implementation.functions = functions;
    return &implementation;
}

} // namespace tpmvsc::pkcs11::loader
