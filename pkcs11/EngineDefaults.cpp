// The ENGINE API is deprecated in OpenSSL 3, and so is what it takes to undo its effect.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "EngineDefaults.h"

#include <initializer_list>
#include <openssl/engine.h>
#include <openssl/evp.h>

namespace tpmvsc::pkcs11 {

namespace {
// The key types whose EVP_PKEY_CTX this module (and ESYS inside it) creates.
ENGINE* defaultKeyEngine()
{
    for (int nid : {EVP_PKEY_EC, EVP_PKEY_RSA}) {
        if (ENGINE* e = ENGINE_get_pkey_meth_engine(nid))
            return e; // a functional reference
    }
    return nullptr;
}
} // namespace

EngineDefaultsSuspended::EngineDefaultsSuspended() : m_engine(defaultKeyEngine())
{
    if (m_engine)
        ENGINE_unregister_pkey_meths(m_engine);
}

EngineDefaultsSuspended::~EngineDefaultsSuspended()
{
    if (!m_engine)
        return;
    ENGINE_register_pkey_meths(m_engine);
    ENGINE_set_default_pkey_meths(m_engine);
    ENGINE_finish(m_engine);
}

} // namespace tpmvsc::pkcs11
