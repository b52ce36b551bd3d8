// Which TPM the options lead to, and whether it is a software one: decided before
// connecting (the PKCS#11 module answers C_GetSlotInfo without a TPM command).
#include "core/tpm/TpmOptions.h"
#include "services/TpmChoice.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tpmvsc;

class TestTpmOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("TPMVSC_TCTI"); }
    void cleanupTestCase() { qunsetenv("TPMVSC_TCTI"); }

    void optionComesBeforeEnvironment()
    {
        qputenv("TPMVSC_TCTI", "device:/dev/tpmrm0");
        TpmOptions options;
        QCOMPARE(configuredTcti(options), QStringLiteral("device:/dev/tpmrm0"));
        options.tcti = QStringLiteral("swtpm:port=2321");
        QCOMPARE(configuredTcti(options), QStringLiteral("swtpm:port=2321"));
        options.tcti.clear();
        qunsetenv("TPMVSC_TCTI");
        QVERIFY(configuredTcti(options).isEmpty()); // the simulator or the loader decide
    }

    void softwareTcti_data()
    {
        QTest::addColumn<QString>("tcti");
        QTest::addColumn<bool>("software");
        QTest::newRow("swtpm") << QStringLiteral("swtpm:host=127.0.0.1,port=2321") << true;
        QTest::newRow("swtpm bare") << QStringLiteral("swtpm") << true;
        QTest::newRow("mssim") << QStringLiteral("mssim:host=localhost") << true;
        QTest::newRow("resource manager") << QStringLiteral("device:/dev/tpmrm0") << false;
        QTest::newRow("tabrmd") << QStringLiteral("tabrmd:bus_type=system") << false;
        QTest::newRow("loader default") << QString() << false;
        // Only the TCTI's name counts, not a path or option that mentions swtpm.
        QTest::newRow("path") << QStringLiteral("device:/run/swtpm/tpm0") << false;
    }
    void softwareTcti()
    {
        QFETCH(QString, tcti);
        QFETCH(bool, software);
        QCOMPARE(isSoftwareTcti(tcti), software);
    }

    void reachesSoftwareTpm()
    {
        TpmOptions options;
        QVERIFY(!tpmvsc::reachesSoftwareTpm(options)); // the loader: a real TPM
        options.simulator = true;
        QVERIFY(tpmvsc::reachesSoftwareTpm(options));
        // A configured TCTI wins over the simulator, as it does when connecting.
        qputenv("TPMVSC_TCTI", "device:/dev/tpmrm0");
        QVERIFY(!tpmvsc::reachesSoftwareTpm(options));
        options.tcti = QStringLiteral("swtpm:port=2321");
        options.simulator = false;
        QVERIFY(tpmvsc::reachesSoftwareTpm(options));
    }

    // The one rule every program opens its TPM by (services/TpmChoice).
    void chooseTpmFollowsTheRule()
    {
        QTemporaryDir store;
        QVERIFY(store.isValid());
        const bool machineHasTpm = QFileInfo::exists(QStringLiteral("/dev/tpmrm0")) ||
                                   QFileInfo::exists(QStringLiteral("/dev/tpm0"));
        // No software TPM in the store: the loader decides.
        QVERIFY(!chooseTpm(TpmOptions(), store.path()).simulator);
        // A store that holds the built-in software TPM: its cards live there, so a program
        // without options (the PKCS#11 module) uses it, unless the machine has a TPM.
        QVERIFY(QDir(store.path()).mkdir(QStringLiteral("simulator")));
        QCOMPARE(chooseTpm(TpmOptions(), store.path()).simulator, !machineHasTpm);
        // What the program was told wins: --simulator, --tcti, $TPMVSC_TCTI.
        TpmOptions asked;
        asked.simulator = true;
        QVERIFY(chooseTpm(asked, store.path()).simulator);
        asked = TpmOptions();
        asked.tcti = QStringLiteral("swtpm:port=2321");
        const TpmOptions chosen = chooseTpm(asked, store.path());
        QVERIFY(!chosen.simulator);
        QCOMPARE(chosen.tcti, asked.tcti);
        qputenv("TPMVSC_TCTI", "device:/dev/tpmrm0");
        QVERIFY(!chooseTpm(TpmOptions(), store.path()).simulator);
        qunsetenv("TPMVSC_TCTI");
        // An explicit simulator folder elsewhere counts, the store's is then not looked at.
        TpmOptions elsewhere;
        elsewhere.simulatorDir = store.filePath(QStringLiteral("nowhere"));
        QVERIFY(!chooseTpm(elsewhere, store.path()).simulator);
    }
};

QTEST_GUILESS_MAIN(TestTpmOptions)
#include "test_tpm_options.moc"
