// The TPM connection: reaching it (and failing to, clearly), what it reports, return
// codes turned into categories, the command counter, and the dictionary-attack backstop.
#include "core/card/AdminResponse.h"
#include "core/tpm/TpmError.h"
#include "core/tpm/TpmObjects.h"
#include "core/tpm/TpmRandom.h"
#include "tests/support/CardTestEnv.h"
#include "tests/support/FleetTpm.h"
#include "tests/support/LegacyCard.h"

#include <QProcess>
#include <QTest>
#include <unistd.h>

using namespace tpmvsc;
using namespace tpmvsc::test;

class TestTpm : public QObject
{
    Q_OBJECT
    std::unique_ptr<SwtpmFixture> m_swtpm;

private Q_SLOTS:
    void initTestCase() { m_swtpm = std::make_unique<SwtpmFixture>(); }

    void reportsWhatItIs()
    {
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        const TpmInfo info = tpm.info();
        QVERIFY(!info.manufacturer.isEmpty());
        QVERIFY(info.software);
        QVERIFY(info.lockoutAuthEmpty);
        QVERIFY(!info.inLockout);
        QCOMPARE(info.maxAuthFail, 1000u); // as the fixture set it
        QCOMPARE(info.tcti, m_swtpm->tcti());
    }

    void environmentChoosesTheTpm()
    {
        qputenv("TPMVSC_TCTI", m_swtpm->tcti().toUtf8());
        Tpm tpm(TpmOptions{}, QString());
        QCOMPARE(tpm.tcti(), m_swtpm->tcti());
    }

    void unreachableTpmIsSaidClearly()
    {
        const QString tcti = unreachableSwtpmTcti();
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(Tpm(TpmOptions{tcti, false, {}}, QString()),
                                ErrorCode::TpmUnavailable, message);
        QVERIFY2(message.contains(tcti), qPrintable(message));
        TPMVSC_EXPECT_ERROR(Tpm(TpmOptions{QStringLiteral("no-such-tcti"), false, {}}, QString()),
                            ErrorCode::TpmUnavailable);
    }

    void returnCodesBecomeCategories_data()
    {
        QTest::addColumn<quint32>("rc");
        QTest::addColumn<int>("code");
        auto add = [](const char* name, TSS2_RC rc, ErrorCode code) {
            QTest::newRow(name) << quint32(rc) << int(code);
        };
        add("auth fail, session 1", TPM2_RC_AUTH_FAIL | TPM2_RC_S | TPM2_RC_1,
            ErrorCode::AuthFailed);
        add("bad auth, session 2", TPM2_RC_BAD_AUTH | TPM2_RC_S | TPM2_RC_2, ErrorCode::AuthFailed);
        add("auth fail via resource manager",
            TSS2_RESMGR_TPM_RC_LAYER | TPM2_RC_AUTH_FAIL | TPM2_RC_S | TPM2_RC_1,
            ErrorCode::AuthFailed);
        add("lockout", TPM2_RC_LOCKOUT, ErrorCode::TpmLockout);
        add("integrity, parameter 1", TPM2_RC_INTEGRITY | TPM2_RC_P | TPM2_RC_1,
            ErrorCode::WrongTpm);
        add("object memory", TPM2_RC_OBJECT_MEMORY, ErrorCode::Tpm);
        add("curve", TPM2_RC_CURVE | TPM2_RC_P | TPM2_RC_2, ErrorCode::Unsupported);
        add("tcti io", TSS2_TCTI_RC_IO_ERROR, ErrorCode::TpmUnavailable);
        add("esys lost response", TSS2_ESYS_RC_BAD_SEQUENCE, ErrorCode::TpmUnavailable);
        add("failure mode", TPM2_RC_FAILURE, ErrorCode::TpmUnavailable);
        add("other", TPM2_RC_VALUE | TPM2_RC_P | TPM2_RC_1, ErrorCode::Tpm);
    }

    void returnCodesBecomeCategories()
    {
        QFETCH(quint32, rc);
        QFETCH(int, code);
        const Error e = tpmError("Esys_Test", rc);
        QCOMPARE(errorCodeName(e.code()), errorCodeName(ErrorCode(code)));
        QVERIFY2(e.message().contains(QLatin1String("Esys_Test")), qPrintable(e.message()));
        QVERIFY(!e.message().isEmpty());
    }

    void countsCommandsAndFlushesEverything()
    {
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        const auto before = tpm.commandsSent();
        tpm.transientHandles();
        QCOMPARE(tpm.commandsSent(), before + 1);
        {
            TpmObject primary = createStoragePrimary(tpm, nullptr);
            TpmObject session = startSaltedSession(tpm, primary.handle());
            QCOMPARE(tpm.transientHandles().size(), 1);
            QCOMPARE(tpm.loadedSessions().size(), 1);
        }
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }

    void randomBytesComeInTheTpmsPieces()
    {
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        QCOMPARE(tpmRandom(tpm, 100).size(), 100);
        // A TPM may give fewer bytes than asked: the rest is asked for again.
        const std::vector<std::uint8_t> oneByte{0x80, 0x01, 0, 0, 0, 0x0d, 0, 0, 0, 0, 0, 1, 0xa5};
        const auto before = tpm.commandsSent();
        tpm.setStandIn([&](std::uint64_t) { return std::optional(oneByte); });
        QCOMPARE(tpmRandom(tpm, 3), QByteArray(3, '\xa5'));
        tpm.setStandIn({});
        QCOMPARE(tpm.commandsSent() - before, 3u);
    }

    void aTpmGivingNoRandomBytesIsAnError()
    {
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        // GetRandom answered with success and an empty TPM2B_DIGEST. Asking again gets
        // nowhere; after 50 such answers the real TPM answers, so a caller that keeps
        // asking ends with bytes (and this test fails) instead of hanging.
        const std::vector<std::uint8_t> none{0x80, 0x01, 0, 0, 0, 0x0c, 0, 0, 0, 0, 0, 0};
        int empty = 0;
        tpm.setStandIn([&](std::uint64_t) -> std::optional<std::vector<std::uint8_t>> {
            if (empty == 50)
                return std::nullopt;
            ++empty;
            return none;
        });
        TPMVSC_EXPECT_ERROR(tpmRandom(tpm, 16), ErrorCode::Tpm);
        tpm.setStandIn({});
        QCOMPARE(empty, 1);
        QCOMPARE(tpmRandom(tpm, 16).size(), 16); // the connection still works
    }

    void ownerPasswordIsNotMistakenForAWrongPin()
    {
        const QString tcti = m_swtpm->startOtherTpm();
        QProcess tool;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TPM2TOOLS_TCTI"), tcti);
        tool.setProcessEnvironment(env);
        tool.start(QStringLiteral("tpm2_changeauth"),
                   {QStringLiteral("-c"), QStringLiteral("owner"), QStringLiteral("ownerpass")});
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 0);
        QTemporaryDir dir;
        CardStore store(dir.path());
        Tpm tpm(TpmOptions{tcti, false, {}}, QString());
        CardService service(tpm, store);
        CreateOptions o;
        o.name = QStringLiteral("owned");
        o.adminKey = Secret::random(24);
        o.pin = pin("12345678");
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(service.create(o), ErrorCode::Unsupported, message);
        QVERIFY2(message.contains(QLatin1String("owner password")), qPrintable(message));
        QVERIFY(service.list().isEmpty());
    }

    void persistentStorageKeyServesTheCardsMadeUnderIt()
    {
        // A card made before the administrator provisions the TCG storage key keeps its
        // created primary; cards made after use the persistent key and spare the
        // CreatePrimary (and its flush) at every PIN check.
        const QString tcti = m_swtpm->startOtherTpm();
        QTemporaryDir dir;
        CardStore store(dir.path());
        CreateOptions o;
        o.name = QStringLiteral("before");
        o.adminKey = Secret::random(24);
        o.pin = pin("12345678");
        int before = -1;
        {
            Tpm tpm(TpmOptions{tcti, false, {}}, QString());
            QVERIFY(!tpm.persistentStorageKey());
            CardService service(tpm, store);
            before = service.create(o);
        }
        const QString problem = provisionFleetTpm(tcti, QByteArray());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        Tpm tpm(TpmOptions{tcti, false, {}}, QString());
        QVERIFY(tpm.persistentStorageKey());
        TPM2B_NAME* raw = nullptr;
        QCOMPARE(Esys_TR_GetName(tpm.esys(), *tpm.persistentStorageKey(), &raw), TSS2_RC_SUCCESS);
        const QByteArray keyName(reinterpret_cast<const char*>(raw->name), raw->size);
        Esys_Free(raw);
        CardService service(tpm, store);
        o.name = QStringLiteral("after");
        const int after = service.create(o);
        QCOMPARE(store.load(after).primaryName, keyName);
        QVERIFY(store.load(before).primaryName != keyName);

        auto pinCheckCommands = [&](int card) {
            const std::uint64_t start = tpm.commandsSent();
            service.verifyPin(card, pin("12345678"));
            return tpm.commandsSent() - start;
        };
        // StartAuthSession (salted), StartAuthSession (policy), PolicySecret on the PIN
        // index, Load, Unseal (both sessions end with it), the flush of the sealed object.
        QCOMPARE(pinCheckCommands(after), 6u);
        QCOMPARE(pinCheckCommands(before), 8u); // + CreatePrimary and its flush
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }

    void aLookAlikeKeyAtTheStorageHandleIsNotUsed()
    {
        // Anyone with the (often empty) owner authorization can put a key at 0x81000001.
        // One not made from the TCG template (here: dictionary-attack protected, unlike
        // ours) must not become a new card's storage key: the card gets a created key.
        const QString tcti = m_swtpm->startOtherTpm();
        const QString problem = provisionFleetTpm(
            tcti, QByteArray(),
            QStringLiteral("fixedtpm|fixedparent|sensitivedataorigin|userwithauth|restricted|"
                           "decrypt"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTemporaryDir dir;
        CardStore store(dir.path());
        Tpm tpm(TpmOptions{tcti, false, {}}, QString());
        QVERIFY(tpm.persistentStorageKey());
        TPM2B_NAME* raw = nullptr;
        QCOMPARE(Esys_TR_GetName(tpm.esys(), *tpm.persistentStorageKey(), &raw), TSS2_RC_SUCCESS);
        const QByteArray lookAlike(reinterpret_cast<const char*>(raw->name), raw->size);
        Esys_Free(raw);
        CardService service(tpm, store);
        CreateOptions o;
        o.name = QStringLiteral("beside a look-alike");
        o.adminKey = Secret::random(24);
        o.pin = pin("12345678");
        const int card = service.create(o);
        QVERIFY(store.load(card).primaryName != lookAlike);
        QCOMPARE(tpm.persistentStorageKeyIsOurs(), std::optional<bool>(false));
        service.verifyPin(card, pin("12345678"));
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }

    void lockoutLeavesTheCardsCountersAlone()
    {
        // A TPM that locks out after 2 failures, put into lockout by wrong PINs on a card of
        // an older tpmvsc (its secrets are DA-protected objects). A card of today is not
        // DA-protected where the PIN is concerned: its PIN index still judges PINs and
        // counts the wrong ones itself, and admin resets work; only its keys, which are
        // DA-protected, wait for the lockout to end.
        const QString tcti = m_swtpm->startOtherTpm();
        QTemporaryDir dir;
        CardStore store(dir.path());
        Tpm tpm(TpmOptions{tcti, false, {}}, QString());
        tpm.setDictionaryAttackParameters(2, 1000, 1000);
        CardService service(tpm, store);
        CreateOptions o;
        o.name = QStringLiteral("lockout");
        o.adminKey = defaultAdminKey();
        o.pin = pin("12345678");
        o.pinMaxTries = 10;
        o.generate = true;
        const int card = service.create(o);
        const KeyInfo key = service.generateKey(card, pin("12345678"), KeyAlgorithm::EccP256, {});
        o.name = QStringLiteral("older");
        const int older = createLegacyCard(tpm, store, o);
        TPMVSC_EXPECT_ERROR(service.verifyPin(older, pin("wrong-1")), ErrorCode::AuthFailed);
        TPMVSC_EXPECT_ERROR(service.verifyPin(older, pin("wrong-2")), ErrorCode::AuthFailed);
        QVERIFY(tpm.info().inLockout);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(service.verifyPin(older, pin("12345678")), ErrorCode::TpmLockout,
                                message);
        QVERIFY2(message.contains(QLatin1String("lockout")), qPrintable(message));
        QCOMPARE(service.status(older).pinTriesLeft, 8);

        service.verifyPin(card, pin("12345678"));
        TPMVSC_EXPECT_ERROR(service.verifyPin(card, pin("wrong-3")), ErrorCode::AuthFailed);
        QCOMPARE(service.status(card).pinTriesLeft, 9);
        const QByteArray challenge = service.adminChallenge(card);
        service.adminResetPin(card, challenge, computeAdminResponse(defaultAdminKey(), challenge),
                              pin("newpin12"));
        TPMVSC_EXPECT_ERROR(service.sign(card, pin("newpin12"), key.id, HashAlgorithm::Sha256,
                                         SignatureScheme::Ecdsa, QByteArray(32, 'l')),
                            ErrorCode::TpmLockout);
        tpm.clearLockout();
        service.sign(card, pin("newpin12"), key.id, HashAlgorithm::Sha256, SignatureScheme::Ecdsa,
                     QByteArray(32, 'l'));
        service.destroy(card);
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }
};

QTEST_GUILESS_MAIN(TestTpm)
#include "test_tpm.moc"
