// NV indices and policy sessions, each ESYS call wrapped once (as TpmObjects does for
// loaded objects). A card's TPM-held state lives in NV indices of the owner hierarchy:
// they survive reboots, cannot be copied or restored with the card's files, and count
// wrong PINs themselves (TPM_NT_PIN_FAIL). Policy sessions carry the authorizations
// that tie a card's objects to one another (card/CardGuard.h has the picture).
#pragma once

#include "PolicyDigest.h"
#include "TpmObjects.h"
#include "core/util/Secret.h"

#include <QByteArray>
#include <QList>
#include <cstdint>
#include <optional>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

class Tpm;

// The block of owner NV handles tpmvsc uses for its indices (chosen free at creation).
constexpr TPM2_HANDLE kNvFirstHandle = 0x01355600;
constexpr int kNvHandleCount = 0x400;

// What an index is, before or after it exists. Its Name follows from these fields and
// from whether it has been written (TPMA_NV_WRITTEN is part of the Name).
struct NvIndexSpec {
    TPM2_HANDLE handle = 0;
    TPMA_NV attributes = 0;
    QByteArray authPolicy;
    std::uint16_t dataSize = 8;

    TPMS_NV_PUBLIC publicArea(bool written) const;
    QByteArray name(bool written) const;
    // The same index, whatever its WRITTEN state: how a half-made card's indices are
    // told from anyone else's before they are removed.
    bool matches(const TPMS_NV_PUBLIC& pub) const;
};

// An ESYS reference to an NV index: closed when destroyed (an index is not a loaded
// object, there is nothing to flush).
class NvRef
{
public:
    NvRef() = default;
    NvRef(ESYS_CONTEXT* esys, ESYS_TR handle) : m_esys(esys), m_handle(handle) {}
    NvRef(NvRef&& other) noexcept;
    NvRef& operator=(NvRef&& other) noexcept;
    NvRef(const NvRef&) = delete;
    NvRef& operator=(const NvRef&) = delete;
    ~NvRef();
    ESYS_TR handle() const { return m_handle; }

private:
    ESYS_CONTEXT* m_esys = nullptr;
    ESYS_TR m_handle = ESYS_TR_NONE;
};

// The handles of tpmvsc's block that hold an index now.
QList<TPM2_HANDLE> usedNvHandles(Tpm& tpm);
// `count` handles of tpmvsc's block that hold no index now.
QList<TPM2_HANDLE> freeNvHandles(Tpm& tpm, int count);

// Defines the index under the owner hierarchy. `session` (salted) authorizes the owner
// by HMAC and encrypts `authValue` on the way. Throws OwnerAuthRequired when the owner
// hierarchy has a password other than `ownerAuth`, Capacity when the TPM's NV is full,
// Unsupported when the TPM refuses the index type.
NvRef defineNvIndex(Tpm& tpm, ESYS_TR session, const NvIndexSpec& spec, const Secret& authValue,
                    const Secret& ownerAuth);
// The index's public area, or nothing when no index has that handle.
std::optional<TPMS_NV_PUBLIC> readNvPublic(Tpm& tpm, TPM2_HANDLE handle);
void undefineNvIndex(Tpm& tpm, ESYS_TR session, TPM2_HANDLE handle, const Secret& ownerAuth);
// A reference to the index whose Name is `expectedName` (one NV_ReadPublic). NotFound
// when the index is gone or is not that index any more (removed, or made anew).
NvRef openNvIndex(Tpm& tpm, TPM2_HANDLE handle, const QByteArray& expectedName);

// A policy session (SHA-256). Used once: commands it authorizes end it in the TPM
// (continueSession clear), see TpmObject::release.
TpmObject startPolicySession(Tpm& tpm);
// Has the policy session end with the next command it authorizes (continueSession
// clear); release() it once that command succeeded.
void endWithCommand(Tpm& tpm, TpmObject& policySession);
// TPM2_PolicySecret: `entity` proves its authValue through `hmacSession` (salted, so
// the HMAC cannot be attacked offline). A wrong value throws AuthFailed; for a
// PIN_FAIL index the TPM has counted it.
void policySecret(Tpm& tpm, ESYS_TR policySession, ESYS_TR entity, const Secret& authValue,
                  ESYS_TR hmacSession);
// Whether `ownerAuth` is the owner hierarchy's password, asked of the TPM without changing
// anything (TPM2_PolicySecret on the owner, through the salted `hmacSession`). Throws
// OwnerAuthRequired when it is not; nothing is sent when the owner has no password and
// none was given. Lets a card operation that will need the owner refuse before its
// first step, so a refusal leaves the store untouched.
void checkOwnerAuth(Tpm& tpm, ESYS_TR hmacSession, const Secret& ownerAuth);
// TPM2_PolicyNV on an index read with an empty authValue: its first 8 bytes == value.
void policyNvEquals(Tpm& tpm, ESYS_TR policySession, ESYS_TR nv, std::uint64_t value);
void policyCommandCode(Tpm& tpm, ESYS_TR policySession, TPM2_CC code);
// The PolicyOR steps of an OrTree path.
void policyOrPath(Tpm& tpm, ESYS_TR policySession, const QList<QList<policy::Digest>>& path);

// Commands on an index authorized by a policy session (which they end).
void nvWrite(Tpm& tpm, ESYS_TR nv, TpmObject& policySession, const QByteArray& data);
// The new authValue travels encrypted in `encryptSession`.
void nvChangeAuth(Tpm& tpm, ESYS_TR nv, TpmObject& policySession, ESYS_TR encryptSession,
                  const Secret& newAuth);
QByteArray nvReadWithPolicy(Tpm& tpm, ESYS_TR nv, TpmObject& policySession, std::uint16_t size);
// Counter indices whose authValue is empty.
QByteArray nvReadOpen(Tpm& tpm, ESYS_TR nv, std::uint16_t size);
void nvIncrementOpen(Tpm& tpm, ESYS_TR nv);

std::uint64_t bigEndian64(const QByteArray& bytes); // first 8 bytes

} // namespace tpmvsc
