// The PKCS#11 module as any application loads it: dlopen, C_GetFunctionList, and
// dlclose when done. Tests never link the module: they see only what it exports.
#pragma once

#include <p11-kit/pkcs11.h>

#include <QString>
#include <optional>

namespace tpmvsc::test {

class Pkcs11Module
{
public:
    // Loads `path`; empty: defaultPath(). isLoaded() and errorString() tell how it went.
    explicit Pkcs11Module(const QString& path = QString());
    ~Pkcs11Module(); // dlclose
    Pkcs11Module(const Pkcs11Module&) = delete;
    Pkcs11Module& operator=(const Pkcs11Module&) = delete;

    // $TPMVSC_PKCS11_MODULE (set by ctest), else the module's place in the build tree
    // next to this test binary's (<build>/pkcs11/libtpmvsc-pkcs11.so).
    static QString defaultPath();

    bool isLoaded() const { return m_functions != nullptr; }
    const QString& path() const { return m_path; }
    const QString& errorString() const { return m_error; }

    CK_FUNCTION_LIST* functions() const { return m_functions; }
    CK_FUNCTION_LIST* operator->() const { return m_functions; }
    // The module's exported C_GetFunctionList itself (for calls with bad arguments).
    CK_C_GetFunctionList getFunctionList() const { return m_getFunctionList; }

    // A symbol the module exports, or nullptr.
    void* symbol(const char* name) const;
    // tpmvsc_pkcs11_tpm_commands(): TPM commands the module has sent since it was loaded;
    // nothing when the module does not export it.
    std::optional<unsigned long long> tpmCommands() const;

private:
    QString m_path;
    QString m_error;
    void* m_handle = nullptr;
    CK_C_GetFunctionList m_getFunctionList = nullptr;
    CK_FUNCTION_LIST* m_functions = nullptr;
};

} // namespace tpmvsc::test
