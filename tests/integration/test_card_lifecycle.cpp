// Card lifecycle against a real swtpm: create, list, status, PIN, PUK, admin reset,
// destroy. After every operation no transient object or session is left on the TPM.
#include "core/card/AdminResponse.h"
#include "tests/support/CardTestCase.h"

#include <QTest>

using namespace tpmvsc;
using namespace tpmvsc::test;

class TestCardLifecycle : public CardTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void createsWithWindowsDefaults()
    {
        CreateOptions o;
        o.name = QStringLiteral("TestVSC");
        o.adminKeyMode = AdminKeyMode::Random;
        o.pin = pin("12345678");
        o.generate = true;
        const int instance = m_env->service.create(o);
        QCOMPARE(instance, 0);
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);

        const CardStatus s = m_env->service.status(instance);
        QCOMPARE(s.instanceId, QStringLiteral("ROOT\\SMARTCARDREADER\\0000"));
        QCOMPARE(s.name, QStringLiteral("TestVSC"));
        QCOMPARE(s.pinTriesLeft, 5);
        QCOMPARE(s.pinMaxTries, 5);
        QVERIFY(!s.blocked);
        QVERIFY(!s.hasPuk);
        QCOMPARE(s.adminKeyMode, AdminKeyMode::Random);
        QCOMPARE(s.adminResetsLeft, 0); // a random admin key leaves nothing to reset with
        QVERIFY(s.fileSystem);
        QVERIFY(s.keys.isEmpty());
        QVERIFY(qAbs(s.created.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        m_env->service.verifyPin(instance, pin("12345678"));
        TPMVSC_VERIFY_NO_HANDLES(*m_env->tpm);
    }

    void instanceNumbersAreNeverReused()
    {
        QCOMPARE(m_env->createDefaultCard(QStringLiteral("a")), 0);
        QCOMPARE(m_env->createDefaultCard(QStringLiteral("b")), 1);
        m_env->service.destroy(1);
        QCOMPARE(m_env->createDefaultCard(QStringLiteral("c")), 2);
        m_env->service.destroy(0);
        QCOMPARE(m_env->createDefaultCard(QStringLiteral("d")), 3);
        QList<int> listed;
        for (const CardStatus& s : m_env->service.list())
            listed << s.instance;
        QCOMPARE(listed, (QList<int>{2, 3}));
        TPMVSC_EXPECT_ERROR(m_env->service.status(0), ErrorCode::NotFound);
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(1, pin("12345678")), ErrorCode::NotFound);
        TPMVSC_EXPECT_ERROR(m_env->service.destroy(1), ErrorCode::NotFound);
    }

    void withoutGenerateHasNoFileSystemUntilInitialised()
    {
        CreateOptions o;
        o.name = QStringLiteral("Managed");
        o.adminKey = defaultAdminKey();
        o.pin = pin("12345678");
        o.generate = false;
        const int instance = m_env->service.create(o);
        QVERIFY(!m_env->service.status(instance).fileSystem);
        TPMVSC_EXPECT_ERROR(
            m_env->service.generateKey(instance, pin("12345678"), KeyAlgorithm::EccP256, QString()),
            ErrorCode::InvalidInput);

        const QByteArray challenge = m_env->service.adminChallenge(instance);
        // A wrong response does not initialise, and uses the challenge up.
        TPMVSC_EXPECT_ERROR(
            m_env->service.initializeFileSystem(
                instance, challenge,
                computeAdminResponse(parseAdminKey(QString(48, QLatin1Char('9'))), challenge)),
            ErrorCode::AuthFailed);
        QVERIFY(!m_env->service.status(instance).fileSystem);
        const QByteArray next = m_env->service.adminChallenge(instance);
        QVERIFY(next != challenge);
        m_env->service.initializeFileSystem(instance, next,
                                            computeAdminResponse(defaultAdminKey(), next));
        QVERIFY(m_env->service.status(instance).fileSystem);
        m_env->service.generateKey(instance, pin("12345678"), KeyAlgorithm::EccP256, QString());
        QCOMPARE(m_env->service.status(instance).keys.size(), 1);
        TPMVSC_EXPECT_ERROR(m_env->service.initializeFileSystem(instance, next, Secret()),
                            ErrorCode::InvalidInput);
    }

    void wrongPinsBlockThenPukUnblocks()
    {
        const int card = m_env->createDefaultCard();
        for (int left = 4; left >= 1; --left) {
            QString message;
            TPMVSC_EXPECT_ERROR_MSG(m_env->service.verifyPin(card, pin("00000000")),
                                    ErrorCode::AuthFailed, message);
            QVERIFY2(message.contains(QString::number(left)), qPrintable(message));
            QCOMPARE(m_env->service.status(card).pinTriesLeft, left);
        }
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(card, pin("00000000")), ErrorCode::Blocked);
        QVERIFY(m_env->service.status(card).blocked);
        // Blocked means blocked: even the right PIN is refused without asking the TPM.
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(card, pin("12345678")), ErrorCode::Blocked);

        TPMVSC_EXPECT_ERROR(m_env->service.unblockWithPuk(card, pin("11111111"), pin("abcdefgh")),
                            ErrorCode::AuthFailed);
        QCOMPARE(m_env->service.status(card).pukTriesLeft, 4);
        m_env->service.unblockWithPuk(card, pin("87654321"), pin("abcdefgh"));
        const CardStatus s = m_env->service.status(card);
        QVERIFY(!s.blocked);
        QCOMPARE(s.pinTriesLeft, 5);
        QCOMPARE(s.pukTriesLeft, 5);
        m_env->service.verifyPin(card, pin("abcdefgh"));
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(card, pin("12345678")), ErrorCode::AuthFailed);
    }

    void rightPinRestoresTries()
    {
        const int card = m_env->createDefaultCard();
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(card, pin("00000000")), ErrorCode::AuthFailed);
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(card, pin("00000000")), ErrorCode::AuthFailed);
        QCOMPARE(m_env->service.status(card).pinTriesLeft, 3);
        m_env->service.verifyPin(card, pin("12345678"));
        QCOMPARE(m_env->service.status(card).pinTriesLeft, 5);
    }

    void wrongPuksBlockThePuk()
    {
        const int card = m_env->createDefaultCard();
        for (int i = 0; i < 4; ++i)
            TPMVSC_EXPECT_ERROR(
                m_env->service.unblockWithPuk(card, pin("xxxxxxxx"), pin("abcdefgh")),
                ErrorCode::AuthFailed);
        TPMVSC_EXPECT_ERROR(m_env->service.unblockWithPuk(card, pin("xxxxxxxx"), pin("abcdefgh")),
                            ErrorCode::Blocked);
        TPMVSC_EXPECT_ERROR(m_env->service.unblockWithPuk(card, pin("87654321"), pin("abcdefgh")),
                            ErrorCode::Blocked);
        m_env->service.verifyPin(card, pin("12345678")); // the PIN itself still works
    }

    void cardWithoutPukCannotUnblockWithOne()
    {
        const int card = m_env->createDefaultCard(QStringLiteral("NoPuk"), false);
        TPMVSC_EXPECT_ERROR(m_env->service.unblockWithPuk(card, pin("12345678"), pin("abcdefgh")),
                            ErrorCode::NotFound);
    }

    void changePin()
    {
        const int card = m_env->createDefaultCard();
        m_env->service.changePin(card, pin("12345678"), pin("n3w-PIN!"));
        m_env->service.verifyPin(card, pin("n3w-PIN!"));
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(card, pin("12345678")), ErrorCode::AuthFailed);
        TPMVSC_EXPECT_ERROR(m_env->service.changePin(card, pin("wrongpin"), pin("another1")),
                            ErrorCode::AuthFailed);
        QCOMPARE(m_env->service.status(card).pinTriesLeft, 3); // two wrong PINs so far
    }

    void changePinAgainstPolicyChangesNothing()
    {
        CreateOptions o;
        o.name = QStringLiteral("Strict");
        o.adminKey = defaultAdminKey();
        o.pin = pin("Abcdefg1");
        o.pinPolicy.uppercase = CharRule::Required;
        o.pinPolicy.digits = CharRule::Required;
        o.pinPolicy.specialChars = CharRule::Disallowed;
        o.generate = true;
        const int card = m_env->service.create(o);
        const StoreSnapshot before = m_env->snapshot();
        TPMVSC_EXPECT_ERROR(m_env->service.changePin(card, pin("Abcdefg1"), pin("abcdefg1")),
                            ErrorCode::PolicyViolation);
        TPMVSC_EXPECT_ERROR(m_env->service.changePin(card, pin("Abcdefg1"), pin("Abcdefg1!")),
                            ErrorCode::PolicyViolation);
        TPMVSC_EXPECT_ERROR(m_env->service.changePin(card, pin("Abcdefg1"), pin("Ab1")),
                            ErrorCode::PolicyViolation);
        TPMVSC_EXPECT_ERROR(m_env->service.changePin(card, pin("Abcdefg1"),
                                                     Secret::fromText(QStringLiteral("Abcdéfg1"))),
                            ErrorCode::PolicyViolation);
        const StoreSnapshot after = m_env->snapshot();
        QVERIFY2(before == after, qPrintable(before.diff(after)));
    }

    void createRefusesBadInputBeforeTouchingAnything()
    {
        const StoreSnapshot before = m_env->snapshot();
        const auto tpmCommands = m_env->tpm->commandsSent();
        CreateOptions o;
        o.name = QStringLiteral("Bad");
        o.adminKey = defaultAdminKey();
        o.pin = pin("1234567"); // too short for the default policy
        TPMVSC_EXPECT_ERROR(m_env->service.create(o), ErrorCode::PolicyViolation);
        o.pin = pin("12345678");
        o.puk = pin("1234");
        TPMVSC_EXPECT_ERROR(m_env->service.create(o), ErrorCode::PolicyViolation);
        o.puk.reset();
        o.pinPolicy.minLen = 3;
        TPMVSC_EXPECT_ERROR(m_env->service.create(o), ErrorCode::PolicyViolation);
        o.pinPolicy = PinPolicy();
        o.adminKey = Secret::fromText(QStringLiteral("short"));
        TPMVSC_EXPECT_ERROR(m_env->service.create(o), ErrorCode::InvalidInput);
        o.adminKey = defaultAdminKey();
        o.name = QString();
        TPMVSC_EXPECT_ERROR(m_env->service.create(o), ErrorCode::InvalidInput);
        o.name = QStringLiteral("a\nb");
        TPMVSC_EXPECT_ERROR(m_env->service.create(o), ErrorCode::InvalidInput);
        QCOMPARE(m_env->tpm->commandsSent(), tpmCommands);
        const StoreSnapshot after = m_env->snapshot();
        QVERIFY2(before == after, qPrintable(before.diff(after)));
    }

    void adminResetWorksOnceAndCountsDown()
    {
        const int card = m_env->createDefaultCard();
        QCOMPARE(m_env->service.status(card).adminResetsLeft, 3);
        const QByteArray challenge = m_env->service.adminChallenge(card);
        QCOMPARE(challenge.size(), 8);
        const Secret response = computeAdminResponse(defaultAdminKey(), challenge);
        m_env->service.adminResetPin(card, challenge, response, pin("reset-pin"));
        m_env->service.verifyPin(card, pin("reset-pin"));
        QCOMPARE(m_env->service.status(card).adminResetsLeft, 2);

        // The same challenge and response a second time are worthless.
        TPMVSC_EXPECT_ERROR(
            m_env->service.adminResetPin(card, challenge, response, pin("again123")),
            ErrorCode::NotFound);
        m_env->service.verifyPin(card, pin("reset-pin"));

        // A wrong response uses its challenge up and counts.
        const QByteArray second = m_env->service.adminChallenge(card);
        QVERIFY(second != challenge);
        TPMVSC_EXPECT_ERROR(
            m_env->service.adminResetPin(
                card, second, computeAdminResponse(defaultAdminKey(), challenge), pin("again123")),
            ErrorCode::AuthFailed);
        const CardStatus s = m_env->service.status(card);
        QCOMPARE(s.adminResetsLeft, 1);
        QCOMPARE(s.adminTriesLeft, 4);
        m_env->service.verifyPin(card, pin("reset-pin"));

        const QByteArray third = m_env->service.adminChallenge(card);
        m_env->service.adminResetPin(card, third, computeAdminResponse(defaultAdminKey(), third),
                                     pin("final-pin"));
        QCOMPARE(m_env->service.status(card).adminTriesLeft, 5);
        TPMVSC_EXPECT_ERROR(m_env->service.adminChallenge(card), ErrorCode::Capacity);
    }

    void adminResetUnblocksABlockedCard()
    {
        const int card = m_env->createDefaultCard();
        for (int i = 0; i < 5; ++i) {
            try {
                m_env->service.verifyPin(card, pin("00000000"));
            } catch (const Error&) {
            }
        }
        QVERIFY(m_env->service.status(card).blocked);
        const QByteArray c = m_env->service.adminChallenge(card);
        m_env->service.adminResetPin(card, c, computeAdminResponse(defaultAdminKey(), c),
                                     pin("unblocked"));
        QVERIFY(!m_env->service.status(card).blocked);
        m_env->service.verifyPin(card, pin("unblocked"));
    }

    void randomAdminKeyCannotBeManaged()
    {
        CreateOptions o;
        o.name = QStringLiteral("Unmanaged");
        o.adminKeyMode = AdminKeyMode::Random;
        o.pin = pin("12345678");
        o.generate = true;
        const int card = m_env->service.create(o);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(m_env->service.adminChallenge(card), ErrorCode::Unsupported,
                                message);
        QVERIFY(message.contains(QStringLiteral("random admin key")));
    }

    void destroyRemovesTheCard()
    {
        const int card = m_env->createDefaultCard();
        m_env->service.destroy(card);
        QVERIFY(m_env->service.list().isEmpty());
        QVERIFY(!QFile::exists(m_env->store.cardPath(card)));
        TPMVSC_EXPECT_ERROR(m_env->service.verifyPin(card, pin("12345678")), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCardLifecycle)
#include "test_card_lifecycle.moc"
