#include "CardService.h"

#include "AdminResponse.h"
#include "AikEnrollment.h"
#include "CardEdit.h"
#include "CardGuard.h"
#include "CardSecrets.h"
#include "CardSession.h"
#include "PublicKeyExport.h"
#include "core/store/CardStore.h"
#include "core/store/InstanceId.h"
#include "core/tpm/AttestationKey.h"
#include "core/tpm/EkCertificate.h"
#include "core/tpm/Tpm.h"
#include "core/tpm/TpmError.h"
#include "core/tpm/TpmNv.h"
#include "core/tpm/TpmObjects.h"
#include "core/tpm/TpmWire.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace tpmvsc {

namespace {

constexpr int kMaxTriesLimit = CardRecord::kMaxTries;
constexpr int kMaxAdminStock = 100;
constexpr int kMaxNameLength = CardRecord::kMaxTextLength;
constexpr int kMaxLabelLength = CardRecord::kMaxTextLength;

} // namespace

// The storage primary and a salted session of one operation.
struct TpmContext {
    TpmObject primary;
    TpmObject session;
};

namespace {

// The primary and session, after checking that this TPM is the one the card was made on
// (its primary's Name matches).
TpmObject openPrimary(Tpm& tpm, const QByteArray& expectedPrimaryName, QByteArray* primaryName)
{
    QByteArray name;
    TpmObject primary = createStoragePrimary(tpm, &name, expectedPrimaryName);
    if (!expectedPrimaryName.isEmpty() && name != expectedPrimaryName)
        throw Error(
            ErrorCode::WrongTpm,
            Sentence("CardService",
                     "This card was made on another TPM (or this TPM has been cleared since): "
                     "its keys cannot be used here."));
    if (primaryName)
        *primaryName = name;
    return primary;
}

TpmContext openTpm(Tpm& tpm, const QByteArray& expectedPrimaryName, QByteArray* primaryName)
{
    TpmContext ctx;
    ctx.primary = openPrimary(tpm, expectedPrimaryName, primaryName);
    ctx.session = startSaltedSession(tpm, ctx.primary.handle());
    return ctx;
}

GuardTpm guardTpm(Tpm& tpm, TpmContext& ctx)
{
    return GuardTpm{tpm, ctx.primary.handle(), ctx.session.handle()};
}

Secret unsealBlob(Tpm& tpm, TpmContext& ctx, const TpmBlob& blob, const Secret& authValue)
{
    TpmObject object = loadBlob(tpm, ctx.primary.handle(), ctx.session.handle(), blob);
    return unsealSecret(tpm, object.handle(), ctx.session.handle(), authValue);
}

void checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidInput, Sentence("CardService", "The card needs a name."));
    if (name.size() > kMaxNameLength)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService", "The card name is too long (at most %1 characters).")
                        .arg(kMaxNameLength));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            throw Error(
                ErrorCode::InvalidInput,
                Sentence("CardService", "The card name must not contain control characters."));
    }
}

// What the user can still do once the PIN is blocked.
Remedy unblockRemedies(const CardRecord& card)
{
    const bool puk = card.hasPuk() && card.pukTriesLeft > 0;
    const int resets = card.guard ? int(card.adminChallenges.size()) - card.adminNext
                                  : int(card.adminChallenges.size());
    const bool admin = resets > 0 && card.adminTriesLeft > 0;
    if (!puk && !admin)
        return Remedy::ReplaceCard;
    return (puk ? Remedy::UnblockWithPuk : Remedy::None) |
           (admin ? Remedy::ResetByAdministrator : Remedy::None);
}

ErrorFacts pinFacts(const CardRecord& card, int left)
{
    return ErrorFacts{Credential::Pin, left, left <= 0 ? unblockRemedies(card) : Remedy::None};
}

ErrorFacts pukFacts(int left)
{
    return ErrorFacts{Credential::Puk, left, Remedy::None};
}

ErrorFacts adminFacts(int left)
{
    return ErrorFacts{Credential::AdminResponse, left, Remedy::None};
}

// Told the same way by asking for a challenge, answering one, and resetting with one.
Error adminResetBlocked()
{
    return Error(ErrorCode::Blocked,
                 Sentence("CardService",
                          "Admin reset is blocked on this card after too many wrong responses."),
                 adminFacts(0));
}

Error unknownChallenge(const QByteArray& challenge)
{
    return Error(ErrorCode::NotFound,
                 Sentence("CardService",
                          "The challenge %1 is not one this card can answer (already used?). Ask "
                          "for a new challenge.")
                     .arg(formatGrouped(challenge)));
}

// The challenge an admin response answers: refused when admin reset is blocked or the
// card cannot answer it (never issued, or used up). The last entry wins, as a challenge
// is only ever issued once.
int answerableChallenge(const CardRecord& card, const QByteArray& challenge)
{
    if (card.adminTriesLeft <= 0)
        throw adminResetBlocked();
    int found = -1;
    for (qsizetype i = 0; i < card.adminChallenges.size(); ++i) {
        if (card.adminChallenges[i].challenge == challenge)
            found = int(i);
    }
    if (found < 0)
        throw unknownChallenge(challenge);
    return found;
}

CardRecord loadReady(const CardStore& store, int instance)
{
    CardRecord card = store.load(instance);
    refuseUnfinished(card);
    return card;
}

void refuseIfBlocked(const CardRecord& card)
{
    if (card.pinBlocked())
        throw Error(ErrorCode::Blocked,
                    Sentence("CardService", "The card is blocked after too many wrong PINs."),
                    pinFacts(card, 0));
}

// What needs no TPM before a PUK is tried: the card has one, and it is not blocked.
void refuseUnusablePuk(const CardRecord& card)
{
    if (!card.hasPuk())
        throw Error(ErrorCode::NotFound,
                    Sentence("CardService", "This card has no PUK (it was created without one)."));
    if (card.pukTriesLeft <= 0)
        throw Error(ErrorCode::Blocked,
                    Sentence("CardService", "The PUK is blocked after too many wrong tries."),
                    pukFacts(0));
}

void refuseDuplicateKeyId(const CardRecord& card, const QByteArray& id)
{
    if (std::any_of(card.keys.cbegin(), card.keys.cend(),
                    [&id](const KeyRecord& k) { return k.id == id; }))
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService", "The card already has a key with ID %1.")
                        .arg(QString::fromLatin1(id.toHex())));
}

qsizetype keyIndex(const CardRecord& card, const QByteArray& keyId)
{
    for (qsizetype i = 0; i < card.keys.size(); ++i) {
        if (card.keys[i].id == keyId)
            return i;
    }
    throw Error(ErrorCode::NotFound, Sentence("CardService", "The card has no such key."));
}

KeyInfo keyInfo(const KeyRecord& k)
{
    return KeyInfo{k.id, k.label, k.algorithm, k.created, !k.certificate.isEmpty()};
}

// One counted attempt at a TPM-checked secret: unseals `blob` under `authValue` in `ctx`.
// The lowered counter is saved before the TPM sees the value, so killing the program
// mid-attempt still costs a try. A wrong value keeps the lowered counter; any other
// failure (the TPM gone, in lockout) rolls it back with the rest of the edit, so the card
// is exactly as it was.
Secret countedUnseal(Tpm& t, TpmContext& ctx, CardEdit& edit, int CardRecord::*triesLeft,
                     const TpmBlob& blob, const Secret& authValue,
                     const std::function<Error(int left)>& wrong)
{
    edit.card.*triesLeft -= 1;
    edit.save();
    try {
        return unsealBlob(t, ctx, blob, authValue);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::AuthFailed)
            throw;
        edit.keep();
        throw wrong(edit.card.*triesLeft);
    }
}

} // namespace

CardStatus cardStatus(const CardRecord& card)
{
    CardStatus s;
    s.instance = card.instance;
    s.instanceId = formatInstanceId(card.instance);
    s.name = card.name;
    s.created = card.created;
    s.pinPolicy = card.pinPolicy;
    s.pinMaxTries = card.pinMaxTries;
    s.pinTriesLeft = card.pinTriesLeft;
    s.blocked = card.pinBlocked();
    s.hasPuk = card.hasPuk();
    s.pukTriesLeft = s.hasPuk ? card.pukTriesLeft : 0;
    s.adminKeyMode = card.adminKeyMode;
    s.adminResetsLeft =
        static_cast<int>(card.adminChallenges.size()) -
        (card.guard ? std::min(card.adminNext, int(card.adminChallenges.size())) : 0);
    s.tpmHeldCounters = card.guard.has_value();
    s.adminTriesLeft = card.adminTriesLeft;
    s.unblock = unblockRemedies(card);
    s.fileSystem = card.fileSystem;
    s.attestationKey = card.aik.has_value();
    if (card.aik)
        s.attestationAuthority = card.aik->authority;
    for (const KeyRecord& k : card.keys) {
        s.keys.append(keyInfo(k));
        if (!k.certificate.isEmpty())
            ++s.certificates;
    }
    s.can.changePin = !s.blocked;
    s.can.unblockWithPuk = s.unblock & Remedy::UnblockWithPuk;
    s.can.adminReset = s.unblock & Remedy::ResetByAdministrator;
    s.can.initializeFileSystem = s.can.adminReset && !s.fileSystem;
    s.can.requestCertificate = s.fileSystem && !s.blocked;
    s.can.storeCertificate = !s.keys.isEmpty() && !s.blocked;
    s.can.readCertificates = s.certificates > 0;
    return s;
}

CardService::CardService(CardStore& store, TpmProvider tpm) : m_store(store), m_tpm(std::move(tpm))
{}

CardService::CardService(Tpm& tpm, CardStore& store)
    : m_store(store), m_tpm([&tpm]() -> Tpm& { return tpm; })
{}

CardService::~CardService() = default;

int CardService::create(const CreateOptions& o)
{
    // Every input is checked before the first TPM command.
    checkName(o.name);
    const Sentence policyProblem = o.pinPolicy.validate();
    if (!policyProblem.isEmpty())
        throw Error(ErrorCode::PolicyViolation, policyProblem);
    enforcePin(o.pinPolicy, o.pin);
    if (o.puk)
        enforcePuk(*o.puk);
    if (o.pinMaxTries < 1 || o.pinMaxTries > kMaxTriesLimit)
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("CardService", "PIN tries must be between 1 and %1.").arg(kMaxTriesLimit));
    const bool managed = o.adminKeyMode != AdminKeyMode::Random;
    if (managed && o.adminKey.size() != static_cast<std::size_t>(kAdminKeySize))
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("CardService", "The admin key must be 24 bytes (48 hexadecimal digits)."));
    // A typed key whose parts repeat is single DES; DEFAULT is Windows' well-known key.
    if (o.adminKeyMode == AdminKeyMode::Prompt) {
        if (const AdminKeyWeakness weak = adminKeyWeakness(o.adminKey))
            throw Error(ErrorCode::InvalidInput, weak.text());
    }
    const int stock = managed ? o.adminResetStock : 0;
    if (stock < 0 || stock > kMaxAdminStock)
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("CardService", "Admin resets must be between 0 and %1.").arg(kMaxAdminStock));

    CardRecord card;
    card.name = o.name;
    {
        const Secret id = Secret::random(CardRecord::kCardIdSize);
        card.cardId = QByteArray(reinterpret_cast<const char*>(id.data()), CardRecord::kCardIdSize);
    }
    card.created = QDateTime::currentDateTimeUtc();
    card.pinPolicy = o.pinPolicy;
    card.pinMaxTries = card.pinTriesLeft = o.pinMaxTries;
    card.pukMaxTries = card.pukTriesLeft = o.pinMaxTries;
    card.adminMaxTries = card.adminTriesLeft = o.pinMaxTries;
    card.adminKeyMode = o.adminKeyMode;
    card.fileSystem = o.generate;

    finishInterrupted(o.ownerAuth);
    Tpm& t = tpm();
    TpmContext ctx = openTpm(t, QByteArray(), &card.primaryName);
    const Secret cardSecret = Secret::random(kCardSecretSize);
    // Before the card's file exists: a failure leaves no card behind.
    if (o.attestationKey) {
        card.aik = AttestationKeyRecord{
            createAttestationKey(t, ctx.primary.handle(), ctx.session.handle(), cardSecret),
            card.created,
            {},
            {}};
        if (o.attestationCa) {
            AikCertificates certified =
                certifyAttestationKey(t, ctx.primary.handle(), ctx.session.handle(), card.aik->blob,
                                      cardSecret, *o.attestationCa);
            card.aik->certificates = std::move(certified.chain);
            card.aik->authority = std::move(certified.authority);
        }
    }
    const std::optional<Secret> pukAuth =
        o.puk ? std::optional<Secret>(pukAuthValue(card.cardId, *o.puk)) : std::nullopt;
    buildNewGuard(ctx, card, cardSecret, pinAuthValue(card.cardId, o.pin),
                  pukAuth ? &*pukAuth : nullptr, stock, o.adminKey, o.ownerAuth);
    return card.instance;
}

void CardService::buildNewGuard(TpmContext& ctx, CardRecord& card, const Secret& cardSecret,
                                const Secret& pinAuth, const Secret* pukAuth, int stock,
                                const Secret& adminKey, const Secret& ownerAuth)
{
    Tpm& t = tpm();
    // While the admin key is known, precompute the stock of resets; then forget it.
    card.adminChallenges.clear();
    QList<Secret> adminAuths;
    for (int i = 0; i < stock; ++i) {
        AdminChallenge entry;
        const Secret challenge = Secret::random(kChallengeSize);
        entry.challenge =
            QByteArray(reinterpret_cast<const char*>(challenge.data()), kChallengeSize);
        adminAuths.append(adminAuthValue(card.cardId, entry.challenge,
                                         computeAdminResponse(adminKey, entry.challenge)));
        card.adminChallenges.append(entry);
    }
    // The file exists (state Creating, this card's lock held) before the first NV index:
    // a crash from here on leaves a record that finishInterrupted() clears away (or, for
    // an upgrade, turns back into the card it was).
    std::optional<StoreLock> lock;
    const bool fresh = card.instance < 0;
    const CardRecord before = card;
    auto persist = [&] {
        if (card.instance < 0)
            m_store.create(card, &lock);
        else
            m_store.save(card);
    };
    checkOwnerAuth(t, ctx.session.handle(), ownerAuth);
    GuardTpm g = guardTpm(t, ctx);
    try {
        buildGuard(g, card, cardSecret, pinAuth, pukAuth, adminAuths, ownerAuth, persist);
    } catch (...) {
        if (card.guard && card.state == CardState::Creating && card.instance >= 0) {
            try {
                removeGuard(g, *card.guard, ownerAuth);
                if (fresh)
                    m_store.remove(card.instance);
                else
                    m_store.save(before);
            } catch (const Error&) {
                // The TPM is gone or refuses: the Creating record stays for
                // finishInterrupted(), and the first failure is what the user sees.
            }
        }
        throw;
    }
    // An upgraded card's old objects (they open the card secret with a PIN, PUK or
    // response alone) go with the step that makes the card ready.
    card.pinSealedSecret = TpmBlob{};
    card.pukSealedSecret.reset();
    card.state = CardState::Ready;
    m_store.save(card);
}

void CardService::destroy(int instance, const Secret& ownerAuth)
{
    CardEdit edit(m_store, instance, CardEdit::AnyState);
    if (edit.card.guard)
        removeGuardOf(edit, ownerAuth);
    m_store.remove(instance);
}

// The card's NV indices, removed with its file marked Destroying first: a failure before
// the first index is gone leaves the card as it was; after, it stays Destroying (no
// longer usable, finished by destroy or finishInterrupted).
void CardService::removeGuardOf(CardEdit& edit, const Secret& ownerAuth)
{
    Tpm& t = tpm();
    QByteArray primaryName;
    TpmContext ctx = openTpm(t, QByteArray(), &primaryName);
    if (primaryName != edit.card.primaryName)
        return; // another TPM, or this one cleared: the indices went with its owner seed
    checkOwnerAuth(t, ctx.session.handle(), ownerAuth);
    const CardState before = edit.card.state;
    edit.card.state = CardState::Destroying;
    edit.save();
    GuardTpm g = guardTpm(t, ctx);
    int removed = 0;
    try {
        removeGuard(g, *edit.card.guard, ownerAuth, &removed);
    } catch (...) {
        if (removed > 0 || before != CardState::Ready)
            edit.keep();
        throw;
    }
}

QList<int> CardService::finishInterrupted(const Secret& ownerAuth)
{
    QList<int> finished;
    for (int instance : m_store.instances()) {
        CardRecord card;
        try {
            card = m_store.load(instance);
        } catch (const Error&) {
            continue; // status() reports what is wrong with it
        }
        if (card.state == CardState::Ready)
            continue;
        try {
            StoreLock lock = m_store.lockCard(instance, 0);
            card = m_store.load(instance);
            if (card.state == CardState::Ready)
                continue;
            if (card.guard) {
                Tpm& t = tpm();
                QByteArray primaryName;
                TpmContext ctx = openTpm(t, QByteArray(), &primaryName);
                if (primaryName == card.primaryName) {
                    GuardTpm g = guardTpm(t, ctx);
                    removeGuard(g, *card.guard, ownerAuth);
                }
            }
            if (card.state == CardState::Creating && !card.pinSealedSecret.isEmpty()) {
                // An upgrade that did not finish: the card as it was, without the admin
                // stock the upgrade had begun to replace.
                card.guard.reset();
                card.adminChallenges.clear();
                card.state = CardState::Ready;
                m_store.save(card);
            } else {
                m_store.remove(instance);
            }
            finished.append(instance);
        } catch (const Error& e) {
            if (e.code() == ErrorCode::Busy)
                continue; // being created or destroyed right now
            throw;
        }
    }
    return finished;
}

void CardService::upgradeCard(int instance, const Secret& pin, const std::optional<Secret>& puk,
                              const std::optional<Secret>& adminKey, const Secret& ownerAuth)
{
    CardEdit edit(m_store, instance);
    CardRecord& card = edit.card;
    if (card.guard)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService",
                             "The TPM already holds this card's counters: there is nothing to "
                             "upgrade."));
    if (card.hasPuk() && !puk)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService",
                             "This card has a PUK: give it too, so that the TPM checks it from now "
                             "on."));
    if (adminKey && adminKey->size() != static_cast<std::size_t>(kAdminKeySize))
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("CardService", "The admin key must be 24 bytes (48 hexadecimal digits)."));
    // Both checked by the TPM the way the card is protected today (each counts).
    const Secret secret = unsealWithPin(edit, pin);
    card.pinTriesLeft = card.pinMaxTries;
    if (puk)
        unsealWithPuk(edit, *puk);
    edit.save();
    edit.keep();

    Tpm& t = tpm();
    TpmContext ctx = openTpm(t, card.primaryName, nullptr);
    const std::optional<Secret> pukAuth =
        puk ? std::optional<Secret>(pukAuthValue(card.cardId, *puk)) : std::nullopt;
    const int stock = adminKey && card.adminKeyMode != AdminKeyMode::Random
                          ? std::max<int>(1, static_cast<int>(card.adminChallenges.size()))
                          : 0;
    CardRecord upgraded = card;
    buildNewGuard(ctx, upgraded, secret, pinAuthValue(card.cardId, pin),
                  pukAuth ? &*pukAuth : nullptr, stock, adminKey ? *adminKey : Secret(), ownerAuth);
    card = upgraded;
    edit.keep();
}

QList<std::uint32_t> CardService::strayIndices()
{
    QSet<std::uint32_t> known;
    for (int instance : m_store.instances()) {
        try {
            const CardRecord card = m_store.load(instance);
            if (!card.guard)
                continue;
            known.insert(card.guard->pinIndex.handle);
            if (card.guard->pukIndex)
                known.insert(card.guard->pukIndex->handle);
            if (card.guard->adminCounter)
                known.insert(card.guard->adminCounter->handle);
        } catch (const Error&) {
            // An unreadable card may still name indices: keep all of them, to be safe.
            return {};
        }
    }
    QList<std::uint32_t> stray;
    for (std::uint32_t handle : usedNvHandles(tpm())) {
        if (!known.contains(handle))
            stray.append(handle);
    }
    return stray;
}

void CardService::removeStrayIndex(std::uint32_t handle, const Secret& ownerAuth)
{
    if (!strayIndices().contains(handle))
        throw Error(
            ErrorCode::NotFound,
            Sentence("CardService",
                     "0x%1 is not an index tpmvsc left behind: it is not in tpmvsc's handle "
                     "block, does not exist, or belongs to one of your cards.")
                .arg(handle, 8, 16, QLatin1Char('0')));
    Tpm& t = tpm();
    TpmContext ctx = openTpm(t, QByteArray(), nullptr);
    undefineNvIndex(t, ctx.session.handle(), handle, ownerAuth);
}

QList<CardStatus> CardService::list() const
{
    QList<CardStatus> out;
    for (int instance : m_store.instances()) {
        const CardRecord card = m_store.load(instance);
        if (card.state == CardState::Ready)
            out.append(cardStatus(card));
    }
    return out;
}

CardStatus CardService::status(int instance) const
{
    return cardStatus(loadReady(m_store, instance));
}

std::unique_ptr<CardSession> CardService::unlockWithPin(CardEdit& edit, const Secret& pin,
                                                        bool holdSlot)
{
    CardRecord& card = edit.card;
    refuseIfBlocked(card);
    Tpm& t = tpm();
    if (card.guard) {
        // The login needs the storage key only; the salted ESYS session is started when
        // something else needs it (a refused PIN, a count to reset, a later operation).
        TpmContext ctx{openPrimary(t, card.primaryName, nullptr), TpmObject()};
        const auto withSession = [&]() -> GuardTpm {
            if (!ctx.session)
                ctx.session = startSaltedSession(t, ctx.primary.handle());
            return guardTpm(t, ctx);
        };
        Secret secret;
        wire::LoadedHandle heldSlot; // flushed if something fails before the session has it
        try {
            secret = unlockGuard(t, ctx.primary.handle(), card, pinAuthValue(card.cardId, pin),
                                 holdSlot ? &heldSlot : nullptr);
        } catch (const Error& e) {
            GuardTpm g = withSession();
            throw pinRefused(edit, e, g);
        }
        // Wrong PINs were counted since the last good one: the TPM's count starts over.
        if (card.pinTriesLeft < card.pinMaxTries) {
            heldSlot.flush(); // this path needs an ESYS session: the slot is given up for it
            GuardTpm g = withSession();
            setGuardPin(g, card, GuardAuthority::cardSecret(secret), nullptr, true);
            card.pinTriesLeft = card.pinMaxTries;
        }
        return std::make_unique<CardSession>(t, card, std::move(secret), std::move(ctx.primary),
                                             std::move(ctx.session), std::move(heldSlot));
    }
    TpmContext ctx = openTpm(t, card.primaryName, nullptr);
    Secret secret = countedUnseal(
        t, ctx, edit, &CardRecord::pinTriesLeft, card.pinSealedSecret,
        pinAuthValue(card.cardId, pin), [&](int left) {
            if (left <= 0)
                return Error(ErrorCode::Blocked,
                             Sentence("CardService", "Wrong PIN. The card is now blocked."),
                             pinFacts(card, 0));
            return Error(ErrorCode::AuthFailed,
                         Sentence("CardService",
                                  "Wrong PIN. %n tries left before the card is blocked.", nullptr,
                                  left),
                         pinFacts(card, left));
        });
    card.pinTriesLeft = card.pinMaxTries;
    return std::make_unique<CardSession>(t, card, std::move(secret), std::move(ctx.primary),
                                         std::move(ctx.session));
}

// A PIN check the TPM refused: a wrong PIN (counted in the PIN index), a PIN index at its
// limit, or something else. The tries left are read back from the TPM and kept.
Error CardService::pinRefused(CardEdit& edit, const Error& cause, GuardTpm& g)
{
    CardRecord& card = edit.card;
    if (cause.code() != ErrorCode::AuthFailed && cause.code() != ErrorCode::Tpm)
        return cause;
    const int left = readPinTriesLeft(g, card);
    card.pinTriesLeft = left;
    edit.save();
    edit.keep();
    if (left <= 0)
        return Error(
            ErrorCode::Blocked,
            cause.code() == ErrorCode::AuthFailed
                ? Sentence("CardService", "Wrong PIN. The card is now blocked.")
                : Sentence("CardService", "The card is blocked after too many wrong PINs."),
            pinFacts(card, 0));
    if (cause.code() != ErrorCode::AuthFailed)
        return cause;
    return Error(ErrorCode::AuthFailed,
                 Sentence("CardService", "Wrong PIN. %n tries left before the card is blocked.",
                          nullptr, left),
                 pinFacts(card, left));
}

Error CardService::pukRefused(CardEdit& edit, const Error& cause, GuardTpm& g)
{
    CardRecord& card = edit.card;
    if (cause.code() != ErrorCode::AuthFailed && cause.code() != ErrorCode::Tpm)
        return cause;
    const int left = readPukTriesLeft(g, card);
    card.pukTriesLeft = left;
    edit.save();
    edit.keep();
    if (left <= 0)
        return Error(
            ErrorCode::Blocked,
            cause.code() == ErrorCode::AuthFailed
                ? Sentence("CardService", "Wrong PUK. The PUK is now blocked.")
                : Sentence("CardService", "The PUK is blocked after too many wrong tries."),
            pukFacts(0));
    if (cause.code() != ErrorCode::AuthFailed)
        return cause;
    return Error(
        ErrorCode::AuthFailed,
        Sentence("CardService", "Wrong PUK. %1 tries left before the PUK is blocked.").arg(left),
        pukFacts(left));
}

Secret CardService::unsealWithPin(CardEdit& edit, const Secret& pin)
{
    return unlockWithPin(edit, pin)->cardSecret(); // the session is flushed right away
}

Secret CardService::unsealWithPuk(CardEdit& edit, const Secret& puk)
{
    CardRecord& card = edit.card;
    refuseUnusablePuk(card);
    Tpm& t = tpm();
    TpmContext ctx = openTpm(t, card.primaryName, nullptr);
    Secret secret = countedUnseal(
        t, ctx, edit, &CardRecord::pukTriesLeft, *card.pukSealedSecret,
        pukAuthValue(card.cardId, puk), [](int left) {
            if (left <= 0)
                return Error(ErrorCode::Blocked,
                             Sentence("CardService", "Wrong PUK. The PUK is now blocked."),
                             pukFacts(0));
            return Error(
                ErrorCode::AuthFailed,
                Sentence("CardService", "Wrong PUK. %1 tries left before the PUK is blocked.")
                    .arg(left),
                pukFacts(left));
        });
    card.pukTriesLeft = card.pukMaxTries;
    return secret;
}

void CardService::storeNewPin(CardRecord& card, const Secret& cardSecret, const Secret& newPin)
{
    Tpm& t = tpm();
    TpmContext ctx = openTpm(t, card.primaryName, nullptr);
    card.pinSealedSecret = sealSecret(t, ctx.primary.handle(), ctx.session.handle(),
                                      pinAuthValue(card.cardId, newPin), cardSecret);
    card.pinTriesLeft = card.pinMaxTries;
    card.pinGeneration += 1;
}

void CardService::verifyPin(int instance, const Secret& pin)
{
    CardEdit edit(m_store, instance);
    unsealWithPin(edit, pin);
    edit.save(); // the tries, restored
}

void CardService::changePin(int instance, const Secret& oldPin, const Secret& newPin)
{
    CardEdit edit(m_store, instance);
    CardRecord& card = edit.card;
    enforcePin(card.pinPolicy, newPin);
    if (card.guard) {
        const Secret secret = unsealWithPin(edit, oldPin);
        edit.save(); // the tries, restored
        Tpm& t = tpm();
        TpmContext ctx = openTpm(t, card.primaryName, nullptr);
        GuardTpm g = guardTpm(t, ctx);
        const Secret newAuth = pinAuthValue(card.cardId, newPin);
        setGuardPin(g, card, GuardAuthority::cardSecret(secret), &newAuth, false);
        card.pinGeneration += 1;
        edit.save();
        return;
    }
    const Secret secret = unsealWithPin(edit, oldPin);
    storeNewPin(card, secret, newPin);
    edit.save();
}

void CardService::unblockWithPuk(int instance, const Secret& puk, const Secret& newPin)
{
    CardEdit edit(m_store, instance);
    CardRecord& card = edit.card;
    refuseUnusablePuk(card);
    enforcePin(card.pinPolicy, newPin);
    if (card.guard) {
        Tpm& t = tpm();
        TpmContext ctx = openTpm(t, card.primaryName, nullptr);
        GuardTpm g = guardTpm(t, ctx);
        const Secret pukAuth = pukAuthValue(card.cardId, puk);
        const Secret newAuth = pinAuthValue(card.cardId, newPin);
        try {
            setGuardPin(g, card, GuardAuthority::puk(pukAuth), &newAuth, true);
        } catch (const Error& e) {
            throw pukRefused(edit, e, g);
        }
        card.pinTriesLeft = card.pinMaxTries;
        card.pinGeneration += 1;
        edit.save();
        edit.keep();
        // A right PUK starts its count over; only the card secret may write the PUK index,
        // and the new PIN opens it.
        if (card.pukTriesLeft < card.pukMaxTries) {
            ctx = TpmContext{};
            const Secret secret = unsealWithPin(edit, newPin);
            TpmContext again = openTpm(t, card.primaryName, nullptr);
            GuardTpm g2 = guardTpm(t, again);
            resetGuardPuk(g2, card, secret);
            card.pukTriesLeft = card.pukMaxTries;
            edit.save();
        }
        return;
    }
    const Secret secret = unsealWithPuk(edit, puk);
    storeNewPin(card, secret, newPin);
    edit.save();
}

void CardService::verifyPuk(int instance, const Secret& puk)
{
    CardEdit edit(m_store, instance);
    CardRecord& card = edit.card;
    if (!card.hasPuk())
        throw Error(ErrorCode::Unsupported, Sentence("CardService", "This card has no PUK."));
    if (card.guard) {
        refuseUnusablePuk(card);
        Tpm& t = tpm();
        TpmContext ctx = openTpm(t, card.primaryName, nullptr);
        GuardTpm g = guardTpm(t, ctx);
        try {
            proveGuardPuk(g, card, pukAuthValue(card.cardId, puk));
        } catch (const Error& e) {
            throw pukRefused(edit, e, g);
        }
        return; // the PUK's count starts over when it is used to unblock
    }
    unsealWithPuk(edit, puk);
    edit.save(); // the PUK tries, restored
}

QByteArray CardService::adminChallenge(int instance) const
{
    const CardRecord card = loadReady(m_store, instance);
    if (card.adminKeyMode == AdminKeyMode::Random)
        throw Error(ErrorCode::Unsupported,
                    Sentence("CardService",
                             "This card was created with a random admin key: it cannot be managed "
                             "by an administrator."));
    if (card.adminTriesLeft <= 0)
        throw adminResetBlocked();
    if (card.adminChallenges.isEmpty())
        throw Error(ErrorCode::Capacity,
                    Sentence("CardService", "This card has no admin resets left."));
    if (card.guard) {
        // The TPM's counter, not the file, says which challenge is next.
        Tpm& t = tpm();
        TpmContext ctx = openTpm(t, card.primaryName, nullptr);
        GuardTpm g = guardTpm(t, ctx);
        const int next = adminNextIndex(g, card);
        if (next >= card.adminChallenges.size())
            throw Error(ErrorCode::Capacity,
                        Sentence("CardService", "This card has no admin resets left."));
        return card.adminChallenges[next].challenge;
    }
    return card.adminChallenges.first().challenge;
}

void CardService::answerAdminChallenge(CardEdit& edit, const QByteArray& challenge,
                                       const Secret& response, const Secret* newPin)
{
    CardRecord& card = edit.card;
    const int found = answerableChallenge(card, challenge);
    Tpm& t = tpm();
    TpmContext ctx = openTpm(t, card.primaryName, nullptr);
    GuardTpm g = guardTpm(t, ctx);
    // Used up whatever the answer: the TPM's counter moves before the response is tried.
    claimAdminChallenge(g, card, found);
    card.adminNext = found + 1;
    const Secret auth = adminAuthValue(card.cardId, challenge, response);
    try {
        if (newPin) {
            const Secret newAuth = pinAuthValue(card.cardId, *newPin);
            setGuardPin(g, card, GuardAuthority::admin(found, auth), &newAuth, true);
        } else {
            proveAdminResponse(g, card, found, auth);
        }
        closeAdminChallenge(g, card);
    } catch (const Error& e) {
        if (e.code() != ErrorCode::AuthFailed)
            throw; // the next attempt closes the challenge
        closeAdminChallenge(g, card);
        card.adminTriesLeft -= 1;
        edit.save();
        edit.keep();
        if (card.adminTriesLeft <= 0)
            throw Error(
                ErrorCode::Blocked,
                Sentence("CardService", "Wrong response. Admin reset is now blocked on this card."),
                adminFacts(0));
        throw Error(ErrorCode::AuthFailed,
                    Sentence("CardService",
                             "Wrong response; the challenge is used up. %1 wrong responses left "
                             "before admin reset is blocked.")
                        .arg(card.adminTriesLeft),
                    adminFacts(card.adminTriesLeft));
    }
    card.adminTriesLeft = card.adminMaxTries;
    if (newPin) {
        card.pinTriesLeft = card.pinMaxTries;
        card.pinGeneration += 1;
    }
}

Secret CardService::unsealWithAdminResponse(CardEdit& edit, const QByteArray& challenge,
                                            const Secret& response)
{
    CardRecord& card = edit.card;
    const int index = answerableChallenge(card, challenge);
    // The challenge is used up whatever the response: a response works once.
    const AdminChallenge entry = card.adminChallenges.takeAt(index);
    Tpm& t = tpm();
    TpmContext ctx = openTpm(t, card.primaryName, nullptr);
    return countedUnseal(
        t, ctx, edit, &CardRecord::adminTriesLeft, entry.sealedSecret,
        adminAuthValue(card.cardId, challenge, response), [](int left) {
            if (left <= 0)
                return Error(ErrorCode::Blocked,
                             Sentence("CardService",
                                      "Wrong response. Admin reset is now blocked on this card."),
                             adminFacts(0));
            return Error(
                ErrorCode::AuthFailed,
                Sentence("CardService",
                         "Wrong response; the challenge is used up. %1 wrong responses left "
                         "before admin reset is blocked.")
                    .arg(left),
                adminFacts(left));
        });
}

void CardService::adminResetPin(int instance, const QByteArray& challenge, const Secret& response,
                                const Secret& newPin)
{
    CardEdit edit(m_store, instance);
    CardRecord& card = edit.card;
    enforcePin(card.pinPolicy, newPin);
    if (card.guard) {
        answerAdminChallenge(edit, challenge, response, &newPin);
        edit.save();
        return;
    }
    const Secret secret = unsealWithAdminResponse(edit, challenge, response);
    card.adminTriesLeft = card.adminMaxTries;
    storeNewPin(card, secret, newPin);
    edit.save();
}

void CardService::initializeFileSystem(int instance, const QByteArray& challenge,
                                       const Secret& response)
{
    CardEdit edit(m_store, instance);
    CardRecord& card = edit.card;
    if (card.fileSystem)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService", "This card already has a file system."));
    if (card.guard) {
        answerAdminChallenge(edit, challenge, response, nullptr);
        card.fileSystem = true;
        edit.save();
        return;
    }
    unsealWithAdminResponse(edit, challenge, response);
    card.adminTriesLeft = card.adminMaxTries;
    card.fileSystem = true;
    edit.save();
}

// Who authorises a card write: the user's PIN (checked by the TPM in authorize(); a wrong
// one counts) or a logged-in session, which proved the PIN when it was opened. A session
// writes only to the card it was opened on, and works on the record as saved afterwards.
struct CardService::WriteAuth {
    int instance = -1;
    const Secret* pin = nullptr;
    CardSession* session = nullptr;

    static WriteAuth withPin(int instance, const Secret& pin) { return {instance, &pin, nullptr}; }
    static WriteAuth withSession(CardSession& session)
    {
        return {session.instance(), nullptr, &session};
    }

    void checkCard(const CardRecord& card) const
    {
        if (session && card.cardId != session->card().cardId)
            throw Error(ErrorCode::NotFound,
                        Sentence("CardService",
                                 "The card this session was opened on no longer exists (it was "
                                 "destroyed, and its number may now belong to another card)."));
    }

    void commit(CardEdit& edit) const
    {
        edit.save();
        if (session)
            session->replaceCard(edit.card);
    }
};

// For the PIN: a new session on the card (kept in `own`, flushed with it) after the TPM
// checked the PIN. For a session: that session, unless the card has been blocked since
// it was opened (wrong PINs elsewhere end the right to write, as on a real card).
CardSession& CardService::authorize(CardEdit& edit, const WriteAuth& auth,
                                    std::unique_ptr<CardSession>& own)
{
    if (auth.session) {
        refuseIfBlocked(edit.card);
        return *auth.session;
    }
    own = unlockWithPin(edit, *auth.pin);
    return *own;
}

namespace {

void refuseLongNonce(const QByteArray& nonce)
{
    if (nonce.size() > kMaxAttestationNonceSize)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService", "A nonce is at most %1 bytes; this one is %2.")
                        .arg(kMaxAttestationNonceSize)
                        .arg(nonce.size()),
                    ErrorFacts().withLimit(kMaxAttestationNonceSize));
}

// TPM2_Certify of `key` (on the session's card) by `aik`, in the forms the evidence file
// and a certificate request carry.
KeyAttestation attestation(CardSession& session, const AttestationKeyRecord& aik,
                           const KeyRecord& key, const QByteArray& nonce)
{
    const Certification certification = session.certify(key.id, aik.blob, nonce);
    KeyAttestation out;
    out.certInfo = certification.certInfo;
    out.signature = ecdsaSignatureToDer(certification.signature);
    out.tpmSignature = certification.tpmSignature;
    out.pubArea = publicAreaBytes(key.blob.publicArea);
    out.aikPublicPem = publicKeyInfo(aik.blob.publicArea, true);
    out.aikCertificates = aik.certificates;
    return out;
}

// Hands `key` to the callback, signing in `session` (the key is added to the session's
// card for the time of the call), then checks the certificate it returns.
KeyCertificate runKeyCallback(CardSession& session, const CardRecord& card, const KeyRecord& key,
                              const KeyCallback& callback)
{
    CardRecord withKey = card;
    if (std::none_of(withKey.keys.begin(), withKey.keys.end(),
                     [&](const KeyRecord& k) { return k.id == key.id; }))
        withKey.keys.append(key);
    session.replaceCard(std::move(withKey));
    KeyUse use;
    use.key = keyInfo(key);
    use.publicKeyInfo = publicKeyInfo(key.blob.publicArea, false);
    use.sign = [&session, id = key.id](const QByteArray& digest, HashAlgorithm hash,
                                       SignatureScheme scheme) {
        const QByteArray raw = session.sign(id, hash, scheme, digest);
        return scheme == SignatureScheme::Ecdsa ? ecdsaSignatureToDer(raw) : raw;
    };
    use.decryptPkcs1 = [&session, id = key.id](const QByteArray& ciphertext) {
        return session.rsaDecryptPkcs1(id, ciphertext);
    };
    if (card.aik)
        use.attest = [&session, aik = *card.aik, &key](const QByteArray& nonce) {
            refuseLongNonce(nonce);
            return attestation(session, aik, key, nonce);
        };
    try {
        KeyCertificate certificate = callback(use);
        if (!certificate.isEmpty())
            checkCertificateForKey(key, certificate);
        return certificate;
    } catch (...) {
        session.replaceCard(card); // a key that is not kept is flushed
        throw;
    }
}

} // namespace

KeyInfo CardService::generateKey(int instance, const Secret& pin, KeyAlgorithm algorithm,
                                 const QString& label)
{
    return generateKey(instance, pin, algorithm, label, KeyCallback());
}

KeyInfo CardService::generateKey(int instance, const Secret& pin, KeyAlgorithm algorithm,
                                 const QString& label, const KeyCallback& beforeSave)
{
    return addKey(WriteAuth::withPin(instance, pin), algorithm, label, QByteArray(), beforeSave);
}

KeyInfo CardService::generateKey(CardSession& session, KeyAlgorithm algorithm, const QString& label,
                                 const QByteArray& id)
{
    return addKey(WriteAuth::withSession(session), algorithm, label, id, KeyCallback());
}

KeyInfo CardService::addKey(const WriteAuth& auth, KeyAlgorithm algorithm, const QString& label,
                            const QByteArray& id, const KeyCallback& beforeSave)
{
    if (label.size() > kMaxLabelLength)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService", "The key label is too long (at most %1 characters).")
                        .arg(kMaxLabelLength));
    if (id.size() > CardRecord::kMaxKeyIdSize)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService", "A key ID is at most %1 bytes.")
                        .arg(CardRecord::kMaxKeyIdSize));
    CardEdit edit(m_store, auth.instance);
    CardRecord& card = edit.card;
    auth.checkCard(card);
    if (!card.fileSystem)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService",
                             "This card has no file system yet (it was created without one)."),
                    ErrorFacts{Credential::None, -1, Remedy::InitializeFileSystem});
    if (card.keys.size() >= CardRecord::kMaxKeys)
        throw Error(ErrorCode::Capacity,
                    Sentence("CardService", "The card already holds %1 keys, the most it can.")
                        .arg(CardRecord::kMaxKeys));
    if (!id.isEmpty())
        refuseDuplicateKeyId(card, id);
    std::unique_ptr<CardSession> own;
    CardSession& session = authorize(edit, auth, own);
    KeyRecord key;
    key.algorithm = algorithm;
    key.blob = session.createKey(algorithm);
    key.id = id.isEmpty() ? keyIdentifier(key.blob.publicArea) : id;
    if (id.isEmpty())
        refuseDuplicateKeyId(card, key.id); // a caller's ID equal to this key's SHA-1
    key.label =
        label.isEmpty()
            ? QStringLiteral("%1 key %2").arg(keyAlgorithmName(algorithm)).arg(card.keys.size() + 1)
            : label;
    key.created = QDateTime::currentDateTimeUtc();
    if (beforeSave) {
        const KeyCertificate certificate = runKeyCallback(session, card, key, beforeSave);
        key.certificate = certificate.der;
        key.chain = certificate.chain;
    }
    card.keys.append(key);
    auth.commit(edit);
    return keyInfo(key);
}

void CardService::useKey(int instance, const Secret& pin, const QByteArray& keyId,
                         const KeyCallback& callback)
{
    CardEdit edit(m_store, instance);
    CardRecord& card = edit.card;
    const qsizetype index = keyIndex(card, keyId);
    const std::unique_ptr<CardSession> session = unlockWithPin(edit, pin);
    const KeyCertificate certificate = runKeyCallback(*session, card, card.keys[index], callback);
    if (!certificate.isEmpty()) {
        card.keys[index].certificate = certificate.der;
        card.keys[index].chain = certificate.chain;
    }
    edit.save();
}

QList<KeyInfo> CardService::keys(int instance) const
{
    return cardStatus(loadReady(m_store, instance)).keys;
}

void CardService::deleteKey(int instance, const Secret& pin, const QByteArray& keyId)
{
    removeKey(WriteAuth::withPin(instance, pin), keyId);
}

void CardService::deleteKey(CardSession& session, const QByteArray& keyId)
{
    removeKey(WriteAuth::withSession(session), keyId);
}

void CardService::removeKey(const WriteAuth& auth, const QByteArray& keyId)
{
    CardEdit edit(m_store, auth.instance);
    CardRecord& card = edit.card;
    auth.checkCard(card);
    const qsizetype index = keyIndex(card, keyId);
    std::unique_ptr<CardSession> own;
    authorize(edit, auth, own);
    card.keys.removeAt(index);
    auth.commit(edit);
}

QByteArray CardService::resolveKey(int instance, const QString& reference) const
{
    const CardRecord card = loadReady(m_store, instance);
    const QString ref = reference.trimmed();
    QList<QByteArray> matches;
    for (const KeyRecord& k : card.keys) {
        if (k.label == ref)
            return k.id;
    }
    const bool hex =
        ref.size() >= 4 && !ref.isEmpty() && std::all_of(ref.begin(), ref.end(), [](QChar c) {
            return c.isDigit() ||
                   (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
        });
    if (hex) {
        for (const KeyRecord& k : card.keys) {
            if (QString::fromLatin1(k.id.toHex()).startsWith(ref.toLower()))
                matches.append(k.id);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("CardService", "\"%1\" matches several keys; give more digits of the key ID.")
                .arg(ref));
    throw Error(ErrorCode::NotFound,
                Sentence("CardService", "The card %1 has no key \"%2\" (give its label or ID).")
                    .arg(formatInstanceId(instance), ref),
                ErrorFacts{Credential::None, -1, Remedy::ListKeys});
}

QByteArray CardService::exportPublicKey(int instance, const QByteArray& keyId, bool pem) const
{
    const CardRecord card = loadReady(m_store, instance);
    for (const KeyRecord& k : card.keys) {
        if (k.id == keyId)
            return publicKeyInfo(k.blob.publicArea, pem);
    }
    throw Error(ErrorCode::NotFound, Sentence("CardService", "The card has no such key."));
}

void CardService::setCertificate(int instance, const Secret& pin, const QByteArray& keyId,
                                 const QByteArray& certificateDer, const QList<QByteArray>& chain)
{
    storeCertificate(WriteAuth::withPin(instance, pin), keyId, certificateDer, chain);
}

void CardService::setCertificate(CardSession& session, const QByteArray& keyId,
                                 const QByteArray& certificateDer, const QList<QByteArray>& chain)
{
    storeCertificate(WriteAuth::withSession(session), keyId, certificateDer, chain);
}

void CardService::storeCertificate(const WriteAuth& auth, const QByteArray& keyId,
                                   const QByteArray& certificateDer, const QList<QByteArray>& chain)
{
    CardEdit edit(m_store, auth.instance);
    CardRecord& card = edit.card;
    auth.checkCard(card);
    const qsizetype index = keyIndex(card, keyId);
    // Everything that can be decided without the TPM is, so a bad certificate costs no
    // PIN try and never reaches the card.
    refuseIfBlocked(card);
    const KeyCertificate certificate{certificateDer, chain};
    if (certificate.isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService", "There is no certificate to store."));
    checkCertificateForKey(card.keys[index], certificate);
    std::unique_ptr<CardSession> own;
    authorize(edit, auth, own);
    card.keys[index].certificate = certificate.der;
    card.keys[index].chain = certificate.chain;
    auth.commit(edit);
}

void CardService::deleteCertificate(int instance, const Secret& pin, const QByteArray& keyId)
{
    removeCertificate(WriteAuth::withPin(instance, pin), keyId);
}

void CardService::deleteCertificate(CardSession& session, const QByteArray& keyId)
{
    removeCertificate(WriteAuth::withSession(session), keyId);
}

void CardService::removeCertificate(const WriteAuth& auth, const QByteArray& keyId)
{
    CardEdit edit(m_store, auth.instance);
    CardRecord& card = edit.card;
    auth.checkCard(card);
    const qsizetype index = keyIndex(card, keyId);
    if (card.keys[index].certificate.isEmpty())
        throw Error(ErrorCode::NotFound,
                    Sentence("CardService", "Key %1 has no certificate.")
                        .arg(QString::fromLatin1(card.keys[index].id.toHex())));
    refuseIfBlocked(card);
    std::unique_ptr<CardSession> own;
    authorize(edit, auth, own);
    card.keys[index].certificate.clear();
    card.keys[index].chain.clear();
    auth.commit(edit);
}

KeyCertificate CardService::certificate(int instance, const QByteArray& keyId) const
{
    const CardRecord card = loadReady(m_store, instance);
    const KeyRecord& key = card.keys[keyIndex(card, keyId)];
    if (key.certificate.isEmpty())
        throw Error(ErrorCode::NotFound, Sentence("CardService", "Key %1 has no certificate.")
                                             .arg(QString::fromLatin1(key.id.toHex())));
    return KeyCertificate{key.certificate, key.chain};
}

QByteArray CardService::sign(int instance, const Secret& pin, const QByteArray& keyId,
                             HashAlgorithm hash, SignatureScheme scheme, const QByteArray& digest)
{
    std::unique_ptr<CardSession> session = openSession(instance, pin);
    const QByteArray raw = session->sign(keyId, hash, scheme, digest);
    return scheme == SignatureScheme::Ecdsa ? ecdsaSignatureToDer(raw) : raw;
}

void CardService::addAttestationKey(int instance, const Secret& pin, AikCertifier* ca)
{
    CardEdit edit(m_store, instance);
    CardRecord& card = edit.card;
    if (card.aik)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CardService", "This card already has an attestation key."));
    const std::unique_ptr<CardSession> session = unlockWithPin(edit, pin);
    AttestationKeyRecord aik{
        session->createAttestationKey(), QDateTime::currentDateTimeUtc(), {}, {}};
    if (ca) {
        AikCertificates certified = session->certifyAttestationKey(aik.blob, *ca);
        aik.certificates = std::move(certified.chain);
        aik.authority = std::move(certified.authority);
    }
    card.aik = std::move(aik);
    edit.save();
}

KeyAttestation CardService::attestKey(int instance, const Secret& pin, const QByteArray& keyId,
                                      const QByteArray& nonce)
{
    refuseLongNonce(nonce);
    CardEdit edit(m_store, instance);
    const CardRecord& card = edit.card;
    if (!card.aik)
        throw Error(ErrorCode::NotFound,
                    Sentence("CardService", "This card has no attestation key."));
    const KeyRecord key = card.keys[keyIndex(card, keyId)];
    const AttestationKeyRecord aik = *card.aik;
    KeyAttestation out;
    {
        const std::unique_ptr<CardSession> session = unlockWithPin(edit, pin);
        out = attestation(*session, aik, key, nonce);
    }
    out.ekCertificate = readEkCertificate(tpm());
    edit.save(); // the tries, restored
    return out;
}

std::unique_ptr<CardSession> CardService::openSession(int instance, const Secret& pin)
{
    CardEdit edit(m_store, instance);
    std::unique_ptr<CardSession> session = unlockWithPin(edit, pin, true);
    edit.save(); // the tries, restored
    return session;
}

} // namespace tpmvsc
