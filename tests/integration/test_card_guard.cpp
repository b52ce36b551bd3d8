// The TPM-held guard of a card, attacked the way someone with the user's rights would:
// raw ESYS commands (not tpmvsc's code paths), old copies of the card files put back,
// the TPM's dictionary-attack lockout cleared between guesses (the lockout and owner
// authorizations are empty, as on most Linux desktops). Each test says which promise it
// holds the TPM to.
#include "core/card/AdminResponse.h"
#include "core/card/CardSecrets.h"
#include "core/card/CardSession.h"
#include "core/tpm/PolicyDigest.h"
#include "core/tpm/TpmError.h"
#include "core/tpm/TpmNv.h"
#include "core/tpm/TpmObjects.h"
#include "tests/support/CardTestCase.h"
#include "tests/support/LegacyCard.h"

#include <QFile>
#include <QScopeGuard>
#include <QTest>
#include <QtEndian>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <tss2/tss2_esys.h>
#include <tss2/tss2_mu.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

// The attacker's side: plain ESYS on tpmvsc's TPM connection.
class Attacker
{
public:
    explicit Attacker(Tpm& tpm) : m_tpm(tpm), m_esys(tpm.esys()) {}

    std::uint32_t lockoutCounter()
    {
        TPMS_CAPABILITY_DATA* data = nullptr;
        TPMI_YES_NO more = TPM2_NO;
        const TSS2_RC rc =
            Esys_GetCapability(m_esys, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                               TPM2_CAP_TPM_PROPERTIES, TPM2_PT_LOCKOUT_COUNTER, 1, &more, &data);
        std::uint32_t value = ~0u;
        if (rc == TSS2_RC_SUCCESS && data->data.tpmProperties.count == 1)
            value = data->data.tpmProperties.tpmProperty[0].value;
        Esys_Free(data);
        return value;
    }

    void clearLockout()
    {
        QCOMPARE(Esys_DictionaryAttackLockReset(m_esys, ESYS_TR_RH_LOCKOUT, ESYS_TR_PASSWORD,
                                                ESYS_TR_NONE, ESYS_TR_NONE),
                 TSS2_RC(TSS2_RC_SUCCESS));
    }

    // TPM2_PolicySecret on an NV index with `auth` (a password session: the attacker does
    // not care who watches). The TPM's response code, layers stripped.
    TSS2_RC policySecretOnIndex(std::uint32_t handle, const QByteArray& auth)
    {
        ESYS_TR session = startPolicy();
        const TSS2_RC rc = policySecret(session, handle, auth);
        Esys_FlushContext(m_esys, session);
        return rc;
    }

    ESYS_TR startPolicy()
    {
        TPMT_SYM_DEF sym{};
        sym.algorithm = TPM2_ALG_NULL;
        ESYS_TR session = ESYS_TR_NONE;
        const TSS2_RC rc = Esys_StartAuthSession(m_esys, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                                 ESYS_TR_NONE, ESYS_TR_NONE, nullptr,
                                                 TPM2_SE_POLICY, &sym, TPM2_ALG_SHA256, &session);
        if (rc != TSS2_RC_SUCCESS)
            qFatal("StartAuthSession failed: 0x%x", rc);
        return session;
    }

    TSS2_RC policySecret(ESYS_TR session, std::uint32_t handle, const QByteArray& auth)
    {
        ESYS_TR entity = ESYS_TR_NONE;
        TSS2_RC rc = Esys_TR_FromTPMPublic(m_esys, handle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                           &entity);
        if (rc != TSS2_RC_SUCCESS)
            return tpmBaseCode(rc);
        rc = policySecretOn(session, entity, auth);
        Esys_TR_Close(m_esys, &entity);
        return rc;
    }

    TSS2_RC policySecretOn(ESYS_TR session, ESYS_TR entity, const QByteArray& auth)
    {
        TPM2B_AUTH a{};
        a.size = UINT16(auth.size());
        std::memcpy(a.buffer, auth.constData(), size_t(auth.size()));
        Esys_TR_SetAuth(m_esys, entity, &a);
        TPM2B_NONCE nonce{};
        TPM2B_DIGEST cp{};
        TPM2B_NONCE ref{};
        return tpmBaseCode(Esys_PolicySecret(m_esys, entity, session, ESYS_TR_PASSWORD,
                                             ESYS_TR_NONE, ESYS_TR_NONE, &nonce, &cp, &ref, 0,
                                             nullptr, nullptr));
    }

    // Loads a blob of the card file under the storage primary (the TCG template is public).
    ESYS_TR load(TpmObject& primary, const TpmBlob& blob)
    {
        TPM2B_PUBLIC pub{};
        TPM2B_PRIVATE priv{};
        size_t o = 0;
        Tss2_MU_TPM2B_PUBLIC_Unmarshal(reinterpret_cast<const uint8_t*>(blob.publicArea.data()),
                                       size_t(blob.publicArea.size()), &o, &pub);
        o = 0;
        Tss2_MU_TPM2B_PRIVATE_Unmarshal(reinterpret_cast<const uint8_t*>(blob.privateArea.data()),
                                        size_t(blob.privateArea.size()), &o, &priv);
        ESYS_TR handle = ESYS_TR_NONE;
        const TSS2_RC rc = Esys_Load(m_esys, primary.handle(), ESYS_TR_PASSWORD, ESYS_TR_NONE,
                                     ESYS_TR_NONE, &priv, &pub, &handle);
        if (rc != TSS2_RC_SUCCESS)
            qFatal("Load failed: 0x%x", rc);
        return handle;
    }

    // Unseal with a policy session; the TPM's code and what came out.
    TSS2_RC unseal(ESYS_TR object, ESYS_TR session, QByteArray* out)
    {
        TPM2B_SENSITIVE_DATA* data = nullptr;
        const TSS2_RC rc = Esys_Unseal(m_esys, object, session, ESYS_TR_NONE, ESYS_TR_NONE, &data);
        if (rc == TSS2_RC_SUCCESS && out)
            *out = QByteArray(reinterpret_cast<const char*>(data->buffer), data->size);
        Esys_Free(data);
        return tpmBaseCode(rc);
    }

    TSS2_RC unsealWithAuth(ESYS_TR object, const QByteArray& auth, QByteArray* out)
    {
        TPM2B_AUTH a{};
        a.size = UINT16(auth.size());
        std::memcpy(a.buffer, auth.constData(), size_t(auth.size()));
        Esys_TR_SetAuth(m_esys, object, &a);
        TPM2B_SENSITIVE_DATA* data = nullptr;
        const TSS2_RC rc =
            Esys_Unseal(m_esys, object, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE, &data);
        if (rc == TSS2_RC_SUCCESS && out)
            *out = QByteArray(reinterpret_cast<const char*>(data->buffer), data->size);
        Esys_Free(data);
        return tpmBaseCode(rc);
    }

    TSS2_RC policyNvEquals(ESYS_TR session, std::uint32_t handle, std::uint64_t value)
    {
        ESYS_TR nv = ESYS_TR_NONE;
        TSS2_RC rc =
            Esys_TR_FromTPMPublic(m_esys, handle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &nv);
        if (rc != TSS2_RC_SUCCESS)
            return tpmBaseCode(rc);
        TPM2B_OPERAND operand{};
        operand.size = 8;
        for (int i = 0; i < 8; ++i)
            operand.buffer[i] = BYTE(value >> (56 - 8 * i));
        rc = Esys_PolicyNV(m_esys, nv, nv, session, ESYS_TR_PASSWORD, ESYS_TR_NONE, ESYS_TR_NONE,
                           &operand, 0, TPM2_EO_EQ);
        Esys_TR_Close(m_esys, &nv);
        return tpmBaseCode(rc);
    }

    // Removes an NV index with the (empty) owner authorization and defines one alike (same
    // attributes, policy and size) whose authValue is the attacker's.
    void remakeIndex(std::uint32_t handle, const QByteArray& auth)
    {
        ESYS_TR nv = ESYS_TR_NONE;
        QCOMPARE(
            Esys_TR_FromTPMPublic(m_esys, handle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &nv),
            TSS2_RC(TSS2_RC_SUCCESS));
        TPM2B_NV_PUBLIC* pub = nullptr;
        QCOMPARE(
            Esys_NV_ReadPublic(m_esys, nv, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, &pub, nullptr),
            TSS2_RC(TSS2_RC_SUCCESS));
        TPM2B_NV_PUBLIC alike = *pub;
        Esys_Free(pub);
        alike.nvPublic.attributes &= ~TPMA_NV_WRITTEN;
        QCOMPARE(Esys_NV_UndefineSpace(m_esys, ESYS_TR_RH_OWNER, nv, ESYS_TR_PASSWORD, ESYS_TR_NONE,
                                       ESYS_TR_NONE),
                 TSS2_RC(TSS2_RC_SUCCESS));
        TPM2B_AUTH a{};
        a.size = UINT16(auth.size());
        std::memcpy(a.buffer, auth.constData(), size_t(auth.size()));
        ESYS_TR made = ESYS_TR_NONE;
        QCOMPARE(Esys_NV_DefineSpace(m_esys, ESYS_TR_RH_OWNER, ESYS_TR_PASSWORD, ESYS_TR_NONE,
                                     ESYS_TR_NONE, &a, &alike, &made),
                 TSS2_RC(TSS2_RC_SUCCESS));
        Esys_TR_Close(m_esys, &made);
    }

    void flush(ESYS_TR handle) { Esys_FlushContext(m_esys, handle); }
    ESYS_CONTEXT* esys() const { return m_esys; }

private:
    Tpm& m_tpm;
    ESYS_CONTEXT* m_esys;
};

QByteArray bytesOf(const Secret& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), qsizetype(s.size()));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// Puts an old copy of the card file back, as an attacker with the user's rights can.
void restoreFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray pinAuth(const CardRecord& card, const char* pin)
{
    return bytesOf(pinAuthValue(card.cardId, Secret::fromText(QString::fromLatin1(pin))));
}

QByteArray pukAuth(const CardRecord& card, const char* puk)
{
    return bytesOf(pukAuthValue(card.cardId, Secret::fromText(QString::fromLatin1(puk))));
}

// TPM authValues drop trailing zero bytes; so must a raw caller.
QByteArray trimmed(QByteArray auth)
{
    while (!auth.isEmpty() && auth.endsWith('\0'))
        auth.chop(1);
    return auth;
}

// What a PIN opens now: the old one, the new one, or neither (NotFound: no such card).
enum class Opens { Old, New, Neither, Absent };

Opens whichPinOpens(CardService& service, int card, const char* oldPin, const char* newPin)
{
    try {
        service.verifyPin(card, pin(oldPin));
        return Opens::Old;
    } catch (const Error& e) {
        if (e.code() == ErrorCode::NotFound)
            return Opens::Absent;
        if (e.code() != ErrorCode::AuthFailed)
            throw;
    }
    try {
        service.verifyPin(card, pin(newPin));
        return Opens::New;
    } catch (const Error& e) {
        if (e.code() != ErrorCode::AuthFailed)
            throw;
    }
    return Opens::Neither;
}

} // namespace

class TestCardGuard : public CardTestCase
{
    Q_OBJECT

    Secret adminKey() { return CardTestEnv::defaultAdminKeyForTests(); }

    int makeCard() { return makeCardWith(m_env->service, 3); }

    int makeCardWith(CardService& service, int adminResets = 1)
    {
        CreateOptions o = basicCardOptions(QStringLiteral("Guarded"));
        o.pin = pin("12345678");
        o.puk = pin("87654321");
        o.pinMaxTries = 5;
        o.adminResetStock = adminResets;
        return service.create(o);
    }

private Q_SLOTS:
    // Per-card tries live in the TPM: whatever is restored or reset, at most 5 wrong PINs
    // in all; then the right PIN is refused until the PUK sets a new one. The TPM's global
    // lockout counter never moves.
    void triesLiveInTheTpm()
    {
        const int id = makeCard();
        const CardRecord card = m_env->store.load(id);
        const QString file = m_env->store.cardPath(id);
        const QByteArray backup = readFile(file);
        Attacker attacker(*m_env->tpm);
        attacker.clearLockout();
        const std::uint32_t lockoutBefore = attacker.lockoutCounter();
        const std::uint32_t pinIndex = card.guard->pinIndex.handle;
        int wrong = 0;
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 2 && wrong < 5; ++i, ++wrong)
                QCOMPARE(attacker.policySecretOnIndex(pinIndex, trimmed(pinAuth(card, "wrongpin"))),
                         TSS2_RC(TPM2_RC_BAD_AUTH));
            QCOMPARE(attacker.lockoutCounter(), lockoutBefore);
            restoreFile(file, backup);
            attacker.clearLockout();
        }
        // Five wrong PINs in all: the TPM refuses the right one, to anyone.
        QCOMPARE(attacker.policySecretOnIndex(pinIndex, trimmed(pinAuth(card, "12345678"))),
                 TSS2_RC(TPM2_RC_AUTH_UNAVAILABLE));
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(id, pin("12345678")), ErrorCode::Blocked);
        QCOMPARE(m_env->service.status(id).pinTriesLeft, 0);
        QCOMPARE(attacker.lockoutCounter(), lockoutBefore);

        // Wrong PUKs are counted by the PUK's own index, the same way.
        const std::uint32_t pukIndex = card.guard->pukIndex->handle;
        QCOMPARE(attacker.policySecretOnIndex(pukIndex, trimmed(pukAuth(card, "wrongpuk"))),
                 TSS2_RC(TPM2_RC_BAD_AUTH));
        restoreFile(file, backup);
        TPMVSC_EXPECT_ERROR(m_env->service.unblockWithPuk(id, pin("wrongpuk"), pin("11112222")),
                            ErrorCode::AuthFailed);
        QCOMPARE(m_env->service.status(id).pukTriesLeft, 3);
        QCOMPARE(attacker.lockoutCounter(), lockoutBefore);

        m_env->service.unblockWithPuk(id, pin("87654321"), pin("11112222"));
        m_env->service.verifyPin(id, pin("11112222"));
        QCOMPARE(m_env->service.status(id).pinTriesLeft, 5);
        QCOMPARE(m_env->service.status(id).pukTriesLeft, 5);
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(id, pin("12345678")), ErrorCode::AuthFailed);
    }

    // Old secrets are dead: after changepin, unblock and admin reset the previous PIN fails
    // even with the card file from before; a used challenge cannot be answered again.
    void oldSecretsAreDead()
    {
        const int id = makeCard();
        const CardRecord card = m_env->store.load(id);
        const QString file = m_env->store.cardPath(id);
        const QByteArray original = readFile(file);
        Attacker attacker(*m_env->tpm);
        const std::uint32_t pinIndex = card.guard->pinIndex.handle;

        m_env->service.changePin(id, pin("12345678"), pin("22223333"));
        restoreFile(file, original);
        QCOMPARE(attacker.policySecretOnIndex(pinIndex, trimmed(pinAuth(card, "12345678"))),
                 TSS2_RC(TPM2_RC_BAD_AUTH));
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(id, pin("12345678")), ErrorCode::AuthFailed);
        m_env->service.verifyPin(id, pin("22223333"));

        m_env->service.unblockWithPuk(id, pin("87654321"), pin("33334444"));
        restoreFile(file, original);
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(id, pin("22223333")), ErrorCode::AuthFailed);
        m_env->service.verifyPin(id, pin("33334444"));

        const QByteArray challenge = m_env->service.adminChallenge(id);
        const Secret response = computeAdminResponse(adminKey(), challenge);
        m_env->service.adminResetPin(id, challenge, response, pin("44445555"));
        restoreFile(file, original);
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(id, pin("33334444")), ErrorCode::AuthFailed);
        m_env->service.verifyPin(id, pin("44445555"));
        // The same answer again, through tpmvsc with the old file ...
        TPMVSC_EXPECT_ERROR(m_env->service.adminResetPin(id, challenge, response, pin("55556666")),
                            ErrorCode::NotFound);
        // ... and raw: the challenge's branch needs the counter where it no longer is.
        int index = 0;
        while (card.adminChallenges[index].challenge != challenge)
            ++index;
        ESYS_TR session = attacker.startPolicy();
        QCOMPARE(attacker.policyNvEquals(session, card.guard->adminCounter->handle,
                                         card.guard->adminCounterBase + 2 * index + 1),
                 TSS2_RC(TPM2_RC_POLICY));
        attacker.flush(session);
        m_env->service.verifyPin(id, pin("44445555"));
    }

    // The store keeps parsed records of settled files (core/store/ParsedCards): an old copy
    // put back over a kept record, in place and with the kept file's modification time, is
    // what the store reads, and the TPM still counts every wrong PIN and refuses the old one.
    void restoredOverAKeptRecord()
    {
        const int id = makeCard();
        const CardRecord card = m_env->store.load(id);
        const QString file = m_env->store.cardPath(id);
        const QByteArray original = readFile(file);
        Attacker attacker(*m_env->tpm);
        attacker.clearLockout();
        const std::uint32_t pinIndex = card.guard->pinIndex.handle;

        m_env->service.changePin(id, pin("12345678"), pin("22223333"));
        QTest::qSleep(2100); // settled: from now on load() answers from the kept record
        const CardRecord kept = m_env->store.load(id);
        struct stat keptStat = {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &keptStat), 0);

        for (int i = 0; i < 2; ++i)
            QCOMPARE(attacker.policySecretOnIndex(pinIndex, trimmed(pinAuth(card, "wrongpin"))),
                     TSS2_RC(TPM2_RC_BAD_AUTH));
        attacker.clearLockout();
        restoreFile(file, original);
        const timespec times[2] = {keptStat.st_atim, keptStat.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(file).constData(), times, 0), 0);

        const CardRecord read = m_env->store.load(id);
        QVERIFY(read == CardStore::parse(original, file));
        QVERIFY(!(read == kept));
        QCOMPARE(attacker.policySecretOnIndex(pinIndex, trimmed(pinAuth(card, "12345678"))),
                 TSS2_RC(TPM2_RC_BAD_AUTH));
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(id, pin("12345678")), ErrorCode::AuthFailed);
        // Four wrong PINs counted by the TPM, whatever the restored file said.
        QCOMPARE(m_env->service.status(id).pinTriesLeft, 1);
        m_env->service.verifyPin(id, pin("22223333"));
        QCOMPARE(m_env->service.status(id).pinTriesLeft, 5);
    }

    // No silent bypass: the PUK and an admin response authorize a new PIN, never the card
    // secret. The sealed secret opens only through the PIN index.
    void pukAndAdminNeverOpenTheCardSecret()
    {
        const int id = makeCard();
        const CardRecord card = m_env->store.load(id);
        const QByteArray cardSecret =
            bytesOf(m_env->service.openSession(id, pin("12345678"))->cardSecret());
        Attacker attacker(*m_env->tpm);
        TpmObject primary = createStoragePrimary(*m_env->tpm, nullptr);

        ESYS_TR sealed = attacker.load(primary, card.guard->sealedSecret);
        ESYS_TR session = attacker.startPolicy();
        QCOMPARE(attacker.policySecret(session, card.guard->pukIndex->handle,
                                       trimmed(pukAuth(card, "87654321"))),
                 TSS2_RC(TSS2_RC_SUCCESS));
        QByteArray out;
        QCOMPARE(attacker.unseal(sealed, session, &out), TSS2_RC(TPM2_RC_POLICY_FAIL));
        attacker.flush(session);

        // An admin response: its proof object seals nothing of the card's.
        const QByteArray challenge = card.adminChallenges.first().challenge;
        const Secret response = computeAdminResponse(adminKey(), challenge);
        const QByteArray responseAuth =
            trimmed(bytesOf(adminAuthValue(card.cardId, challenge, response)));
        ESYS_TR proof = attacker.load(primary, card.adminChallenges.first().sealedSecret);
        QCOMPARE(attacker.unsealWithAuth(proof, responseAuth, &out), TSS2_RC(TSS2_RC_SUCCESS));
        QVERIFY(!out.contains(cardSecret));
        QVERIFY(out.size() < cardSecret.size());
        session = attacker.startPolicy();
        QCOMPARE(attacker.policySecretOn(session, proof, responseAuth), TSS2_RC(TSS2_RC_SUCCESS));
        QCOMPARE(attacker.unseal(sealed, session, &out), TSS2_RC(TPM2_RC_POLICY_FAIL));
        attacker.flush(session);
        attacker.flush(proof);
        attacker.flush(sealed);
        // The PIN index itself, with the right PIN, opens it (the one way there is).
        sealed = attacker.load(primary, card.guard->sealedSecret);
        session = attacker.startPolicy();
        QCOMPARE(attacker.policySecret(session, card.guard->pinIndex.handle,
                                       trimmed(pinAuth(card, "12345678"))),
                 TSS2_RC(TSS2_RC_SUCCESS));
        QCOMPARE(attacker.unseal(sealed, session, &out), TSS2_RC(TSS2_RC_SUCCESS));
        QCOMPARE(out, cardSecret);
        attacker.flush(session);
        attacker.flush(sealed);
    }

    // The owner (empty authorization: anyone) removes the PIN index and defines one alike
    // with an authValue of their own. Unwritten, the TPM lets no one use its authValue,
    // and writing it needs the card's policy; even a session that got past it would not
    // match the Name the card secret is sealed to. tpmvsc says the counter is gone.
    void aRemadePinIndexOpensNothing()
    {
        const int id = makeCard();
        const CardRecord card = m_env->store.load(id);
        Attacker attacker(*m_env->tpm);
        const QByteArray mine = QByteArrayLiteral("attacker's own value");
        attacker.remakeIndex(card.guard->pinIndex.handle, mine);
        TpmObject primary = createStoragePrimary(*m_env->tpm, nullptr);
        ESYS_TR sealed = attacker.load(primary, card.guard->sealedSecret);
        ESYS_TR session = attacker.startPolicy();
        const TSS2_RC usedMine = attacker.policySecret(session, card.guard->pinIndex.handle, mine);
        const TSS2_RC opened = attacker.unseal(sealed, session, nullptr);
        attacker.flush(session);
        attacker.flush(sealed);
        QCOMPARE(usedMine, TSS2_RC(TPM2_RC_AUTH_UNAVAILABLE));
        QCOMPARE(opened, TSS2_RC(TPM2_RC_POLICY_FAIL));
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(id, pin("12345678")), ErrorCode::NotFound);
        // The look-alike took the card's place in every way the TPM shows: destroy removes
        // it with the card's other indices.
        m_env->service.destroy(id);
        QVERIFY(!readNvPublic(*m_env->tpm, card.guard->pinIndex.handle).has_value());
    }

    // The software policy digests are the TPM's: a trial session run through the same
    // commands ends with the digest PolicyDigest computes.
    void policyDigestsMatchTheTpm()
    {
        const int id = makeCard();
        const CardRecord card = m_env->store.load(id);
        Tpm& tpm = *m_env->tpm;
        ESYS_TR trial = ESYS_TR_NONE;
        TPMT_SYM_DEF sym{};
        sym.algorithm = TPM2_ALG_NULL;
        QCOMPARE(Esys_StartAuthSession(tpm.esys(), ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                       ESYS_TR_NONE, ESYS_TR_NONE, nullptr, TPM2_SE_TRIAL, &sym,
                                       TPM2_ALG_SHA256, &trial),
                 TSS2_RC(TSS2_RC_SUCCESS));
        NvRef counter =
            openNvIndex(tpm, card.guard->adminCounter->handle, card.guard->adminCounter->name);
        policyNvEquals(tpm, trial, counter.handle(), 7);
        policyCommandCode(tpm, trial, TPM2_CC_NV_Write);
        TPM2B_DIGEST* digest = nullptr;
        QCOMPARE(Esys_PolicyGetDigest(tpm.esys(), trial, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                                      &digest),
                 TSS2_RC(TSS2_RC_SUCCESS));
        const QByteArray fromTpm(reinterpret_cast<const char*>(digest->buffer), digest->size);
        Esys_Free(digest);
        Esys_FlushContext(tpm.esys(), trial);
        const policy::Digest ours = policy::commandCode(
            policy::nvEquals(policy::initial(), card.guard->adminCounter->name, 7),
            TPM2_CC_NV_Write);
        QCOMPARE(fromTpm.toHex(), ours.toHex());
        // And each index's Name as the TPM reports it is the one the card file holds.
        NvRef pinRef = openNvIndex(tpm, card.guard->pinIndex.handle, card.guard->pinIndex.name);
        Q_UNUSED(pinRef);
    }

    // All or nothing across file and NV: swtpm killed before each TPM command of each
    // operation leaves the card working as before (or after), or absent once the
    // interrupted work is finished; never a card without its indices, nor an index that
    // no card names.
    void killedAtEachCommandLeavesWholeCardsOnly_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char* op : {"create", "changePin", "unblock", "adminReset", "destroy"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }

    void killedAtEachCommandLeavesWholeCardsOnly()
    {
        QFETCH(QString, operation);
        const Secret admin = adminKey();
        auto run = [&](CardService& s, int card) {
            if (operation == QLatin1String("create")) {
                makeCardWith(s);
            } else if (operation == QLatin1String("changePin")) {
                s.changePin(card, pin("12345678"), pin("changed!"));
            } else if (operation == QLatin1String("unblock")) {
                s.unblockWithPuk(card, pin("87654321"), pin("changed!"));
            } else if (operation == QLatin1String("adminReset")) {
                const QByteArray c = s.adminChallenge(card);
                s.adminResetPin(card, c, computeAdminResponse(admin, c), pin("changed!"));
            } else if (operation == QLatin1String("destroy")) {
                s.destroy(card);
            }
        };
        const bool create = operation == QLatin1String("create");
        // The commands the operation sends when nothing fails.
        std::uint64_t total = 0;
        {
            const int card = create ? -1 : makeCardWith(m_env->service);
            const std::uint64_t start = m_env->tpm->commandsSent();
            run(m_env->service, card);
            total = m_env->tpm->commandsSent() - start;
        }
        QVERIFY(total > 3);
        const QList<std::uint32_t> othersBefore = m_env->service.strayIndices();
        for (std::uint64_t n = 1; n <= total; ++n) {
            const QString step = QStringLiteral("%1, killed before command %2 of %3")
                                     .arg(operation)
                                     .arg(n)
                                     .arg(total);
            const int card = create ? -1 : makeCardWith(m_env->service);
            const QList<int> before = m_env->store.instances();
            m_env->tpm.reset();
            {
                Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
                const std::uint64_t base = tpm.commandsSent();
                tpm.setBeforeCommandHook([&](std::uint64_t number) {
                    if (number == base + n)
                        m_swtpm->kill();
                });
                CardService service(tpm, m_env->store);
                try {
                    run(service, card);
                } catch (const Error& e) {
                    QVERIFY2(e.code() == ErrorCode::TpmUnavailable,
                             qPrintable(step + QStringLiteral(": ") + e.message()));
                }
            }
            m_swtpm->start();
            m_env->tpm.reconnect();
            CardService& s = m_env->service;
            s.finishInterrupted();
            if (create) {
                // A new card is whole (its PIN opens it) or was never there.
                for (int instance : m_env->store.instances()) {
                    if (!before.contains(instance))
                        QVERIFY2(whichPinOpens(s, instance, "12345678", "-") == Opens::Old,
                                 qPrintable(step));
                }
            } else if (operation == QLatin1String("destroy")) {
                const Opens now = whichPinOpens(s, card, "12345678", "changed!");
                QVERIFY2(now == Opens::Old || now == Opens::Absent, qPrintable(step));
            } else {
                const Opens now = whichPinOpens(s, card, "12345678", "changed!");
                QVERIFY2(now == Opens::Old || now == Opens::New, qPrintable(step));
            }
            // Every card's indices are there; no index is left that no card names.
            for (std::uint32_t handle : s.strayIndices())
                QVERIFY2(othersBefore.contains(handle), qPrintable(step));
            for (int instance : m_env->store.instances()) {
                const CardRecord c = m_env->store.load(instance);
                QVERIFY2(c.state == CardState::Ready, qPrintable(step));
                QVERIFY2(readNvPublic(*m_env->tpm, c.guard->pinIndex.handle).has_value(),
                         qPrintable(step));
            }
            TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        }
        for (int instance : m_env->store.instances())
            m_env->service.destroy(instance);
    }

    // Existing cards keep working: a card made before TPM-held counters opens, signs and
    // changes its PIN as before, says it is not TPM-counted, and `upgrade` moves it (keys
    // kept) to the guard, after which old copies of its file open nothing with a changed PIN.
    void cardsMadeBeforeKeepWorkingAndUpgrade()
    {
        CreateOptions o = basicCardOptions(QStringLiteral("Older"));
        o.pin = pin("12345678");
        o.puk = pin("87654321");
        o.adminResetStock = 2;
        const int id = createLegacyCard(*m_env->tpm, m_env->store, o);
        CardService& s = m_env->service;
        QVERIFY(!s.status(id).tpmHeldCounters);
        s.verifyPin(id, pin("12345678"));
        const KeyInfo key = s.generateKey(id, pin("12345678"), KeyAlgorithm::EccP256, QString());
        s.changePin(id, pin("12345678"), pin("22223333"));
        const QString file = m_env->store.cardPath(id);
        const QByteArray beforeUpgrade = readFile(file);

        TPMVSC_EXPECT_ERROR(s.upgradeCard(id, pin("22223333"), std::nullopt, adminKey()),
                            ErrorCode::InvalidInput); // the PUK is needed too
        s.upgradeCard(id, pin("22223333"), pin("87654321"), adminKey());
        const CardStatus status = s.status(id);
        QVERIFY(status.tpmHeldCounters);
        QCOMPARE(status.adminResetsLeft, 2);
        const CardRecord upgraded = m_env->store.load(id);
        QVERIFY(upgraded.pinSealedSecret.isEmpty());
        QVERIFY(!upgraded.pukSealedSecret);
        // The key made before still signs: the card secret stayed.
        s.sign(id, pin("22223333"), key.id, HashAlgorithm::Sha256, SignatureScheme::Ecdsa,
               QByteArray(32, 'u'));
        s.changePin(id, pin("22223333"), pin("33334444"));
        // The upgraded file, restored after a PIN change: the old PIN is dead.
        const QByteArray afterUpgrade = readFile(file);
        restoreFile(file, afterUpgrade);
        TPMVSC_EXPECT_ERROR(s.verifyPin(id, pin("22223333")), ErrorCode::AuthFailed);
        const QByteArray challenge = s.adminChallenge(id);
        s.adminResetPin(id, challenge, computeAdminResponse(adminKey(), challenge),
                        pin("44445555"));
        s.verifyPin(id, pin("44445555"));
        Q_UNUSED(beforeUpgrade);
        s.destroy(id);
    }

    // Parameter encryption, checked on the wire: through a whole card's life no command
    // or response carries a PIN-, PUK- or response-derived authValue or the card secret in
    // the clear. The same search finds an authValue sent in a password session, so it can
    // fail.
    void noSecretCrossesTheWireInTheClear()
    {
        QByteArray wire;
        m_env->tpm->setCommandHook([&](const std::uint8_t* bytes, std::size_t size) {
            wire.append(reinterpret_cast<const char*>(bytes), qsizetype(size));
        });
        m_env->tpm->setResponseHook([&](std::uint8_t* bytes, std::size_t size) {
            wire.append(reinterpret_cast<const char*>(bytes), qsizetype(size));
        });
        CardService& s = m_env->service;
        const int id = makeCard();
        const CardRecord card = m_env->store.load(id);
        const KeyInfo key = s.generateKey(id, pin("12345678"), KeyAlgorithm::EccP256, QString());
        s.sign(id, pin("12345678"), key.id, HashAlgorithm::Sha256, SignatureScheme::Ecdsa,
               QByteArray(32, 'w'));
        TPMVSC_EXPECT_ERROR(s.verifyPin(id, pin("wrongpin")), ErrorCode::AuthFailed);
        s.changePin(id, pin("12345678"), pin("22223333"));
        s.unblockWithPuk(id, pin("87654321"), pin("33334444"));
        const QByteArray challenge = s.adminChallenge(id);
        const Secret response = computeAdminResponse(adminKey(), challenge);
        s.adminResetPin(id, challenge, response, pin("44445555"));
        const QByteArray cardSecret = bytesOf(s.openSession(id, pin("44445555"))->cardSecret());
        QList<QByteArray> secrets{
            cardSecret, trimmed(pukAuth(card, "87654321")),
            trimmed(bytesOf(adminAuthValue(card.cardId, challenge, response)))};
        for (const char* p : {"12345678", "wrongpin", "22223333", "33334444", "44445555"})
            secrets << trimmed(pinAuth(card, p)) << QByteArray(p);
        for (const QByteArray& secret : secrets)
            QVERIFY2(!wire.contains(secret), secret.toHex().constData());

        // The control: the PIN's authValue sent as a password finds its way onto the wire.
        wire.clear();
        Attacker attacker(*m_env->tpm);
        attacker.policySecretOnIndex(card.guard->pinIndex.handle,
                                     trimmed(pinAuth(card, "44445555")));
        QVERIFY(wire.contains(trimmed(pinAuth(card, "44445555"))));
        m_env->tpm->setCommandHook({});
        m_env->tpm->setResponseHook({});
    }

    // A login's own commands (two sessions, the sealed secret) leave nothing loaded on
    // the TPM, with the right PIN or a wrong one.
    void loginLeavesNothingLoaded()
    {
        CardService& s = m_env->service;
        const int id = makeCard();
        TPMVSC_EXPECT_ERROR(s.verifyPin(id, pin("wrongpin")), ErrorCode::AuthFailed);
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        s.verifyPin(id, pin("12345678"));
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        {
            // A session for signing holds the login's salted session and the storage
            // primary (this TPM has no persistent one), nothing else.
            const std::unique_ptr<CardSession> session = s.openSession(id, pin("12345678"));
            QCOMPARE(m_env->tpm->loadedSessions().size(), 1);
            QCOMPARE(m_env->tpm->transientHandles().size(), 1);
        }
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        // After a wrong PIN the session's login also resets the TPM's count, which needs
        // an ESYS session: the held slot is given up for it, and nothing more stays.
        TPMVSC_EXPECT_ERROR(s.verifyPin(id, pin("wrongpin")), ErrorCode::AuthFailed);
        {
            const std::unique_ptr<CardSession> session = s.openSession(id, pin("12345678"));
            QCOMPARE(m_env->tpm->loadedSessions().size(), 1);
        }
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        QCOMPARE(s.status(id).pinTriesLeft, 5);
        s.destroy(id);
    }

    // The login's answers are checked: the unsealed card secret comes back encrypted and
    // under the salted session's HMAC, as does PolicySecret's answer. One bit changed on
    // the way and the login is refused, with nothing left loaded.
    void alteredLoginResponseIsRefused_data()
    {
        QTest::addColumn<quint32>("command");
        QTest::addColumn<bool>("lastByte"); // else the first byte of the first parameter
        QTest::newRow("Unseal, the secret") << quint32(TPM2_CC_Unseal) << false;
        QTest::newRow("Unseal, the HMAC") << quint32(TPM2_CC_Unseal) << true;
        QTest::newRow("PolicySecret, the HMAC") << quint32(TPM2_CC_PolicySecret) << true;
    }
    void alteredLoginResponseIsRefused()
    {
        QFETCH(quint32, command);
        QFETCH(bool, lastByte);
        CardService& s = m_env->service;
        const int id = makeCard();
        std::uint32_t lastCommand = 0;
        m_env->tpm->setCommandHook([&](const std::uint8_t* bytes, std::size_t size) {
            if (size >= 10)
                lastCommand = qFromBigEndian<std::uint32_t>(bytes + 6);
        });
        m_env->tpm->setResponseHook([&](std::uint8_t* bytes, std::size_t size) {
            // A successful answer: header, parameterSize, the first parameter's size and
            // bytes, ..., the authorizations (their HMACs last).
            if (lastCommand == command && size > 17 &&
                qFromBigEndian<std::uint32_t>(bytes + 6) == TPM2_RC_SUCCESS)
                bytes[lastByte ? size - 1 : 16] ^= 0x01;
        });
        const auto restore = qScopeGuard([&] {
            m_env->tpm->setCommandHook({});
            m_env->tpm->setResponseHook({});
        });
        TPMVSC_EXPECT_ERROR(s.verifyPin(id, pin("12345678")), ErrorCode::Tpm);
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
        m_env->tpm->setCommandHook({});
        m_env->tpm->setResponseHook({});
        // The right PIN was accepted by the TPM: nothing was counted against it.
        QCOMPARE(s.status(id).pinTriesLeft, 5);
        s.verifyPin(id, pin("12345678"));
        s.destroy(id);
    }

    // Destroy removes the card's NV indices; nothing of it stays in the TPM.
    void destroyRemovesTheIndices()
    {
        const QList<std::uint32_t> before = usedNvHandles(*m_env->tpm);
        const int id = makeCard();
        const CardRecord card = m_env->store.load(id);
        QVERIFY(readNvPublic(*m_env->tpm, card.guard->pinIndex.handle).has_value());
        QCOMPARE(usedNvHandles(*m_env->tpm).size(), before.size() + 3);
        m_env->service.destroy(id);
        QCOMPARE(usedNvHandles(*m_env->tpm), before);
        QVERIFY(!readNvPublic(*m_env->tpm, card.guard->pinIndex.handle).has_value());
        QVERIFY(!readNvPublic(*m_env->tpm, card.guard->pukIndex->handle).has_value());
        QVERIFY(!readNvPublic(*m_env->tpm, card.guard->adminCounter->handle).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCardGuard)
#include "test_card_guard.moc"
