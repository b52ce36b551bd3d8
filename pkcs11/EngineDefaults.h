// OpenSSL's command-line tools make an -engine the default for the key types it serves
// (`openssl dgst|pkeyutl|s_client -engine pkcs11` calls ENGINE_set_default(ALL)). With
// libp11's engine that routes every RSA and EC EVP_PKEY_CTX of the process to it, and
// the public-key work this module needs inside that very process fails: ESYS's salted
// session (ECDH to the TPM's storage key), building a SubjectPublicKeyInfo. For the length
// of one entry point the engine's key-method defaults are set aside and then put back
// exactly; keys the host loaded through the engine carry it themselves and keep using it.
#pragma once

typedef struct engine_st ENGINE;

namespace tpmvsc::pkcs11 {

class EngineDefaultsSuspended
{
public:
    EngineDefaultsSuspended();
    ~EngineDefaultsSuspended();
    EngineDefaultsSuspended(const EngineDefaultsSuspended&) = delete;
    EngineDefaultsSuspended& operator=(const EngineDefaultsSuspended&) = delete;

private:
    ENGINE* m_engine = nullptr; // the engine that was the default, with a reference
};

} // namespace tpmvsc::pkcs11
