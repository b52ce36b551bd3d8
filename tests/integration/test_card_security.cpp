// The security properties of DESIGN.md, each shown against a real swtpm:
//  1. no secret (nor a hash of one) in the store; keys fixedTPM/fixedParent/sensitiveDataOrigin
//  2. the TPM checks the PIN; card files copied to another TPM are useless
//  3. wrong PINs count toward the TPM's dictionary-attack lockout too
//  4. a forged card file cannot unlock the keys (admin reset / PIN are TPM-verified)
//  5. a TPM that dies at any step of any operation leaves the card exactly as it was
//  and two programs on one card: the second is refused with Busy.
#include "CardTestCase.h"
#include "KillAtEachCommand.h"
#include "card/AdminResponse.h"
#include "card/CardSecrets.h"
#include "tpm/TpmObjects.h"

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

        const QByteArray store = allStoreBytes(m_env->store.root());
        QVERIFY(!store.isEmpty());
        const CardRecord record = m_env->store.load(card);
        QList<QByteArray> secrets{"Pin-Secret-42",
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
        const TPM2B_PUBLIC sealed = unmarshalPublic(record.pinSealedSecret.publicArea);
        QVERIFY(sealed.publicArea.objectAttributes & TPMA_OBJECT_FIXEDTPM);
        QVERIFY(!(sealed.publicArea.objectAttributes & TPMA_OBJECT_NODA));
    }

    void wrongPinsCountTowardTheTpmLockout()
    {
        const int card = m_env->createDefaultCard();
        const std::uint32_t before = m_env->tpm->info().lockoutCounter;
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(card, pin("00000000")), ErrorCode::AuthFailed);
        QCOMPARE(m_env->tpm->info().lockoutCounter, before + 1);
        m_env->tpm->clearLockout();
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

            // Even with the primary check fooled, the other TPM cannot load the blobs.
            CardRecord forged = m_env->store.load(card);
            QByteArray otherName;
            {
                TpmObject primary = createStoragePrimary(other, &otherName);
            }
            forged.primaryName = otherName;
            m_env->store.save(forged);
            TPMVSC_EXPECT_ERROR(elsewhere.verifyPin(card, pin("12345678")), ErrorCode::WrongTpm);
            TPMVSC_VERIFY_NO_HANDLES(other);
        }
    }

    void forgedPinBlobDoesNotUnlockTheKeys()
    {
        // Someone with the card files and the TPM but no PIN seals a secret of their own
        // under a PIN they chose. The TPM still refuses the keys: their authValue is the
        // real card secret, which only the PIN, PUK or an admin response unseals.
        const int card = m_env->createDefaultCard();
        const KeyInfo key =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        CardRecord record = m_env->store.load(card);
        {
            QByteArray name;
            TpmObject primary = createStoragePrimary(*m_env->tpm, &name);
            TpmObject session = startSaltedSession(*m_env->tpm, primary.handle());
            record.pinSealedSecret =
                sealSecret(*m_env->tpm, primary.handle(), session.handle(),
                           pinAuthValue(record.cardId, pin("attacker")), Secret::random(32));
        }
        m_env->store.save(record);
        m_env->service.verifyPin(card, pin("attacker")); // the forged wrapper opens...
        TPMVSC_EXPECT_ERROR(m_env->service.sign(card, pin("attacker"), key.id,
                                                HashAlgorithm::Sha256, SignatureScheme::Ecdsa,
                                                QByteArray(32, 'x')),
                            ErrorCode::AuthFailed); // ...but the key does not
        m_env->tpm->clearLockout();
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
        for (const char* op : {"create", "verifyPin", "changePin", "unblock", "adminReset",
                               "generateKey", "sign", "deleteKey"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }

    void tpmDyingAtAnyStepLeavesTheCardAsItWas()
    {
        QFETCH(QString, operation);
        const int card = m_env->createDefaultCard();
        const KeyInfo key =
            m_env->service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, QString());
        const std::function<void(CardService&)> run = [&](CardService& s) {
            if (operation == QLatin1String("create")) {
                CreateOptions o;
                o.name = QStringLiteral("second");
                o.adminKey = defaultAdminKey();
                o.pin = pin("12345678");
                o.puk = pin("87654321");
                o.adminResetStock = 2;
                s.create(o);
            } else if (operation == QLatin1String("verifyPin")) {
                s.verifyPin(card, pin("12345678"));
            } else if (operation == QLatin1String("changePin")) {
                s.changePin(card, pin("12345678"), pin("changed!"));
            } else if (operation == QLatin1String("unblock")) {
                s.unblockWithPuk(card, pin("87654321"), pin("changed!"));
            } else if (operation == QLatin1String("adminReset")) {
                const QByteArray c = s.adminChallenge(card);
                s.adminResetPin(card, c, computeAdminResponse(defaultAdminKey(), c),
                                pin("changed!"));
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
        QVERIFY(r.completed < 3);
        CardService s(*m_env->tpm, m_env->store);
        s.verifyPin(card, pin("12345678"));
        QCOMPARE(s.status(card).pinTriesLeft, 5);
    }
};

QTEST_GUILESS_MAIN(TestCardSecurity)
#include "test_card_security.moc"
