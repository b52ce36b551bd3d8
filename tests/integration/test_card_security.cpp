// The security properties of the README, each shown against a real swtpm:
//  1. no secret (nor a hash of one) in the store; keys fixedTPM/fixedParent/sensitiveDataOrigin
//  2. the TPM checks the PIN; card files copied to another TPM are useless
//  3. wrong PINs cost the card (its own TPM counter), never the TPM's global lockout
//  4. a forged card file cannot unlock the keys (admin reset / PIN are TPM-verified)
//  5. a TPM that dies at any step of an operation on keys leaves the card exactly as it
//     was (operations on the card's NV indices: test_card_guard)
//  and two programs on one card: the second is refused with Busy.
#include "core/card/AdminResponse.h"
#include "core/card/CardSecrets.h"
#include "core/card/CardSession.h"
#include "core/tpm/PolicyDigest.h"
#include "core/tpm/TpmNv.h"
#include "core/tpm/TpmObjects.h"
#include "tests/support/CardTestCase.h"
#include "tests/support/KillAtEachCommand.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QTest>
#include <functional>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {
QByteArray bytesOf(const Secret& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), static_cast<qsizetype>(s.size()));
}

QByteArray allStoreBytes(const QString& root)
{
    QByteArray all;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        f.open(QIODevice::ReadOnly);
        all += f.readAll();
    }
    return all;
}

// Every form a secret could leak in: raw, hex (both cases), base64, and common hashes.
QList<QByteArray> leakForms(const QByteArray& secret)
{
    QList<QByteArray> forms{secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64()};
    for (auto alg :
         {QCryptographicHash::Sha1, QCryptographicHash::Sha256, QCryptographicHash::Sha512}) {
        const QByteArray h = QCryptographicHash::hash(secret, alg);
        forms << h << h.toHex() << h.toBase64();
    }
    return forms;
}
} // namespace

class TestCardSecurity : public CardTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void noSecretInTheStore()
    {
        const Secret adminKey =
            parseAdminKey(QStringLiteral("00112233445566778899AABBCCDDEEFF0011223344556677"));
        CreateOptions o;
        o.name = QStringLiteral("Secretive");
        o.adminKeyMode = AdminKeyMode::Prompt;
        o.adminKey = adminKey;
        o.pin = pin("Pin-Secret-42");
        o.puk = pin("Puk-Secret-77");
        o.generate = true;
        o.adminResetStock = 4;
        const int card = m_env->service.create(o);
        m_env->service.generateKey(card, pin("Pin-Secret-42"), KeyAlgorithm::EccP256, QString());
        m_env->service.changePin(card, pin("Pin-Secret-42"), pin("Pin-Changed-43"));
        const QByteArray cardSecret =
            bytesOf(m_env->service.openSession(card, pin("Pin-Changed-43"))->cardSecret());

        const QByteArray store = allStoreBytes(m_env->store.root());
        QVERIFY(!store.isEmpty());
        const CardRecord record = m_env->store.load(card);
        // The card secret is also the keys' and the witness's authValue.
        QList<QByteArray> secrets{cardSecret,
                                  bytesOf(pinAuthValue(record.cardId, pin("Pin-Secret-42"))),
                                  "Pin-Secret-42",
                                  "Pin-Changed-43",
                                  "Puk-Secret-77",
                                  bytesOf(adminKey),
                                  bytesOf(pinAuthValue(record.cardId, pin("Pin-Changed-43"))),
                                  bytesOf(pukAuthValue(record.cardId, pin("Puk-Secret-77")))};
        for (const AdminChallenge& c : record.adminChallenges) {
            const Secret response = computeAdminResponse(adminKey, c.challenge);
            secrets << bytesOf(response)
                    << bytesOf(adminAuthValue(record.cardId, c.challenge, response));
        }
        for (const QByteArray& secret : secrets) {
            for (const QByteArray& form : leakForms(secret))
                QVERIFY2(!store.contains(form), form.toHex().constData());
        }
    }

    void keysAreBoundToTheTpm()
    {
        const int card = m_env->createDefaultCard();
        m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::Rsa2048, QString());
        const CardRecord record = m_env->store.load(card);
        const TPM2B_PUBLIC pub = unmarshalPublic(record.keys.first().blob.publicArea);
        const TPMA_OBJECT a = pub.publicArea.objectAttributes;
        QVERIFY(a & TPMA_OBJECT_FIXEDTPM);
        QVERIFY(a & TPMA_OBJECT_FIXEDPARENT);
        QVERIFY(a & TPMA_OBJECT_SENSITIVEDATAORIGIN);
        QVERIFY(!(a & TPMA_OBJECT_NODA)); // guesses at its authValue count toward lockout
        // The card secret opens by policy only (PolicySecret on the PIN index), never by an
        // authValue of its own.
        const TPM2B_PUBLIC sealed = unmarshalPublic(record.guard->sealedSecret.publicArea);
        const TPMA_OBJECT s = sealed.publicArea.objectAttributes;
        QVERIFY(s & TPMA_OBJECT_FIXEDTPM);
        QVERIFY(s & TPMA_OBJECT_FIXEDPARENT);
        QVERIFY(!(s & TPMA_OBJECT_USERWITHAUTH));
        QVERIFY(s & TPMA_OBJECT_ADMINWITHPOLICY);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(sealed.publicArea.authPolicy.buffer),
                            sealed.publicArea.authPolicy.size)
                     .toHex(),
                 policy::secret(policy::initial(), record.guard->pinIndex.name).toHex());
    }

    void wrongPinsLeaveTheTpmLockoutAlone()
    {
        const int card = m_env->createDefaultCard();
        const std::uint32_t before = m_env->tpm->info().lockoutCounter;
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(card, pin("00000000")), ErrorCode::AuthFailed);
        TPMVSC_EXPECT_ERROR(m_env->service.unblockWithPuk(card, pin("00000000"), pin("11112222")),
                            ErrorCode::AuthFailed);
        QCOMPARE(m_env->tpm->info().lockoutCounter, before);
        QCOMPARE(m_env->service.status(card).pinTriesLeft, 4);
    }

    void cardFilesAreUselessOnAnotherTpm()
    {
        const int card = m_env->createDefaultCard();
        const KeyInfo key =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        const QString otherTcti = m_swtpm->startOtherTpm();
        {
            Tpm other(TpmOptions{otherTcti, false, {}}, QString());
            CardService elsewhere(other, m_env->store);
            TPMVSC_EXPECT_ERROR(elsewhere.verifyPin(card, pin("12345678")), ErrorCode::WrongTpm);
            TPMVSC_EXPECT_ERROR(elsewhere.sign(card, pin("12345678"), key.id, HashAlgorithm::Sha256,
                                               SignatureScheme::Ecdsa, QByteArray(32, 'x')),
                                ErrorCode::WrongTpm);

            // Even with the primary check fooled, the other TPM has no such PIN index (nor
            // could it load the blobs).
            CardRecord forged = m_env->store.load(card);
            QByteArray otherName;
            {
                TpmObject primary = createStoragePrimary(other, &otherName);
            }
            forged.primaryName = otherName;
            m_env->store.save(forged);
            TPMVSC_EXPECT_ERROR(elsewhere.verifyPin(card, pin("12345678")), ErrorCode::NotFound);
            TPMVSC_VERIFY_NO_HANDLES(other);
        }
    }

    void forgedPinBlobDoesNotUnlockTheKeys()
    {
        // Someone with the card files and the TPM but no PIN makes a PIN index of their own
        // (an NV index with a PIN they chose) and seals a secret of their own to it. The
        // TPM still refuses the keys: their authValue is the real card secret, which only
        // the card's own PIN index releases.
        const int card = m_env->createDefaultCard();
        const KeyInfo key =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        CardRecord record = m_env->store.load(card);
        const QList<std::uint32_t> free = freeNvHandles(*m_env->tpm, 1);
        const NvIndexSpec own{free.first(), TPMA_NV_AUTHREAD | TPMA_NV_AUTHWRITE | TPMA_NV_NO_DA,
                              QByteArray(), 8};
        {
            QByteArray name;
            TpmObject primary = createStoragePrimary(*m_env->tpm, &name);
            TpmObject session = startSaltedSession(*m_env->tpm, primary.handle());
            defineNvIndex(*m_env->tpm, session.handle(), own,
                          pinAuthValue(record.cardId, pin("attacker")), Secret());
            record.guard->pinIndex = NvIndexRecord{own.handle, own.name(false)};
            record.guard->sealedSecret = sealUnderPolicy(
                *m_env->tpm, primary.handle(), session.handle(),
                policy::secret(policy::initial(), own.name(false)), Secret::random(32));
        }
        m_env->store.save(record);
        m_env->service.verifyPin(card, pin("attacker")); // the forged wrapper opens...
        TPMVSC_EXPECT_ERROR(m_env->service.sign(card, pin("attacker"), key.id,
                                                HashAlgorithm::Sha256, SignatureScheme::Ecdsa,
                                                QByteArray(32, 'x')),
                            ErrorCode::AuthFailed); // ...but the key does not
        m_env->tpm->clearLockout();
        QByteArray name;
        TpmObject primary = createStoragePrimary(*m_env->tpm, &name);
        TpmObject session = startSaltedSession(*m_env->tpm, primary.handle());
        undefineNvIndex(*m_env->tpm, session.handle(), own.handle, Secret());
    }

    void adminResponseIsCheckedByTheTpm()
    {
        // The response for one challenge does not open another challenge's sealed secret,
        // even when the file is edited to pair them.
        const int card = m_env->createDefaultCard();
        CardRecord record = m_env->store.load(card);
        const QByteArray first = record.adminChallenges[0].challenge;
        record.adminChallenges[0].sealedSecret = record.adminChallenges[1].sealedSecret;
        m_env->store.save(record);
        const Secret response = computeAdminResponse(defaultAdminKey(), first);
        TPMVSC_EXPECT_ERROR(m_env->service.adminResetPin(card, first, response, pin("hijacked")),
                            ErrorCode::AuthFailed);
        m_env->tpm->clearLockout();
    }

    void aSecondProgramOnTheSameCardIsRefused()
    {
        const int card = m_env->createDefaultCard();
        {
            StoreLock created = m_env->store.lockCard(card); // creates the lock file
        }
        QProcess holder;
        holder.start(QStringLiteral("flock"),
                     {m_env->store.root() + QStringLiteral("/locks/0000.lock"),
                      QStringLiteral("sleep"), QStringLiteral("5")});
        QVERIFY(holder.waitForStarted());
        QTest::qWait(300);
        const StoreSnapshot before = m_env->snapshot();
        QElapsedTimer timer;
        timer.start();
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(
            [&] {
                CardStore store(m_env->store.root());
                store.lockCard(card, 500);
            }(),
            ErrorCode::Busy, message);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY2(message.contains(QStringLiteral("ROOT\\SMARTCARDREADER\\0000")),
                 qPrintable(message));
        QVERIFY(before == m_env->snapshot());
        holder.kill();
        holder.waitForFinished();
        m_env->service.verifyPin(card, pin("12345678"));
    }

    // The TPM is killed just before the n-th command of an operation, for every n the
    // operation sends. Each time the operation must fail with TpmUnavailable, the store
    // must be byte-for-byte as before, and the card must still work afterwards.
    void tpmDyingAtAnyStepLeavesTheCardAsItWas_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char* op : {"verifyPin", "generateKey", "sign", "deleteKey"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }

    void tpmDyingAtAnyStepLeavesTheCardAsItWas()
    {
        QFETCH(QString, operation);
        const int card = m_env->createDefaultCard();
        const KeyInfo key =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        const std::function<void(CardService&)> run = [&](CardService& s) {
            if (operation == QLatin1String("verifyPin")) {
                s.verifyPin(card, pin("12345678"));
            } else if (operation == QLatin1String("generateKey")) {
                s.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
            } else if (operation == QLatin1String("sign")) {
                s.sign(card, pin("12345678"), key.id, HashAlgorithm::Sha256, SignatureScheme::Ecdsa,
                       QByteArray(32, 's'));
            } else if (operation == QLatin1String("deleteKey")) {
                s.deleteKey(card, pin("12345678"), key.id);
            }
        };
        // Runs that succeed are undone, so that every later step is tried too.
        const KillAtEachCommandResult r =
            killTpmAtEachCommand(*m_env, *m_swtpm, run, AfterCompleted::Restore);
        QVERIFY2(r.failure.isEmpty(), qPrintable(r.failure));
        QVERIFY(r.commands > 0);
        QVERIFY(r.completed <= 3); // only the final flushes may be lost
        CardService s(*m_env->tpm, m_env->store);
        s.verifyPin(card, pin("12345678"));
        QCOMPARE(s.status(card).pinTriesLeft, 5);
    }
};

QTEST_GUILESS_MAIN(TestCardSecurity)
#include "test_card_security.moc"
