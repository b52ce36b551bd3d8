#include "Pkcs11Module.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <dlfcn.h>

namespace tpmvsc::test {

QString Pkcs11Module::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("TPMVSC_PKCS11_MODULE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Test binaries live in <build>/tests/<kind>/.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() +
                           QStringLiteral("/../../pkcs11/libtpmvsc-pkcs11.so"));
}

Pkcs11Module::Pkcs11Module(const QString& path) : m_path(path.isEmpty() ? defaultPath() : path)
{
    // RTLD_LOCAL: the module's symbols stay its own, as when a browser loads it.
    m_handle = ::dlopen(QFile::encodeName(m_path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!m_handle) {
        m_error = QStringLiteral("dlopen %1: %2").arg(m_path, QString::fromLocal8Bit(::dlerror()));
        return;
    }
    m_getFunctionList = reinterpret_cast<CK_C_GetFunctionList>(symbol("C_GetFunctionList"));
    if (!m_getFunctionList) {
        m_error = QStringLiteral("%1 exports no C_GetFunctionList").arg(m_path);
        return;
    }
    CK_FUNCTION_LIST* list = nullptr;
    const CK_RV rv = m_getFunctionList(&list);
    if (rv != CKR_OK || !list) {
        m_error = QStringLiteral("C_GetFunctionList returned 0x%1").arg(rv, 0, 16);
        return;
    }
    m_functions = list;
}

Pkcs11Module::~Pkcs11Module()
{
    if (m_handle)
        ::dlclose(m_handle);
}

void* Pkcs11Module::symbol(const char* name) const
{
    return m_handle ? ::dlsym(m_handle, name) : nullptr;
}

std::optional<unsigned long long> Pkcs11Module::tpmCommands() const
{
    using Counter = unsigned long long (*)();
    const auto counter = reinterpret_cast<Counter>(symbol("tpmvsc_pkcs11_tpm_commands"));
    if (!counter)
        return std::nullopt;
    return counter();
}

} // namespace tpmvsc::test
