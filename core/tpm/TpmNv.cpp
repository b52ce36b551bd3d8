#include "TpmNv.h"

#include "EsysMemory.h"
#include "Tpm.h"
#include "TpmError.h"

#include <QCoreApplication>
#include <QSet>
#include <cstring>
#include <openssl/crypto.h>
#include <tss2/tss2_mu.h>

namespace tpmvsc {

namespace {

void setOwnerAuth(Tpm& tpm, const Secret& ownerAuth)
{
    setAuth(tpm, ESYS_TR_RH_OWNER, ownerAuth);
}

// The owner's password is not the user's PIN: a wrong one must not read like one.
Error ownerAuthError()
{
    return Error(
        ErrorCode::OwnerAuthRequired,
        Sentence("TpmNv",
                 "The TPM's owner hierarchy is protected by a password, and it is needed to "
                 "create or remove a card's TPM counters: it was not given, or not that."),
        ErrorFacts{Credential::OwnerPassword, -1, Remedy::GiveOwnerPassword});
}

} // namespace

TPMS_NV_PUBLIC NvIndexSpec::publicArea(bool written) const
{
    TPMS_NV_PUBLIC pub{};
    pub.nvIndex = handle;
    pub.nameAlg = TPM2_ALG_SHA256;
    pub.attributes = attributes | (written ? TPMA_NV_WRITTEN : 0);
    pub.authPolicy.size = static_cast<UINT16>(authPolicy.size());
    std::memcpy(pub.authPolicy.buffer, authPolicy.constData(), size_t(authPolicy.size()));
    pub.dataSize = dataSize;
    return pub;
}

QByteArray NvIndexSpec::name(bool written) const
{
    return policy::nvName(publicArea(written));
}

bool NvIndexSpec::matches(const TPMS_NV_PUBLIC& pub) const
{
    return pub.nvIndex == handle && pub.nameAlg == TPM2_ALG_SHA256 &&
           (pub.attributes & ~TPMA_NV_WRITTEN) == attributes && pub.dataSize == dataSize &&
           QByteArray(reinterpret_cast<const char*>(pub.authPolicy.buffer), pub.authPolicy.size) ==
               authPolicy;
}

NvRef::NvRef(NvRef&& other) noexcept : m_esys(other.m_esys), m_handle(other.m_handle)
{
    other.m_handle = ESYS_TR_NONE;
}

NvRef& NvRef::operator=(NvRef&& other) noexcept
{
    if (this != &other) {
        if (m_handle != ESYS_TR_NONE && m_esys)
            Esys_TR_Close(m_esys, &m_handle);
        m_esys = other.m_esys;
        m_handle = other.m_handle;
        other.m_handle = ESYS_TR_NONE;
    }
    return *this;
}

NvRef::~NvRef()
{
    if (m_handle != ESYS_TR_NONE && m_esys)
        Esys_TR_Close(m_esys, &m_handle);
}

QList<TPM2_HANDLE> usedNvHandles(Tpm& tpm)
{
    QList<TPM2_HANDLE> used;
    TPM2_HANDLE next = kNvFirstHandle;
    const TPM2_HANDLE end = kNvFirstHandle + kNvHandleCount;
    TPMI_YES_NO more = TPM2_YES;
    while (more == TPM2_YES && next < end) {
        EsysPtr<TPMS_CAPABILITY_DATA> data;
        checkRc(Esys_GetCapability(tpm.esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                   TPM2_CAP_HANDLES, next, end - next, &more, data.out()),
                "Esys_GetCapability(handles)");
        const TPML_HANDLE& list = data->data.handles;
        if (list.count == 0)
            break;
        for (UINT32 i = 0; i < list.count; ++i) {
            if (list.handle[i] >= kNvFirstHandle && list.handle[i] < end)
                used.append(list.handle[i]);
        }
        next = list.handle[list.count - 1] + 1;
    }
    return used;
}

QList<TPM2_HANDLE> freeNvHandles(Tpm& tpm, int count)
{
    const QList<TPM2_HANDLE> list = usedNvHandles(tpm);
    const QSet<TPM2_HANDLE> used(list.cbegin(), list.cend());
    const TPM2_HANDLE end = kNvFirstHandle + kNvHandleCount;
    QList<TPM2_HANDLE> out;
    for (TPM2_HANDLE h = kNvFirstHandle; h < end && out.size() < count; ++h) {
        if (!used.contains(h))
            out.append(h);
    }
    if (out.size() < count)
        throw Error(
            ErrorCode::Capacity,
            Sentence("TpmNv",
                     "Every NV handle tpmvsc may use on this TPM is taken: remove cards, or "
                     "indices that belong to no card."),
            ErrorFacts{Credential::None, -1, Remedy::FreeNvSpace});
    return out;
}

NvRef defineNvIndex(Tpm& tpm, ESYS_TR session, const NvIndexSpec& spec, const Secret& authValue,
                    const Secret& ownerAuth)
{
    TPM2B_NV_PUBLIC info{};
    info.nvPublic = spec.publicArea(false);
    TPM2B_AUTH auth = tpmAuth(authValue);
    setOwnerAuth(tpm, ownerAuth);
    useSession(tpm, session, true, false);
    const EsysScrub scrub(tpm.esys());
    ESYS_TR handle = ESYS_TR_NONE;
    const TSS2_RC rc = Esys_NV_DefineSpace(tpm.esys(), ESYS_TR_RH_OWNER, session, ESYS_TR_NONE,
                                           ESYS_TR_NONE, &auth, &info, &handle);
    OPENSSL_cleanse(&auth, sizeof auth);
    setOwnerAuth(tpm, Secret());
    const TSS2_RC base = tpmBaseCode(rc);
    if (isAuthFailure(rc))
        throw ownerAuthError();
    if (base == TPM2_RC_NV_SPACE)
        throw Error(ErrorCode::Capacity,
                    Sentence("TpmNv",
                             "The TPM has no NV memory left for this card's counters. Remove cards "
                             "you no longer use, or indices that belong to no card."),
                    ErrorFacts{Credential::None, -1, Remedy::FreeNvSpace});
    if (base == TPM2_RC_ATTRIBUTES || base == TPM2_RC_TYPE)
        throw Error(
            ErrorCode::Unsupported,
            Sentence("TpmNv",
                     "This TPM cannot hold a PIN counter (NV index of type PIN_FAIL, TPM 2.0 "
                     "revision 1.16 or later): tpmvsc cannot protect a card's PIN on it."));
    checkRc(rc, "Esys_NV_DefineSpace");
    return NvRef(tpm.esys(), handle);
}

std::optional<TPMS_NV_PUBLIC> readNvPublic(Tpm& tpm, TPM2_HANDLE handle)
{
    ESYS_TR ref = ESYS_TR_NONE;
    const TSS2_RC rc =
        Esys_TR_FromTPMPublic(tpm.esys(), handle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &ref);
    const TSS2_RC base = tpmBaseCode(rc);
    if (base == TPM2_RC_HANDLE)
        return std::nullopt;
    checkRc(rc, "Esys_TR_FromTPMPublic(NV)");
    NvRef owned(tpm.esys(), ref);
    EsysPtr<TPM2B_NV_PUBLIC> pub;
    checkRc(Esys_NV_ReadPublic(tpm.esys(), ref, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, pub.out(),
                               nullptr),
            "Esys_NV_ReadPublic");
    return pub->nvPublic;
}

void undefineNvIndex(Tpm& tpm, ESYS_TR session, TPM2_HANDLE handle, const Secret& ownerAuth)
{
    ESYS_TR ref = ESYS_TR_NONE;
    checkRc(
        Esys_TR_FromTPMPublic(tpm.esys(), handle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &ref),
        "Esys_TR_FromTPMPublic(NV)");
    setOwnerAuth(tpm, ownerAuth);
    useSession(tpm, session, false, false);
    const TSS2_RC rc = Esys_NV_UndefineSpace(tpm.esys(), ESYS_TR_RH_OWNER, ref, session,
                                             ESYS_TR_NONE, ESYS_TR_NONE);
    setOwnerAuth(tpm, Secret());
    if (rc == TSS2_RC_SUCCESS)
        return; // ESYS has dropped its reference with the index
    Esys_TR_Close(tpm.esys(), &ref);
    if (isAuthFailure(rc))
        throw ownerAuthError();
    checkRc(rc, "Esys_NV_UndefineSpace");
}

NvRef openNvIndex(Tpm& tpm, TPM2_HANDLE handle, const QByteArray& expectedName)
{
    ESYS_TR ref = ESYS_TR_NONE;
    const TSS2_RC rc =
        Esys_TR_FromTPMPublic(tpm.esys(), handle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &ref);
    const Error gone(ErrorCode::NotFound,
                     Sentence("TpmNv",
                              "The card's counter in the TPM (NV index 0x%1) is gone or has been "
                              "replaced: the card cannot be used any more. Destroy it.")
                         .arg(handle, 8, 16, QLatin1Char('0')));
    if (tpmBaseCode(rc) == TPM2_RC_HANDLE)
        throw gone;
    checkRc(rc, "Esys_TR_FromTPMPublic(NV)");
    NvRef owned(tpm.esys(), ref);
    EsysPtr<TPM2B_NAME> name;
    checkRc(Esys_TR_GetName(tpm.esys(), ref, name.out()), "Esys_TR_GetName");
    if (QByteArray(reinterpret_cast<const char*>(name->name), name->size) != expectedName)
        throw gone;
    return owned;
}

TpmObject startPolicySession(Tpm& tpm)
{
    TPMT_SYM_DEF symmetric{};
    symmetric.algorithm = TPM2_ALG_NULL;
    ESYS_TR session = ESYS_TR_NONE;
    checkRc(Esys_StartAuthSession(tpm.esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                  ESYS_TR_NONE, ESYS_TR_NONE, nullptr, TPM2_SE_POLICY, &symmetric,
                                  TPM2_ALG_SHA256, &session),
            "Esys_StartAuthSession(policy)");
    return TpmObject(tpm.esys(), session);
}

namespace {
// TPM2_PolicySecret's answer, with `authValue` given to ESYS only for the command.
TSS2_RC tryPolicySecret(Tpm& tpm, ESYS_TR policySession, ESYS_TR entity, const Secret& authValue,
                        ESYS_TR hmacSession)
{
    setAuth(tpm, entity, authValue);
    useSession(tpm, hmacSession, false, false);
    TPM2B_NONCE nonce{};
    TPM2B_DIGEST cpHash{};
    TPM2B_NONCE policyRef{};
    const TSS2_RC rc =
        Esys_PolicySecret(tpm.esys(), entity, policySession, hmacSession, ESYS_TR_NONE,
                          ESYS_TR_NONE, &nonce, &cpHash, &policyRef, 0, nullptr, nullptr);
    // ESYS keeps the value with the reference; it is not needed any more.
    setAuth(tpm, entity, Secret());
    return rc;
}
} // namespace

void policySecret(Tpm& tpm, ESYS_TR policySession, ESYS_TR entity, const Secret& authValue,
                  ESYS_TR hmacSession)
{
    checkRc(tryPolicySecret(tpm, policySession, entity, authValue, hmacSession),
            "Esys_PolicySecret");
}

void checkOwnerAuth(Tpm& tpm, ESYS_TR hmacSession, const Secret& ownerAuth)
{
    if (ownerAuth.empty() && !tpm.ownerAuthSet())
        return;
    TpmObject policySession = startPolicySession(tpm);
    const TSS2_RC rc =
        tryPolicySecret(tpm, policySession.handle(), ESYS_TR_RH_OWNER, ownerAuth, hmacSession);
    if (isAuthFailure(rc))
        throw ownerAuthError();
    checkRc(rc, "Esys_PolicySecret(owner)");
}

void policyNvEquals(Tpm& tpm, ESYS_TR policySession, ESYS_TR nv, std::uint64_t value)
{
    TPM2B_OPERAND operand{};
    operand.size = 8;
    for (int i = 0; i < 8; ++i)
        operand.buffer[i] = static_cast<BYTE>(value >> (56 - 8 * i));
    setAuth(tpm, nv, Secret());
    checkRc(Esys_PolicyNV(tpm.esys(), nv, nv, policySession, ESYS_TR_PASSWORD, ESYS_TR_NONE,
                          ESYS_TR_NONE, &operand, 0, TPM2_EO_EQ),
            "Esys_PolicyNV");
}

void policyCommandCode(Tpm& tpm, ESYS_TR policySession, TPM2_CC code)
{
    checkRc(Esys_PolicyCommandCode(tpm.esys(), policySession, ESYS_TR_NONE, ESYS_TR_NONE,
                                   ESYS_TR_NONE, code),
            "Esys_PolicyCommandCode");
}

void policyOrPath(Tpm& tpm, ESYS_TR policySession, const QList<QList<policy::Digest>>& path)
{
    for (const QList<policy::Digest>& step : path) {
        TPML_DIGEST list{};
        list.count = static_cast<UINT32>(step.size());
        for (qsizetype i = 0; i < step.size(); ++i) {
            list.digests[i].size = static_cast<UINT16>(step[i].size());
            std::memcpy(list.digests[i].buffer, step[i].constData(), size_t(step[i].size()));
        }
        checkRc(Esys_PolicyOR(tpm.esys(), policySession, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                              &list),
                "Esys_PolicyOR");
    }
}

void endWithCommand(Tpm& tpm, TpmObject& policySession)
{
    checkRc(Esys_TRSess_SetAttributes(tpm.esys(), policySession.handle(), 0,
                                      TPMA_SESSION_CONTINUESESSION),
            "Esys_TRSess_SetAttributes");
}

void nvWrite(Tpm& tpm, ESYS_TR nv, TpmObject& policySession, const QByteArray& data)
{
    TPM2B_MAX_NV_BUFFER buffer{};
    buffer.size = static_cast<UINT16>(data.size());
    std::memcpy(buffer.buffer, data.constData(), size_t(data.size()));
    endWithCommand(tpm, policySession);
    checkRc(Esys_NV_Write(tpm.esys(), nv, nv, policySession.handle(), ESYS_TR_NONE, ESYS_TR_NONE,
                          &buffer, 0),
            "Esys_NV_Write");
    policySession.release();
}

void nvChangeAuth(Tpm& tpm, ESYS_TR nv, TpmObject& policySession, ESYS_TR encryptSession,
                  const Secret& newAuth)
{
    TPM2B_AUTH auth = tpmAuth(newAuth);
    endWithCommand(tpm, policySession);
    const EsysScrub scrub(tpm.esys());
    useSession(tpm, encryptSession, true, false);
    const TSS2_RC rc = Esys_NV_ChangeAuth(tpm.esys(), nv, policySession.handle(), encryptSession,
                                          ESYS_TR_NONE, &auth);
    OPENSSL_cleanse(&auth, sizeof auth);
    checkRc(rc, "Esys_NV_ChangeAuth");
    policySession.release();
    setAuth(tpm, nv, Secret());
}

QByteArray nvReadWithPolicy(Tpm& tpm, ESYS_TR nv, TpmObject& policySession, std::uint16_t size)
{
    EsysPtr<TPM2B_MAX_NV_BUFFER> data;
    endWithCommand(tpm, policySession);
    checkRc(Esys_NV_Read(tpm.esys(), nv, nv, policySession.handle(), ESYS_TR_NONE, ESYS_TR_NONE,
                         size, 0, data.out()),
            "Esys_NV_Read");
    policySession.release();
    return QByteArray(reinterpret_cast<const char*>(data->buffer), data->size);
}

QByteArray nvReadOpen(Tpm& tpm, ESYS_TR nv, std::uint16_t size)
{
    setAuth(tpm, nv, Secret());
    EsysPtr<TPM2B_MAX_NV_BUFFER> data;
    checkRc(Esys_NV_Read(tpm.esys(), nv, nv, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE, size, 0,
                         data.out()),
            "Esys_NV_Read");
    return QByteArray(reinterpret_cast<const char*>(data->buffer), data->size);
}

void nvIncrementOpen(Tpm& tpm, ESYS_TR nv)
{
    setAuth(tpm, nv, Secret());
    checkRc(Esys_NV_Increment(tpm.esys(), nv, nv, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE),
            "Esys_NV_Increment");
}

std::uint64_t bigEndian64(const QByteArray& bytes)
{
    std::uint64_t value = 0;
    for (qsizetype i = 0; i < 8 && i < bytes.size(); ++i)
        value = (value << 8) | static_cast<std::uint8_t>(bytes[i]);
    return value;
}

} // namespace tpmvsc
