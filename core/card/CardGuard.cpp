#include "CardGuard.h"

#include "core/tpm/PolicySecretUnseal.h"
#include "core/tpm/Tpm.h"
#include "core/tpm/TpmError.h"
#include "core/tpm/TpmNv.h"
#include "core/tpm/TpmObjects.h"

#include <QCoreApplication>

namespace tpmvsc {

namespace {

// P and K: counted by the TPM (PIN_FAIL), never by the global lockout (NO_DA); their
// authValue serves PolicySecret (AUTHREAD), everything else goes through their policy.
constexpr TPMA_NV kPinIndexAttributes = (TPM2_NT_PIN_FAIL << TPMA_NV_TPM2_NT_SHIFT) |
                                        TPMA_NV_AUTHREAD | TPMA_NV_POLICYREAD |
                                        TPMA_NV_POLICYWRITE | TPMA_NV_NO_DA;
// C: read and stepped by anyone (stepping only uses challenges up).
constexpr TPMA_NV kCounterAttributes = (TPM2_NT_COUNTER << TPMA_NV_TPM2_NT_SHIFT) |
                                       TPMA_NV_AUTHREAD | TPMA_NV_AUTHWRITE | TPMA_NV_NO_DA;

QByteArray witnessName(const CardGuardRecord& g)
{
    return policy::objectName(g.witness.publicArea);
}

policy::Digest byWitness(const CardGuardRecord& g)
{
    return policy::secret(policy::initial(), witnessName(g));
}

// A branch that allows one command only: NV_ChangeAuth needs the ADMIN role, for which
// the TPM insists on PolicyCommandCode; NV_Write gets it too, so that no branch allows
// more than it is for.
policy::Digest only(const policy::Digest& d, TPM2_CC command)
{
    return policy::commandCode(d, command);
}

policy::Digest byReading()
{
    return policy::commandCode(policy::initial(), TPM2_CC_NV_Read);
}

policy::Digest byAdmin(const CardGuardRecord& g, const CardRecord& card, int i)
{
    const policy::Digest afterCounter =
        policy::nvEquals(policy::initial(), g.adminCounter->name, g.adminCounterBase + 2 * i + 1);
    return policy::secret(afterCounter,
                          policy::objectName(card.adminChallenges[i].sealedSecret.publicArea));
}

// Branch positions in the trees of P and K: each authority has a branch for NV_ChangeAuth
// and one for NV_Write, side by side, then the reading branch.
int commandOffset(TPM2_CC command)
{
    return command == TPM2_CC_NV_Write ? 1 : 0;
}
constexpr int kWitnessBranch = 0;
constexpr int kReadBranch = 2;
constexpr int kPukBranch = 3;

QList<policy::Digest> pinBranches(const CardRecord& card)
{
    const CardGuardRecord& g = *card.guard;
    const policy::Digest w = byWitness(g);
    QList<policy::Digest> branches{only(w, TPM2_CC_NV_ChangeAuth), only(w, TPM2_CC_NV_Write),
                                   byReading()};
    if (g.pukIndex) {
        const policy::Digest k = policy::secret(policy::initial(), g.pukIndex->name);
        branches << only(k, TPM2_CC_NV_ChangeAuth) << only(k, TPM2_CC_NV_Write);
    }
    if (g.adminCounter) {
        for (int i = 0; i < card.adminChallenges.size(); ++i) {
            const policy::Digest a = byAdmin(g, card, i);
            branches << only(a, TPM2_CC_NV_ChangeAuth) << only(a, TPM2_CC_NV_Write);
        }
    }
    return branches;
}

int adminBranch(const CardRecord& card, int i)
{
    return (card.guard->pukIndex ? kPukBranch + 2 : kPukBranch) + 2 * i;
}

QList<policy::Digest> pukBranches(const CardGuardRecord& g)
{
    const policy::Digest w = byWitness(g);
    return {only(w, TPM2_CC_NV_ChangeAuth), only(w, TPM2_CC_NV_Write), byReading()};
}

QByteArray countBytes(std::uint32_t count, std::uint32_t limit)
{
    QByteArray out(8, '\0');
    for (int i = 0; i < 4; ++i) {
        out[i] = static_cast<char>(count >> (24 - 8 * i));
        out[4 + i] = static_cast<char>(limit >> (24 - 8 * i));
    }
    return out;
}

// Runs the witness branch: W loaded, its authValue (the card secret) proven.
void satisfyByWitness(GuardTpm& t, const CardGuardRecord& g, ESYS_TR policySession,
                      const Secret& cardSecret)
{
    TpmObject witness = loadBlob(t.tpm, t.primary, t.session, g.witness);
    policySecret(t.tpm, policySession, witness.handle(), cardSecret, t.session);
}

void satisfyAdmin(GuardTpm& t, const CardRecord& card, ESYS_TR policySession, int i,
                  const Secret& responseAuth)
{
    const CardGuardRecord& g = *card.guard;
    NvRef counter = openNvIndex(t.tpm, g.adminCounter->handle, g.adminCounter->name);
    policyNvEquals(t.tpm, policySession, counter.handle(), g.adminCounterBase + 2 * i + 1);
    TpmObject proof = loadBlob(t.tpm, t.primary, t.session, card.adminChallenges[i].sealedSecret);
    policySecret(t.tpm, policySession, proof.handle(), responseAuth, t.session);
}

// A policy session that satisfies P's branch for `by` and `command`, ORed up to P's
// authPolicy.
TpmObject pinPolicySession(GuardTpm& t, const CardRecord& card, const GuardAuthority& by,
                           TPM2_CC command)
{
    const CardGuardRecord& g = *card.guard;
    TpmObject session = startPolicySession(t.tpm);
    int branch = kWitnessBranch;
    switch (by.kind) {
    case GuardAuthority::Kind::CardSecret:
        satisfyByWitness(t, g, session.handle(), *by.value);
        break;
    case GuardAuthority::Kind::Puk: {
        NvRef puk = openNvIndex(t.tpm, g.pukIndex->handle, g.pukIndex->name);
        policySecret(t.tpm, session.handle(), puk.handle(), *by.value, t.session);
        branch = kPukBranch;
        break;
    }
    case GuardAuthority::Kind::Admin:
        satisfyAdmin(t, card, session.handle(), by.adminIndex, *by.value);
        branch = adminBranch(card, by.adminIndex);
        break;
    }
    policyCommandCode(t.tpm, session.handle(), command);
    policyOrPath(t.tpm, session.handle(),
                 policy::OrTree(pinBranches(card)).path(branch + commandOffset(command)));
    return session;
}

// A session for writing K's count, by the card secret.
TpmObject pukWriteSession(GuardTpm& t, const CardGuardRecord& g, const Secret& cardSecret)
{
    TpmObject session = startPolicySession(t.tpm);
    satisfyByWitness(t, g, session.handle(), cardSecret);
    policyCommandCode(t.tpm, session.handle(), TPM2_CC_NV_Write);
    policyOrPath(t.tpm, session.handle(), policy::OrTree(pukBranches(g)).path(kWitnessBranch + 1));
    return session;
}

int readTriesLeft(GuardTpm& t, const NvIndexRecord& index, const QList<policy::Digest>& branches)
{
    NvRef nv = openNvIndex(t.tpm, index.handle, index.name);
    TpmObject session = startPolicySession(t.tpm);
    policyCommandCode(t.tpm, session.handle(), TPM2_CC_NV_Read);
    policyOrPath(t.tpm, session.handle(), policy::OrTree(branches).path(kReadBranch));
    const QByteArray data = nvReadWithPolicy(t.tpm, nv.handle(), session, 8);
    const std::uint64_t both = bigEndian64(data);
    const auto count = static_cast<std::uint32_t>(both >> 32);
    const auto limit = static_cast<std::uint32_t>(both);
    return count >= limit ? 0 : static_cast<int>(limit - count);
}

NvIndexSpec pinIndexSpec(std::uint32_t handle, const QList<policy::Digest>& branches)
{
    return NvIndexSpec{handle, kPinIndexAttributes, policy::OrTree(branches).root(), 8};
}

} // namespace

void buildGuard(GuardTpm& t, CardRecord& card, const Secret& cardSecret, const Secret& pinAuth,
                const Secret* pukAuth, const QList<Secret>& adminAuthValues,
                const Secret& ownerAuth, const std::function<void()>& persist)
{
    card.state = CardState::Creating;
    card.guard = CardGuardRecord{};
    CardGuardRecord& g = *card.guard;
    g.witness = createProofObject(t.tpm, t.primary, t.session, cardSecret);
    for (qsizetype i = 0; i < card.adminChallenges.size(); ++i)
        card.adminChallenges[i].sealedSecret =
            createProofObject(t.tpm, t.primary, t.session, adminAuthValues[i]);

    const bool admin = !card.adminChallenges.isEmpty();
    const QList<TPM2_HANDLE> handles =
        freeNvHandles(t.tpm, 1 + (pukAuth ? 1 : 0) + (admin ? 1 : 0));
    qsizetype next = 0;

    if (admin) {
        const NvIndexSpec counter{handles[next++], kCounterAttributes, byWitness(g), 8};
        g.adminCounter = NvIndexRecord{counter.handle, counter.name(true)};
        persist();
        NvRef c = defineNvIndex(t.tpm, t.session, counter, Secret(), ownerAuth);
        nvIncrementOpen(t.tpm, c.handle());
        g.adminCounterBase = bigEndian64(nvReadOpen(t.tpm, c.handle(), 8));
    }

    std::optional<NvIndexSpec> pukSpec;
    if (pukAuth) {
        pukSpec = pinIndexSpec(handles[next++], pukBranches(g));
        g.pukIndex = NvIndexRecord{pukSpec->handle, pukSpec->name(true)};
    }
    // P's branches name W, K and C, so P comes last.
    const NvIndexSpec pinSpec = pinIndexSpec(handles[next++], pinBranches(card));
    g.pinIndex = NvIndexRecord{pinSpec.handle, pinSpec.name(true)};
    persist();

    const QByteArray fresh = countBytes(0, std::uint32_t(card.pinMaxTries));
    if (pukSpec) {
        NvRef k = defineNvIndex(t.tpm, t.session, *pukSpec, *pukAuth, ownerAuth);
        TpmObject session = pukWriteSession(t, g, cardSecret);
        nvWrite(t.tpm, k.handle(), session, countBytes(0, std::uint32_t(card.pukMaxTries)));
    }
    {
        NvRef p = defineNvIndex(t.tpm, t.session, pinSpec, pinAuth, ownerAuth);
        TpmObject session =
            pinPolicySession(t, card, GuardAuthority::cardSecret(cardSecret), TPM2_CC_NV_Write);
        nvWrite(t.tpm, p.handle(), session, fresh);
    }
    g.sealedSecret =
        sealUnderPolicy(t.tpm, t.primary, t.session,
                        policy::secret(policy::initial(), g.pinIndex.name), cardSecret);
    card.pinTriesLeft = card.pinMaxTries;
    card.pukTriesLeft = card.pukMaxTries;
    card.adminNext = 0;
}

Secret unlockGuard(Tpm& tpm, ESYS_TR storageKey, const CardRecord& card, const Secret& pinAuth,
                   wire::LoadedHandle* keptSession)
{
    // The index's Name goes into the PolicySecret HMAC: an index replaced at the same
    // handle (another Name) refuses it, and the sealed secret's policy names P itself.
    const CardGuardRecord& g = *card.guard;
    return unsealBehindIndexSecret(tpm, storageKey, g.sealedSecret, g.pinIndex.handle,
                                   g.pinIndex.name, pinAuth, keptSession);
}

int readPinTriesLeft(GuardTpm& t, const CardRecord& card)
{
    return readTriesLeft(t, card.guard->pinIndex, pinBranches(card));
}

int readPukTriesLeft(GuardTpm& t, const CardRecord& card)
{
    return readTriesLeft(t, *card.guard->pukIndex, pukBranches(*card.guard));
}

void setGuardPin(GuardTpm& t, const CardRecord& card, const GuardAuthority& by,
                 const Secret* newPinAuth, bool resetCount)
{
    const CardGuardRecord& g = *card.guard;
    NvRef pin = openNvIndex(t.tpm, g.pinIndex.handle, g.pinIndex.name);
    // The new PIN first: a crash before the count is reset leaves the new PIN set and the
    // old one dead, and the same authority can finish the job.
    if (newPinAuth) {
        TpmObject session = pinPolicySession(t, card, by, TPM2_CC_NV_ChangeAuth);
        nvChangeAuth(t.tpm, pin.handle(), session, t.session, *newPinAuth);
    }
    if (resetCount) {
        TpmObject session = pinPolicySession(t, card, by, TPM2_CC_NV_Write);
        nvWrite(t.tpm, pin.handle(), session, countBytes(0, std::uint32_t(card.pinMaxTries)));
    }
}

void resetGuardPuk(GuardTpm& t, const CardRecord& card, const Secret& cardSecret)
{
    const CardGuardRecord& g = *card.guard;
    NvRef puk = openNvIndex(t.tpm, g.pukIndex->handle, g.pukIndex->name);
    TpmObject session = pukWriteSession(t, g, cardSecret);
    nvWrite(t.tpm, puk.handle(), session, countBytes(0, std::uint32_t(card.pukMaxTries)));
}

void proveGuardPuk(GuardTpm& t, const CardRecord& card, const Secret& pukAuth)
{
    const CardGuardRecord& g = *card.guard;
    NvRef puk = openNvIndex(t.tpm, g.pukIndex->handle, g.pukIndex->name);
    TpmObject session = startPolicySession(t.tpm);
    policySecret(t.tpm, session.handle(), puk.handle(), pukAuth, t.session);
}

namespace {
// The counter's steps since the card was made, with an attempt that was interrupted
// (odd: claimed, never closed) closed first.
std::uint64_t closedSteps(GuardTpm& t, const CardGuardRecord& g, const NvRef& counter)
{
    std::uint64_t steps = bigEndian64(nvReadOpen(t.tpm, counter.handle(), 8)) - g.adminCounterBase;
    if (steps % 2 == 1) {
        nvIncrementOpen(t.tpm, counter.handle());
        ++steps;
    }
    return steps;
}
} // namespace

int adminNextIndex(GuardTpm& t, const CardRecord& card)
{
    const CardGuardRecord& g = *card.guard;
    NvRef counter = openNvIndex(t.tpm, g.adminCounter->handle, g.adminCounter->name);
    const std::uint64_t next = closedSteps(t, g, counter) / 2;
    const auto stock = std::uint64_t(card.adminChallenges.size());
    return int(next > stock ? stock : next);
}

void claimAdminChallenge(GuardTpm& t, const CardRecord& card, int index)
{
    const CardGuardRecord& g = *card.guard;
    NvRef counter = openNvIndex(t.tpm, g.adminCounter->handle, g.adminCounter->name);
    if (closedSteps(t, g, counter) != 2 * std::uint64_t(index))
        throw Error(ErrorCode::NotFound,
                    Sentence("CardGuard",
                             "That challenge has been used already. Ask for a new challenge."));
    nvIncrementOpen(t.tpm, counter.handle());
}

void closeAdminChallenge(GuardTpm& t, const CardRecord& card)
{
    const CardGuardRecord& g = *card.guard;
    NvRef counter = openNvIndex(t.tpm, g.adminCounter->handle, g.adminCounter->name);
    nvIncrementOpen(t.tpm, counter.handle());
}

void proveAdminResponse(GuardTpm& t, const CardRecord& card, int index, const Secret& responseAuth)
{
    TpmObject session = startPolicySession(t.tpm);
    satisfyAdmin(t, card, session.handle(), index, responseAuth);
}

void removeGuard(GuardTpm& t, const CardGuardRecord& g, const Secret& ownerAuth, int* removed)
{
    QList<NvIndexRecord> indices{g.pinIndex};
    if (g.pukIndex)
        indices.append(*g.pukIndex);
    if (g.adminCounter)
        indices.append(*g.adminCounter);
    for (const NvIndexRecord& index : indices) {
        if (index.handle == 0)
            continue;
        std::optional<TPMS_NV_PUBLIC> pub = readNvPublic(t.tpm, index.handle);
        if (!pub)
            continue;
        pub->attributes |= TPMA_NV_WRITTEN;
        if (policy::nvName(*pub) != index.name)
            continue; // not ours (any more): someone else's index under that handle
        undefineNvIndex(t.tpm, t.session, index.handle, ownerAuth);
        if (removed)
            ++*removed;
    }
}

} // namespace tpmvsc
