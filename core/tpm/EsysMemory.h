// tpm2-tss keeps copies of what passes through it: ESYS stores command inputs (the
// sensitive part of TPM2_Create: a new authValue and the card secret) in its context,
// SYS receives each response (an unsealed secret, decrypted in place) into its command
// buffer, and both leave authValues and plaintext in dead stack frames. None of it is
// wiped by tpm2-tss. These helpers keep those copies out of core dumps and swap, and
// wipe the ones that outlive the call that made them.
#pragma once

#include <tss2/tss2_esys.h>

namespace tpmvsc {

// Locks the ESYS context and its SYS context (with the command/response buffer) in
// memory and excludes their pages from core dumps. Called once after Esys_Initialize.
void protectEsysContext(ESYS_CONTEXT* esys);

// Around one ESYS call that handles a secret: when it ends (also by an exception) the
// response parameters in SYS's buffer and the stack the call used below this frame are
// overwritten with zeros.
class EsysScrub
{
public:
    explicit EsysScrub(ESYS_CONTEXT* esys) : m_esys(esys) {}
    ~EsysScrub();
    EsysScrub(const EsysScrub&) = delete;
    EsysScrub& operator=(const EsysScrub&) = delete;

private:
    ESYS_CONTEXT* m_esys;
};

// A buffer ESYS allocated for an output parameter, freed with it.
template <typename T> struct EsysPtr {
    T* p = nullptr;
    EsysPtr() = default;
    EsysPtr(const EsysPtr&) = delete;
    EsysPtr& operator=(const EsysPtr&) = delete;
    ~EsysPtr() { Esys_Free(p); }
    T** out() { return &p; }
    T* operator->() const { return p; }
};

} // namespace tpmvsc
