// The PKCS#11 module's loader (libtpmvsc-pkcs11.so): loading it, C_Initialize and
// C_GetSlotList must not bring Qt (nor the implementation) into a program while the user
// has no card, since every program that lists PKCS#11 modules pays for it; with a card,
// or once one appears, the same calls load the implementation and show the slot. And
// while it answers alone, it answers exactly as the implementation does.
//
// What is mapped can only be seen in a process without Qt of its own: the checks run in
// pkcs11_loader_probe (next to this binary), which loads the module and reports.
#include "tests/support/CardTestEnv.h"
#include "tests/support/Pkcs11Module.h"
#include "tests/support/SwtpmFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

// "name value" lines of the probe, by name (a later line wins: the probe lists twice).
using Facts = QMap<QString, QString>;

} // namespace

class TestPkcs11Loader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SwtpmFixture> m_swtpm;
    std::unique_ptr<CardTestEnv> m_env;
    QString m_cardFile; // a card made on this binary's swtpm, copied into stores
    QString m_loader;
    QString m_implementation;

    // Runs the probe with `env` (TPMVSC_HOME, XDG_DATA_HOME, HOME: set when given, else
    // removed) in `workingDirectory`; the raw lines and, split, the facts.
    QStringList probe(const QStringList& args, const QMap<QString, QString>& env,
                      Facts* facts = nullptr, const QString& workingDirectory = QString())
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"TPMVSC_HOME", "XDG_DATA_HOME", "HOME"})
            environment.remove(QString::fromLatin1(name));
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        environment.insert(QStringLiteral("TPMVSC_TCTI"), m_swtpm->tcti());
        QProcess process;
        process.setProcessEnvironment(environment);
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        process.start(
            QCoreApplication::applicationDirPath() + QStringLiteral("/pkcs11_loader_probe"), args);
        if (!process.waitForFinished(120000))
            qWarning("pkcs11_loader_probe did not finish");
        const QString err = QString::fromLocal8Bit(process.readAllStandardError());
        if (!err.isEmpty())
            qWarning("pkcs11_loader_probe: %s", qPrintable(err));
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            qWarning("pkcs11_loader_probe exited with %d", process.exitCode());
        const QStringList lines = QString::fromLocal8Bit(process.readAllStandardOutput())
                                      .split(u'\n', Qt::SkipEmptyParts);
        if (facts) {
            for (const QString& line : lines) {
                const qsizetype space = line.lastIndexOf(u' ');
                facts->insert(line.left(space), line.mid(space + 1));
            }
        }
        return lines;
    }

    Facts list(const QMap<QString, QString>& env, const QString& workingDirectory)
    {
        Facts facts;
        probe({QStringLiteral("list"), m_loader}, env, &facts, workingDirectory);
        return facts;
    }

    // A store folder as CardStore makes it (0700) with the card file in cards/.
    void addCard(const QString& root)
    {
        QVERIFY(QDir().mkpath(root + QStringLiteral("/cards")));
        for (const QString& folder : {root, root + QStringLiteral("/cards")})
            QVERIFY(QFile::setPermissions(folder,
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString target = root + QStringLiteral("/cards/") + QFileInfo(m_cardFile).fileName();
        QVERIFY(QFile::copy(m_cardFile, target));
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_loader = Pkcs11Module::defaultPath();
        m_implementation = qEnvironmentVariable("TPMVSC_PKCS11_IMPLEMENTATION");
        QVERIFY2(QFile::exists(m_loader), qPrintable(m_loader));
        QVERIFY2(QFile::exists(m_implementation), "TPMVSC_PKCS11_IMPLEMENTATION not set by ctest");
        m_swtpm = std::make_unique<SwtpmFixture>();
        m_env = std::make_unique<CardTestEnv>(*m_swtpm);
        const int instance = m_env->createDefaultCard();
        m_env->tpm.reset();
        m_cardFile = m_env->store.root() + QStringLiteral("/cards/") +
                     QStringLiteral("%1.card").arg(instance, 4, 10, QLatin1Char('0'));
        QVERIFY(QFile::exists(m_cardFile));
    }

    // Each way CardStore finds the store, without a card there and then with one.
    void noCardNoQt_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");      // below the test's folder, unless relative
        QTest::addColumn<QString>("storeBelow"); // the store's folder below the test's
        QTest::addColumn<bool>("storeFolder");   // made, with an empty cards/
        const auto row = [](const char* name, const char* variable, const char* value,
                            const char* storeBelow, bool storeFolder) {
            QTest::newRow(name) << QString::fromLatin1(variable) << QString::fromLatin1(value)
                                << QString::fromLatin1(storeBelow) << storeFolder;
        };
        row("TPMVSC_HOME, no folder", "TPMVSC_HOME", "/s", "/s", false);
        row("TPMVSC_HOME, empty cards/", "TPMVSC_HOME", "/s", "/s", true);
        row("TPMVSC_HOME, relative", "TPMVSC_HOME", "a/../s/.", "/s", true);
        row("XDG_DATA_HOME", "XDG_DATA_HOME", "/d", "/d/tpmvsc", true);
        row("XDG_DATA_HOME relative, HOME", "XDG_DATA_HOME", "d", "/h/.local/share/tpmvsc", true);
        row("HOME", "HOME", "/h", "/h/.local/share/tpmvsc", false);
    }

    void noCardNoQt()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        QFETCH(QString, storeBelow);
        QFETCH(bool, storeFolder);
        QTemporaryDir dir;
        const QString root = dir.path() + storeBelow;
        if (storeFolder) {
            QVERIFY(QDir().mkpath(root + QStringLiteral("/cards")));
            for (const QString& folder : {root, root + QStringLiteral("/cards")})
                QFile::setPermissions(folder,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            // Not card files by CardStore's naming: no reason to load anything.
            for (const char* name : {"12.card", "00012.card", "0001.card.tmp", "abcd.card"})
                QVERIFY(QFile(root + QStringLiteral("/cards/") + QLatin1String(name))
                            .open(QIODevice::WriteOnly));
        }
        QMap<QString, QString> env{{variable, value.startsWith(u'/') ? dir.path() + value : value}};
        if (variable == QLatin1String("XDG_DATA_HOME") && !value.startsWith(u'/'))
            env.insert(QStringLiteral("HOME"), dir.path() + QStringLiteral("/h"));
        Facts facts = list(env, dir.path());
        QCOMPARE(facts.value(QStringLiteral("initialize")), QStringLiteral("0"));
        QCOMPARE(facts.value(QStringLiteral("slotlist")), QStringLiteral("0"));
        QCOMPARE(facts.value(QStringLiteral("slots")), QStringLiteral("0"));
        QCOMPARE(facts.value(QStringLiteral("qt")), QStringLiteral("0"));
        QCOMPARE(facts.value(QStringLiteral("implementation")), QStringLiteral("0"));
        QCOMPARE(facts.value(QStringLiteral("finalize")), QStringLiteral("0"));

        // The same store with a card: the implementation is loaded and shows its slot.
        addCard(root);
        facts = list(env, dir.path());
        QCOMPARE(facts.value(QStringLiteral("initialize")), QStringLiteral("0"));
        QCOMPARE(facts.value(QStringLiteral("slots")), QStringLiteral("1"));
        QCOMPARE(facts.value(QStringLiteral("qt")), QStringLiteral("1"));
        QCOMPARE(facts.value(QStringLiteral("implementation")), QStringLiteral("1"));
        QCOMPARE(facts.value(QStringLiteral("finalize")), QStringLiteral("0"));
    }

    // A store CardStore refuses (open to other users): the loader cannot tell whether it
    // holds cards, so the implementation answers, with its error.
    void refusedStoreIsTheImplementations()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/s");
        QVERIFY(QDir().mkpath(root));
        QVERIFY(QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ExeOther));
        const Facts facts = list({{QStringLiteral("TPMVSC_HOME"), root}}, dir.path());
        QCOMPARE(facts.value(QStringLiteral("initialize")), QStringLiteral("0"));
        QCOMPARE(facts.value(QStringLiteral("slotlist")), QString::number(CKR_DEVICE_ERROR));
        QCOMPARE(facts.value(QStringLiteral("implementation")), QStringLiteral("1"));
    }

    // A card made after C_Initialize shows up at the next C_GetSlotList, as with the
    // implementation alone (which reads the store at each call).
    void cardAppearsLater()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/store");
        Facts facts;
        const QStringList lines = probe({QStringLiteral("list"), m_loader, m_cardFile},
                                        {{QStringLiteral("TPMVSC_HOME"), root}}, &facts);
        // The first listing, before the card.
        QVERIFY2(lines.contains(QStringLiteral("slots 0")), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.indexOf(QStringLiteral("qt 0")) >= 0);
        QVERIFY(lines.indexOf(QStringLiteral("qt 0")) < lines.indexOf(QStringLiteral("added 1")));
        // The second, from four threads.
        QCOMPARE(facts.value(QStringLiteral("added")), QStringLiteral("1"));
        QCOMPARE(facts.value(QStringLiteral("slotlist")), QStringLiteral("0"));
        QCOMPARE(facts.value(QStringLiteral("slots")), QStringLiteral("1"));
        QCOMPARE(facts.value(QStringLiteral("threads agree")), QStringLiteral("1"));
        QCOMPARE(facts.value(QStringLiteral("qt")), QStringLiteral("1"));
        QCOMPARE(facts.value(QStringLiteral("finalize")), QStringLiteral("0"));
    }

    // The same calls, in the same order, against the loader (which answers alone until
    // a card function is called) and the implementation: the same answers.
    void answersAsTheImplementation()
    {
        QTemporaryDir dir;
        const QMap<QString, QString> env{{QStringLiteral("TPMVSC_HOME"), dir.path()}};
        const QStringList loader = probe({QStringLiteral("rules"), m_loader}, env);
        const QStringList implementation = probe({QStringLiteral("rules"), m_implementation}, env);
        QCOMPARE(loader.join(u'\n'), implementation.join(u'\n'));
        // And they are the right ones (the conformance tests check the rest).
        for (const char* line :
             {"getinfo before 400", "initialize reserved 7", "initialize some callbacks 7",
              "initialize own locks 10", "initialize os locks 0", "initialize again 401",
              "slotlist buffer 4 count 0", "fork child initializes 0", "finalize again 400",
              "slotinfo 3", "fork child initializes, implementation 0",
              "initialize after reload 0"})
            QVERIFY2(loader.contains(QLatin1String(line)), line);
    }
};

QTEST_GUILESS_MAIN(TestPkcs11Loader)
#include "test_pkcs11_loader.moc"
