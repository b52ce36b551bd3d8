// The create-card wizard as a user drives it, against swtpm: the happy path ends in a
// card that tpmvscmgr lists; the PIN rules follow every keystroke; Next stays disabled for
// invalid PINs and mismatches; cancelling anywhere (even while the TPM works) leaves no
// card; a TPM that dies before or during creation shows the core's sentence, leaves no
// card, and the wizard works again once the TPM is back; and all of it by keyboard alone.
#include "WizardDriver.h"
#include "core/card/AdminResponse.h"
#include "core/store/InstanceId.h"
#include "i18n/Translations.h"
#include "services/CardWorker.h"
#include "tests/support/AttestationCaProcess.h"
#include "tests/support/CardTestEnv.h"
#include "tests/support/FleetTpm.h"
#include "tests/support/LegacyCard.h"
#include "ui/common/ErrorText.h"
#include "ui/widgets/Notice.h"
#include "ui/widgets/PinEntry.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <memory>

using namespace tpmvsc;
using namespace tpmvsc::test;

class TestWizard : public QObject
{
    Q_OBJECT
    std::unique_ptr<SwtpmFixture> m_swtpm;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CardWorker> m_worker;
    std::unique_ptr<CreateCardWizard> m_wizard;

    QString storeRoot() const { return m_home->path() + QStringLiteral("/store"); }
    QList<int> cards() const { return CardStore(storeRoot()).instances(); }

    QString tpmvscmgr(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TPMVSC_HOME"), storeRoot());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("TPMVSC_TPMVSCMGR"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qWarning("tpmvscmgr %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    CreateCardWizard& open()
    {
        m_wizard = std::make_unique<CreateCardWizard>(*m_worker);
        m_wizard->show();
        return *m_wizard;
    }
    QAbstractButton* button(QWizard::WizardButton which) { return m_wizard->button(which); }
    int page() const { return m_wizard->currentId(); }

    // Presses Next (or Create) and checks where the wizard went.
    bool next(int expectedPage)
    {
        QAbstractButton* b = m_wizard->currentPage()->isCommitPage() ? button(QWizard::CommitButton)
                                                                     : button(QWizard::NextButton);
        if (!b->isEnabled()) {
            qWarning("Next is disabled on page %d", page());
            return false;
        }
        b->click();
        if (page() != expectedPage)
            qWarning("on page %d, expected %d", page(), expectedPage);
        return page() == expectedPage;
    }

    void waitForTpm() { QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*m_wizard), 20000); }

    // Welcome -> Card (named) -> PIN page.
    void toPinPage(const QString& name)
    {
        waitForTpm();
        QVERIFY(next(CreateCardWizard::CardPageId));
        TPMVSC_STEP(typeInto(m_wizard.get(), "cardNameEdit", name));
        QVERIFY(next(CreateCardWizard::PinPageId));
    }

    void typePin(const char* edit, const char* confirm, const QString& text)
    {
        TPMVSC_STEP(typeInto(m_wizard.get(), edit, text));
        TPMVSC_STEP(typeInto(m_wizard.get(), confirm, text));
    }

    // From the PIN page to the summary with PIN and PUK typed.
    void toSummary(const QString& pin, const QString& puk)
    {
        TPMVSC_STEP(typePin("pinEdit", "pinConfirmEdit", pin));
        QVERIFY(next(CreateCardWizard::RecoveryPageId));
        TPMVSC_STEP(typePin("pukEdit", "pukConfirmEdit", puk));
        QVERIFY(next(CreateCardWizard::SummaryPageId));
    }

    QString createError() const
    {
        auto* notice = m_wizard->findChild<Notice*>(QStringLiteral("createErrorNotice"));
        return notice && !notice->isHidden() ? notice->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_swtpm = std::make_unique<SwtpmFixture>();
        // For people looking at the grabbed pages: another language (the tests' checks of
        // English wording then fail; grab with the tests that check objects, not words).
        if (const QString lang = qEnvironmentVariable("TPMVSC_GRAB_LANG"); !lang.isEmpty())
            QVERIFY(Translations::install(lang));
        if (qEnvironmentVariableIsSet("TPMVSC_GRAB_DARK")) {
            // For people looking at the grabbed pages: the same pages in a dark palette.
            QApplication::setStyle(QStringLiteral("Fusion"));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
            dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
            dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
            QApplication::setPalette(dark);
        }
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        // Empty TCTI: the worker follows $TPMVSC_TCTI, which the fixture updates when swtpm
        // restarts on a new port.
        m_worker = std::make_unique<CardWorker>(TpmOptions{}, storeRoot());
    }

    void cleanup()
    {
        m_wizard.reset();
        m_worker.reset();
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }

    void happyPathCreatesACardTpmvscmgrLists()
    {
        CreateCardWizard& w = open();
        QSignalSpy created(&w, &CreateCardWizard::cardCreated);
        waitForTpm();
        // The welcome page says which TPM, and that swtpm is not hardware.
        QVERIFY(!child<QLabel>(&w, "tpmManufacturerLabel")->text().isEmpty());
        QVERIFY(!child<QLabel>(&w, "tpmFirmwareLabel")->text().isEmpty());
        QCOMPARE(child<QLabel>(&w, "tpmConnectionLabel")->text(), m_swtpm->tcti());
        auto* software = child<Notice>(&w, "softwareTpmNotice");
        QVERIFY(!software->isHidden());
        QVERIFY(software->text().contains(QStringLiteral("keys are not hardware-protected")));
        // The fixture's swtpm has an empty lockout authorization and no lockout.
        QVERIFY(!child<Notice>(&w, "lockoutAuthNotice")->isHidden());
        QVERIFY(child<Notice>(&w, "lockoutNotice")->isHidden());
        grabPage(w, QStringLiteral("1-welcome"));

        QVERIFY(next(CreateCardWizard::CardPageId));
        QVERIFY(!nextEnabled(w)); // no name yet
        TPMVSC_STEP(typeInto(&w, "cardNameEdit", QStringLiteral("Happy card")));
        QVERIFY(nextEnabled(w));
        // Whoever clicks through gets a PUK and a random admin key, with a warning of what
        // that means; the typed and the default key are in view, one click away.
        QCOMPARE(w.model().adminKeyMode, AdminKeyMode::Random);
        QVERIFY(w.model().withPuk);
        QVERIFY(child<QRadioButton>(&w, "adminKeyRandomRadio")->isChecked());
        QVERIFY(child<QRadioButton>(&w, "adminKeyEnterRadio")->isVisible());
        QVERIFY(child<QRadioButton>(&w, "adminKeyDefaultRadio")->isVisible());
        auto* adminNote = child<Notice>(&w, "adminKeyNotice");
        QCOMPARE(adminNote->kind(), Notice::Kind::Warning);
        QVERIFY2(adminNote->text().contains(QStringLiteral("cannot be managed")),
                 qPrintable(adminNote->text()));
        grabPage(w, QStringLiteral("2-card"));
        child<QToolButton>(&w, "advancedButton")->click();
        QVERIFY(child<QCheckBox>(&w, "pukCheck")->isChecked());
        grabPage(w, QStringLiteral("2-card-advanced"));
        QVERIFY(next(CreateCardWizard::PinPageId));
        TPMVSC_STEP(toSummary(QStringLiteral("24681357"), QStringLiteral("13572468")));
        QCOMPARE(child<QLabel>(&w, "summaryNameLabel")->text(), QStringLiteral("Happy card"));
        QVERIFY(
            child<QLabel>(&w, "summaryAdminKeyLabel")->text().contains(QStringLiteral("random")));
        grabPage(w, QStringLiteral("5-summary"));

        QVERIFY(!w.isCreating());
        button(QWizard::CommitButton)->click();
        QVERIFY(w.isCreating());
        QCOMPARE(page(), int(CreateCardWizard::SummaryPageId));
        QVERIFY(!button(QWizard::CommitButton)->isEnabled());
        QVERIFY(!button(QWizard::BackButton)->isEnabled());
        QVERIFY(!child<QWidget>(&w, "createBusyIndicator")->isHidden());
        grabPage(w, QStringLiteral("5-summary-creating"));
        QTRY_COMPARE_WITH_TIMEOUT(page(), int(CreateCardWizard::DonePageId), 60000);
        grabPage(w, QStringLiteral("6-done"));
        QCOMPARE(created.size(), 1);
        const int instance = created.at(0).at(0).toInt();
        QCOMPARE(instance, 0);
        const QString id = formatInstanceId(instance);
        QCOMPARE(child<QLineEdit>(&w, "instanceIdEdit")->text(), id);
        child<QToolButton>(&w, "copyInstanceButton")->click();
        QCOMPARE(QApplication::clipboard()->text(), id);
        // Nothing listens to requestCertificate: the step is shown, disabled, explained.
        auto* request = child<QPushButton>(&w, "requestCertificateButton");
        QVERIFY(!request->isHidden());
        QVERIFY(!request->isEnabled());
        QVERIFY(!request->toolTip().isEmpty());

        // An independent look: tpmvscmgr sees the card, and the TPM takes the PIN.
        const QString list = tpmvscmgr({QStringLiteral("list")});
        QVERIFY2(list.contains(QStringLiteral("Happy card")), qPrintable(list));
        QVERIFY2(list.contains(id), qPrintable(list));
        CardStore store(storeRoot());
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        CardService service(tpm, store);
        service.verifyPin(0, Secret::fromText(QStringLiteral("24681357")));
        const CardStatus status = service.status(0);
        QVERIFY(status.hasPuk);
        QVERIFY(status.fileSystem);
        QCOMPARE(status.pinMaxTries, 5);
        QCOMPARE(status.adminKeyMode, AdminKeyMode::Random);
        button(QWizard::FinishButton)->click();
        QVERIFY(!w.isVisible());
    }

    void requestCertificateIsOfferedWhenSomeoneListens()
    {
        CreateCardWizard& w = open();
        QSignalSpy request(&w, &CreateCardWizard::requestCertificate);
        TPMVSC_STEP(toPinPage(QStringLiteral("Enroll me")));
        child<QCheckBox>(&w, "useDefaultPinCheck")->click();
        QVERIFY(!child<Notice>(&w, "defaultPinWarning")->isHidden());
        QVERIFY(next(CreateCardWizard::RecoveryPageId));
        child<QCheckBox>(&w, "useDefaultPukCheck")->click();
        // Default PUK and default PIN are the same secret: refused.
        QVERIFY(!nextEnabled(w));
        child<QCheckBox>(&w, "useDefaultPukCheck")->click();
        TPMVSC_STEP(typePin("pukEdit", "pukConfirmEdit", QStringLiteral("11112222")));
        QVERIFY(next(CreateCardWizard::SummaryPageId));
        button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page(), int(CreateCardWizard::DonePageId), 60000);
        auto* button = child<QPushButton>(&w, "requestCertificateButton");
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(request.size(), 1);
        QCOMPARE(request.at(0).at(0).toInt(), 0);
        QVERIFY(!w.isVisible());
    }

    void policyStatesFollowEveryKeystroke()
    {
        CreateCardWizard& w = open();
        waitForTpm();
        QVERIFY(next(CreateCardWizard::CardPageId));
        TPMVSC_STEP(typeInto(&w, "cardNameEdit", QStringLiteral("Policy")));
        child<QToolButton>(&w, "advancedButton")->click();
        auto setSpin = [&](const char* name, int value) {
            auto* spin = child<QSpinBox>(&w, name);
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, QString::number(value));
            QCOMPARE(spin->value(), value);
        };
        setSpin("pinMinSpin", 6);
        setSpin("pinMaxSpin", 10);
        auto setRule = [&](const char* name, CharRule rule) {
            auto* combo = child<QComboBox>(&w, name);
            combo->setCurrentIndex(combo->findData(int(rule)));
        };
        setRule("uppercaseCombo", CharRule::Required);
        setRule("digitsCombo", CharRule::Disallowed);
        setRule("specialCombo", CharRule::Required);
        // An incoherent policy holds Next back: 11 > 10.
        setSpin("pinMinSpin", 11);
        QVERIFY(!nextEnabled(w));
        QVERIFY(!child<Notice>(&w, "policyProblemNotice")->isHidden());
        setSpin("pinMinSpin", 6);
        QVERIFY(nextEnabled(w));
        QVERIFY(next(CreateCardWizard::PinPageId));

        auto state = [&](const char* rule) {
            auto* row = w.findChild<QWidget*>(QStringLiteral("pinRule") + QLatin1String(rule));
            return row ? row->property("ruleState").toString() : QStringLiteral("<none>");
        };
        auto expect = [](bool met, bool forbidden = false) {
            return forbidden ? QStringLiteral("forbidden")
                   : met     ? QStringLiteral("met")
                             : QStringLiteral("notMet");
        };
        QCOMPARE(state("Lowercase"), QStringLiteral("<none>")); // Allowed: no line
        auto* edit = child<QLineEdit>(&w, "pinEdit");
        const QString typed = QStringLiteral("ab!C9xyzwvu");
        QString sofar;
        for (const QChar c : typed) {
            QTest::keyClicks(edit, QString(c));
            sofar += c;
            bool upper = false, digit = false, special = false;
            for (QChar x : sofar) {
                upper |= x.isUpper();
                digit |= x.isDigit();
                special |= !x.isLetterOrNumber();
            }
            const QByteArray at = "after " + sofar.toUtf8();
            QVERIFY2(state("MinLength") == expect(sofar.size() >= 6), at);
            QVERIFY2(state("MaxLength") == expect(true, sofar.size() > 10), at);
            QVERIFY2(state("PrintableAscii") == expect(true), at);
            QVERIFY2(state("Uppercase") == expect(upper), at);
            QVERIFY2(state("Digits") == expect(true, digit), at);
            QVERIFY2(state("SpecialChars") == expect(special), at);
            QVERIFY2(!nextEnabled(w), at);
        }
        edit->clear();
        TPMVSC_STEP(typePin("pinEdit", "pinConfirmEdit", QStringLiteral("ab!Cxyz")));
        QCOMPARE(state("Digits"), QStringLiteral("met"));
        QVERIFY(nextEnabled(w));
        // The default PIN 12345678 breaks these rules: not offered.
        QVERIFY(!child<QCheckBox>(&w, "useDefaultPinCheck")->isEnabled());
        grabPage(w, QStringLiteral("3-pin-policy"));
    }

    void nextIsDisabledForInvalidPinsAndMismatches()
    {
        CreateCardWizard& w = open();
        TPMVSC_STEP(toPinPage(QStringLiteral("Strict")));
        auto* pin = child<QLineEdit>(&w, "pinEdit");
        auto* confirm = child<QLineEdit>(&w, "pinConfirmEdit");
        auto* entry = w.findChild<PinEntry*>();
        QVERIFY(!nextEnabled(w));
        TPMVSC_STEP(typePin("pinEdit", "pinConfirmEdit", QStringLiteral("1234567"))); // too short
        QVERIFY(!nextEnabled(w));
        grabPage(w, QStringLiteral("3-pin-too-short"));
        QTest::keyClicks(pin, QStringLiteral("8"));
        QVERIFY(!nextEnabled(w)); // confirmation now one short
        QTest::keyClicks(confirm, QStringLiteral("9"));
        QVERIFY(!nextEnabled(w));
        QVERIFY(entry->mismatchShown());
        grabPage(w, QStringLiteral("3-pin-mismatch"));
        QTest::keyClick(confirm, Qt::Key_Backspace);
        QTest::keyClicks(confirm, QStringLiteral("8"));
        QVERIFY(nextEnabled(w));
        QVERIFY(!entry->mismatchShown());
        // A character outside printable ASCII is forbidden, on both fields alike.
        // (QTest::keyClicks knows ASCII only: the key event a keyboard layout sends for é.)
        for (QLineEdit* field : {pin, confirm}) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Eacute, Qt::NoModifier, QStringLiteral("é"));
            QApplication::sendEvent(field, &press);
        }
        QCOMPARE(pin->text(), QStringLiteral("12345678é"));
        QCOMPARE(entry->ruleState(PinRuleId::PrintableAscii), PinRuleState::Forbidden);
        QVERIFY(!nextEnabled(w));
        QTest::keyClick(pin, Qt::Key_Backspace);
        QTest::keyClick(confirm, Qt::Key_Backspace);
        QVERIFY(nextEnabled(w));
        QVERIFY(next(CreateCardWizard::RecoveryPageId));

        // The PUK page: same checks, and the PUK may not be the PIN.
        TPMVSC_STEP(typePin("pukEdit", "pukConfirmEdit", QStringLiteral("12345678")));
        QVERIFY(!nextEnabled(w));
        QVERIFY(
            child<Notice>(&w, "pukWarning")->text().contains(QStringLiteral("same as the PIN")));
        child<QLineEdit>(&w, "pukEdit")->clear();
        child<QLineEdit>(&w, "pukConfirmEdit")->clear();
        TPMVSC_STEP(typePin("pukEdit", "pukConfirmEdit", QStringLiteral("8765")));
        QVERIFY(!nextEnabled(w)); // a PUK has at least 8 characters
        QTest::keyClicks(child<QLineEdit>(&w, "pukEdit"), QStringLiteral("4321"));
        QVERIFY(!nextEnabled(w));
        QTest::keyClicks(child<QLineEdit>(&w, "pukConfirmEdit"), QStringLiteral("4321"));
        QVERIFY(nextEnabled(w));
    }

    void enteredAdminKeyIsCheckedAndUsed()
    {
        CreateCardWizard& w = open();
        waitForTpm();
        QVERIFY(next(CreateCardWizard::CardPageId));
        TPMVSC_STEP(typeInto(&w, "cardNameEdit", QStringLiteral("Managed")));
        child<QToolButton>(&w, "advancedButton")->click();
        child<QCheckBox>(&w, "pukCheck")->click(); // no PUK
        child<QRadioButton>(&w, "adminKeyEnterRadio")->click();
        QVERIFY(next(CreateCardWizard::PinPageId));
        TPMVSC_STEP(typePin("pinEdit", "pinConfirmEdit", QStringLiteral("24681357")));
        QVERIFY(next(CreateCardWizard::RecoveryPageId));
        QVERIFY(!child<QWidget>(&w, "pukEdit")->isVisible());
        const QString key = QStringLiteral("00112233445566778899AABBCCDDEEFF0011223344556677");
        TPMVSC_STEP(typeInto(&w, "adminKeyEdit", key.left(47)));
        QVERIFY(!nextEnabled(w));
        TPMVSC_STEP(typeInto(&w, "adminKeyEdit", key.right(1)));
        QVERIFY(!nextEnabled(w)); // not confirmed
        TPMVSC_STEP(typeInto(&w, "adminKeyConfirmEdit", key.toLower()));
        QVERIFY(nextEnabled(w));
        grabPage(w, QStringLiteral("4-admin-key"));
        QVERIFY(next(CreateCardWizard::SummaryPageId));
        button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page(), int(CreateCardWizard::DonePageId), 60000);

        // The helpdesk's response from this key resets the PIN: the key was the one typed.
        CardStore store(storeRoot());
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        CardService service(tpm, store);
        QVERIFY(!service.status(0).hasPuk);
        const QByteArray challenge = service.adminChallenge(0);
        const Secret response = computeAdminResponse(parseAdminKey(key), challenge);
        service.adminResetPin(0, challenge, response, Secret::fromText(QStringLiteral("99998888")));
        service.verifyPin(0, Secret::fromText(QStringLiteral("99998888")));
    }

    // The well-known default key: one click on the card page, said to be public there and
    // on the summary, and then the card's admin key (its response resets the PIN).
    void defaultAdminKeyIsOneClickAway()
    {
        CreateCardWizard& w = open();
        waitForTpm();
        QVERIFY(next(CreateCardWizard::CardPageId));
        TPMVSC_STEP(typeInto(&w, "cardNameEdit", QStringLiteral("Well known")));
        child<QRadioButton>(&w, "adminKeyDefaultRadio")->click();
        QCOMPARE(w.model().adminKeyMode, AdminKeyMode::Default);
        auto* adminNote = child<Notice>(&w, "adminKeyNotice");
        QCOMPARE(adminNote->kind(), Notice::Kind::Warning);
        QVERIFY2(adminNote->text().contains(QStringLiteral("is public")) &&
                     adminNote->text().contains(
                         QStringLiteral("anyone who can read this card's files can compute")),
                 qPrintable(adminNote->text()));
        grabPage(w, QStringLiteral("2-card-default-key"));
        QVERIFY(next(CreateCardWizard::PinPageId));
        TPMVSC_STEP(toSummary(QStringLiteral("24681357"), QStringLiteral("13572468")));
        QVERIFY(
            child<QLabel>(&w, "summaryAdminKeyLabel")->text().contains(QStringLiteral("default")));
        bool warned = false;
        for (Notice* notice : w.currentPage()->findChildren<Notice*>())
            warned |= !notice->isHidden() &&
                      notice->text().contains(QStringLiteral("default admin key is public"));
        QVERIFY(warned);
        grabPage(w, QStringLiteral("5-summary-default-key"));
        button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page(), int(CreateCardWizard::DonePageId), 60000);

        CardStore store(storeRoot());
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        CardService service(tpm, store);
        QCOMPARE(service.status(0).adminKeyMode, AdminKeyMode::Default);
        const QByteArray challenge = service.adminChallenge(0);
        service.adminResetPin(0, challenge, computeAdminResponse(defaultAdminKey(), challenge),
                              Secret::fromText(QStringLiteral("99998888")));
        service.verifyPin(0, Secret::fromText(QStringLiteral("99998888")));
    }

    // A typed key whose 3DES parts repeat is refused with the reason, even confirmed; the
    // default key typed out is accepted with its warning, as /AdminKey DEFAULT would be.
    void weakTypedAdminKeyIsRefused()
    {
        CreateCardWizard& w = open();
        waitForTpm();
        QVERIFY(next(CreateCardWizard::CardPageId));
        TPMVSC_STEP(typeInto(&w, "cardNameEdit", QStringLiteral("Weak")));
        child<QRadioButton>(&w, "adminKeyEnterRadio")->click();
        child<QToolButton>(&w, "advancedButton")->click();
        child<QCheckBox>(&w, "pukCheck")->click(); // no PUK: the admin key alone
        QVERIFY(next(CreateCardWizard::PinPageId));
        TPMVSC_STEP(typePin("pinEdit", "pinConfirmEdit", QStringLiteral("24681357")));
        QVERIFY(next(CreateCardWizard::RecoveryPageId));

        auto* status = child<QLabel>(&w, "adminKeyStatusLabel");
        auto* warning = child<Notice>(&w, "adminKeyWarning");
        auto typeKey = [&](const QString& key) {
            child<QLineEdit>(&w, "adminKeyEdit")->clear();
            child<QLineEdit>(&w, "adminKeyConfirmEdit")->clear();
            typePin("adminKeyEdit", "adminKeyConfirmEdit", key);
        };
        const QString k1 = QStringLiteral("0123456789ABCDEF");
        const QString k2 = QStringLiteral("FEDCBA9876543210");
        const QString k3 = QStringLiteral("89ABCDEF01234567");
        TPMVSC_STEP(typeInto(&w, "adminKeyEdit", k1 + k1 + k3));
        QVERIFY2(status->text().contains(QStringLiteral("Digits 1-16 and 17-32 are the same")),
                 qPrintable(status->text()));
        TPMVSC_STEP(typeInto(&w, "adminKeyConfirmEdit", k1 + k1 + k3));
        QVERIFY(!nextEnabled(w)); // confirmed, still refused
        QVERIFY(status->text().contains(QStringLiteral("single DES")));
        grabPage(w, QStringLiteral("4-admin-key-weak"));
        TPMVSC_STEP(typeKey(k1 + k2 + k2));
        QVERIFY(!nextEnabled(w));
        QVERIFY2(status->text().contains(QStringLiteral("Digits 17-32 and 33-48")),
                 qPrintable(status->text()));

        TPMVSC_STEP(typeKey(QStringLiteral("0102030405060708 0102030405060708 0102030405060708")));
        QVERIFY(nextEnabled(w));
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(QStringLiteral("public")), qPrintable(warning->text()));
        grabPage(w, QStringLiteral("4-admin-key-default-typed"));

        TPMVSC_STEP(typeKey(k1 + k2 + k3));
        QVERIFY(nextEnabled(w));
        QVERIFY(warning->isHidden());
        QVERIFY2(status->text().contains(QStringLiteral("complete and confirmed")),
                 qPrintable(status->text()));
    }

    void cancelAtEveryPageLeavesNoCard_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("welcome") << int(CreateCardWizard::WelcomePageId);
        QTest::newRow("card") << int(CreateCardWizard::CardPageId);
        QTest::newRow("pin") << int(CreateCardWizard::PinPageId);
        QTest::newRow("puk") << int(CreateCardWizard::RecoveryPageId);
        QTest::newRow("summary") << int(CreateCardWizard::SummaryPageId);
        QTest::newRow("while creating") << -1;
    }

    void cancelAtEveryPageLeavesNoCard()
    {
        QFETCH(int, stopAt);
        CreateCardWizard& w = open();
        QSignalSpy created(&w, &CreateCardWizard::cardCreated);
        waitForTpm();
        auto walk = [&]() -> bool {
            if (stopAt == CreateCardWizard::WelcomePageId)
                return true;
            if (!next(CreateCardWizard::CardPageId))
                return false;
            typeInto(&w, "cardNameEdit", QStringLiteral("Cancelled"));
            if (QTest::currentTestFailed())
                return false;
            if (stopAt == CreateCardWizard::CardPageId)
                return true;
            if (!next(CreateCardWizard::PinPageId))
                return false;
            typePin("pinEdit", "pinConfirmEdit", QStringLiteral("24681357"));
            if (QTest::currentTestFailed())
                return false;
            if (stopAt == CreateCardWizard::PinPageId)
                return true;
            if (!next(CreateCardWizard::RecoveryPageId))
                return false;
            typePin("pukEdit", "pukConfirmEdit", QStringLiteral("13572468"));
            if (QTest::currentTestFailed())
                return false;
            if (stopAt == CreateCardWizard::RecoveryPageId)
                return true;
            return next(CreateCardWizard::SummaryPageId);
        };
        QVERIFY(walk());
        if (stopAt >= 0) {
            QCOMPARE(page(), stopAt);
            button(QWizard::CancelButton)->click();
            QVERIFY(!w.isVisible());
        } else {
            button(QWizard::CommitButton)->click();
            QVERIFY(w.isCreating());
            // Cancel while the TPM works: the wizard asks; "wait" keeps it open...
            button(QWizard::CancelButton)->click();
            QVERIFY(w.isVisible());
            auto* box = w.findChild<QMessageBox*>(QStringLiteral("closeWhileCreatingBox"));
            QVERIFY(box);
            QTRY_VERIFY(box->isVisible());
            grabPage(*box, QStringLiteral("5-close-while-creating"));
            QPointer<QMessageBox> first = box;
            child<QPushButton>(box, "waitButton")->click();
            QVERIFY(w.isVisible());
            QVERIFY(w.isCreating());
            QTRY_VERIFY(first.isNull()); // closed and gone
            // ...and Escape asks again; "discard" closes now and removes the card.
            QTest::keyClick(&w, Qt::Key_Escape);
            box = w.findChild<QMessageBox*>(QStringLiteral("closeWhileCreatingBox"));
            QVERIFY(box);
            QTRY_VERIFY(box->isVisible());
            child<QPushButton>(box, "discardButton")->click();
            QVERIFY(!w.isVisible());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_worker->isBusy(), 60000);
        QVERIFY(created.isEmpty());
        QCOMPARE(cards(), QList<int>());
        const QString list = tpmvscmgr({QStringLiteral("list")});
        QVERIFY2(!list.contains(QStringLiteral("Cancelled")), qPrintable(list));
    }

    void tpmGoneBeforeCreateThenBack()
    {
        CreateCardWizard& w = open();
        TPMVSC_STEP(toPinPage(QStringLiteral("Phoenix")));
        TPMVSC_STEP(toSummary(QStringLiteral("24681357"), QStringLiteral("13572468")));
        m_swtpm->kill();
        button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isCreating(), 60000);
        QCOMPARE(page(), int(CreateCardWizard::SummaryPageId));
        const QString error = createError();
        QVERIFY2(error.contains(ErrorText::headline(ErrorCode::TpmUnavailable).toHtmlEscaped()),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("TPM stopped responding")), qPrintable(error));
        grabPage(w, QStringLiteral("5-summary-error"));
        QCOMPARE(cards(), QList<int>());
        // Usable again: Back works, and Create succeeds once the TPM is back.
        QVERIFY(button(QWizard::BackButton)->isEnabled());
        m_swtpm->start();
        relaxDictionaryAttack(m_swtpm->tcti());
        QVERIFY(nextEnabled(w));
        button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page(), int(CreateCardWizard::DonePageId), 60000);
        QCOMPARE(cards(), QList<int>{0});
    }

    void ownerPasswordFieldOnAFleetTpm()
    {
        // A TPM whose owner has a password (and a persistent storage key): the summary asks
        // for it; a missing or wrong one is the owner password's fault, leaves no card and
        // no NV index, and the field keeps what was typed for a retry.
        const QString tcti = m_swtpm->startOtherTpm();
        const QString problem = provisionFleetTpm(tcti, "fleet-owner");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_worker = std::make_unique<CardWorker>(TpmOptions{tcti, false, {}}, storeRoot());
        CreateCardWizard& w = open();
        TPMVSC_STEP(toPinPage(QStringLiteral("Fleet")));
        TPMVSC_STEP(toSummary(QStringLiteral("24681357"), QStringLiteral("13572468")));
        auto* owner = child<QLineEdit>(&w, "ownerAuthEdit");
        QVERIFY(owner->isVisible());
        QCOMPARE(owner->echoMode(), QLineEdit::Password);
        const QString headline = ErrorText::headline(ErrorCode::OwnerAuthRequired).toHtmlEscaped();
        for (const QString& typed : {QString(), QStringLiteral("not-the-owner")}) {
            owner->clear();
            QTest::keyClicks(owner, typed);
            button(QWizard::CommitButton)->click();
            QTRY_VERIFY_WITH_TIMEOUT(!w.isCreating(), 60000);
            QCOMPARE(page(), int(CreateCardWizard::SummaryPageId));
            QVERIFY2(createError().contains(headline), qPrintable(createError()));
            QCOMPARE(cards(), QList<int>());
            QCOMPARE(owner->text(), typed);
        }
        grabPage(w, QStringLiteral("5-summary-owner-password"));
        owner->clear();
        QTest::keyClicks(owner, QStringLiteral("fleet-owner"));
        button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page(), int(CreateCardWizard::DonePageId), 60000);
        QCOMPARE(cards(), QList<int>{0});
        // The card takes its PIN with no owner password: it lives under the persistent key.
        CardStore store(storeRoot());
        Tpm tpm(TpmOptions{tcti, false, {}}, QString());
        CardService service(tpm, store);
        service.verifyPin(0, Secret::fromText(QStringLiteral("24681357")));
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }

    void tpmKilledWhileCreating()
    {
        CreateCardWizard& w = open();
        TPMVSC_STEP(toPinPage(QStringLiteral("Interrupted")));
        TPMVSC_STEP(toSummary(QStringLiteral("24681357"), QStringLiteral("13572468")));
        // The worker's own connection kills swtpm a few commands into the creation (a
        // card with the random admin key seals no admin challenges: a handful of commands).
        SwtpmFixture* swtpm = m_swtpm.get();
        bool armed = false;
        m_worker->submit(
            this, QStringLiteral("arm"),
            [swtpm](CardServices& c) {
                Tpm& tpm = c.tpm();
                const std::uint64_t killAt = tpm.commandsSent() + 2;
                tpm.setBeforeCommandHook([swtpm, killAt](std::uint64_t n) {
                    if (n == killAt)
                        swtpm->kill();
                });
            },
            [&armed] { armed = true; }, {});
        QTRY_VERIFY(armed);
        button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!w.isCreating(), 60000);
        const QString error = createError();
        QVERIFY2(error.contains(QStringLiteral("TPM stopped responding")), qPrintable(error));
        QCOMPARE(page(), int(CreateCardWizard::SummaryPageId));
        QCOMPARE(cards(), QList<int>()); // no half card: no card at all
        QVERIFY(!QFileInfo::exists(CardStore(storeRoot()).cardPath(0)));
        m_swtpm->start();
        relaxDictionaryAttack(m_swtpm->tcti());
        button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page(), int(CreateCardWizard::DonePageId), 60000);
        // Instance numbers are allocated when the card is written: the failed attempt used none.
        QCOMPARE(cards(), QList<int>{0});
    }

    void tpmUnreachableOnTheWelcomePage()
    {
        m_swtpm->kill();
        CreateCardWizard& w = open();
        auto* error = child<Notice>(&w, "tpmErrorNotice");
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 20000);
        QVERIFY(error->text().contains(ErrorText::headline(ErrorCode::TpmUnavailable)));
        QVERIFY(!nextEnabled(w));
        grabPage(w, QStringLiteral("1-welcome-no-tpm"));
        m_swtpm->start();
        relaxDictionaryAttack(m_swtpm->tcti());
        child<QPushButton>(&w, "tpmRetryButton")->click();
        waitForTpm();
        QVERIFY(error->isHidden());
    }

    void lockoutIsShownOnTheWelcomePage()
    {
        // Put the TPM into dictionary-attack lockout: one allowed failure, then a wrong PIN
        // on a card of an older tpmvsc in another store (its secrets are DA-protected
        // objects; today's cards count wrong PINs in their own NV index instead).
        {
            CardTestEnv env(*m_swtpm);
            env.tpm->setDictionaryAttackParameters(1, 1000, 1000);
            CreateOptions o = basicCardOptions(QStringLiteral("Older"));
            const int instance = createLegacyCard(*env.tpm, env.store, o);
            QVERIFY(errorFrom([&] { env.service.verifyPin(instance, pin("00000000")); }));
            QVERIFY(env.tpm->info().inLockout);
        }
        auto restore = qScopeGuard([this] { relaxDictionaryAttack(m_swtpm->tcti()); });
        CreateCardWizard& w = open();
        waitForTpm(); // in lockout a card can still be made: the page warns, Next stays on
        auto* lockout = child<Notice>(&w, "lockoutNotice");
        QVERIFY(!lockout->isHidden());
        QVERIFY2(lockout->text().contains(QStringLiteral("dictionary-attack lockout")),
                 qPrintable(lockout->text()));
        grabPage(w, QStringLiteral("1-welcome-lockout"));
    }

    void everyInputHasAnAccessibleName()
    {
        CreateCardWizard& w = open();
        // Every page exists from the start, shown or not: check them all.
        const auto widgets = w.findChildren<QWidget*>();
        int inputs = 0;
        for (QWidget* widget : widgets) {
            const bool field = qobject_cast<QLineEdit*>(widget) ||
                               qobject_cast<QComboBox*>(widget) || qobject_cast<QSpinBox*>(widget);
            auto* button = qobject_cast<QAbstractButton*>(widget);
            if (!field && !button)
                continue;
            if (widget->parentWidget() && qobject_cast<QSpinBox*>(widget->parentWidget()))
                continue; // the spin box's own line edit
            if (qobject_cast<QComboBox*>(widget->parentWidget()))
                continue;
            ++inputs;
            const QString name = widget->accessibleName().isEmpty() && button
                                     ? button->text()
                                     : widget->accessibleName();
            QVERIFY2(!name.isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                    .arg(widget->objectName(),
                                         QLatin1String(widget->metaObject()->className()))));
        }
        QVERIFY(inputs >= 30);
    }

    void keyboardOnly()
    {
        CreateCardWizard& w = open();
        QSignalSpy created(&w, &CreateCardWizard::cardCreated);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        waitForTpm();
        auto key = [](Qt::Key k) { QTest::keyClick(QApplication::focusWidget(), k); };
        auto type = [](const QString& text) {
            QTest::keyClicks(QApplication::focusWidget(), text);
        };
        auto focused = [] {
            return QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                               : QString();
        };
        key(Qt::Key_Return);
        QCOMPARE(page(), int(CreateCardWizard::CardPageId));
        QCOMPARE(focused(), QStringLiteral("cardNameEdit"));
        type(QStringLiteral("Keys only"));
        // The admin key choice is next, at the random key; then into the advanced options
        // by Tab and Space: switch the PUK off.
        key(Qt::Key_Tab);
        QCOMPARE(focused(), QStringLiteral("adminKeyRandomRadio"));
        key(Qt::Key_Tab);
        QCOMPARE(focused(), QStringLiteral("advancedButton"));
        key(Qt::Key_Space);
        key(Qt::Key_Tab);
        QCOMPARE(focused(), QStringLiteral("fileSystemCheck"));
        key(Qt::Key_Tab);
        QCOMPARE(focused(), QStringLiteral("pukCheck"));
        key(Qt::Key_Space);
        QVERIFY(!w.model().withPuk);
        key(Qt::Key_Tab); // and ask for an attestation key
        QCOMPARE(focused(), QStringLiteral("attestationCheck"));
        key(Qt::Key_Space);
        QVERIFY(w.model().attestationKey);
        key(Qt::Key_Return);
        QCOMPARE(page(), int(CreateCardWizard::PinPageId));
        QCOMPARE(focused(), QStringLiteral("pinEdit"));
        type(QStringLiteral("24681357"));
        key(Qt::Key_Tab);
        QCOMPARE(focused(), QStringLiteral("pinConfirmEdit"));
        type(QStringLiteral("24681357"));
        key(Qt::Key_Return);
        QCOMPARE(page(), int(CreateCardWizard::SummaryPageId)); // no PUK, random admin key
        key(Qt::Key_Return);                                    // Create
        QVERIFY(w.isCreating());
        QTRY_COMPARE_WITH_TIMEOUT(page(), int(CreateCardWizard::DonePageId), 60000);
        QCOMPARE(created.size(), 1);
        key(Qt::Key_Return); // Finish
        QVERIFY(!w.isVisible());
        QCOMPARE(cards(), QList<int>{0});
        // tpmvscmgr sees the attestation key the wizard asked for.
        const QString status =
            tpmvscmgr({QStringLiteral("status"), QStringLiteral("/instance"), QStringLiteral("0")});
        QVERIFY2(status.contains(QStringLiteral("Attestation key:   yes")), qPrintable(status));
    }

    // The attestation CA's address, typed in the advanced options: on a TPM without EK
    // certificate the card service's sentence is shown and no card is made; on a TPM with
    // one, tpmvsc-attestca certifies the AIK, and the summary and the new card say by whom.
    // (Last: it manufactures the fixture's TPM anew.)
    void attestationCaFromTheWizard()
    {
        const auto toSummaryWithCa = [this](const QString& name, const QString& url) {
            waitForTpm();
            QVERIFY(next(CreateCardWizard::CardPageId));
            TPMVSC_STEP(typeInto(m_wizard.get(), "cardNameEdit", name));
            child<QToolButton>(m_wizard.get(), "advancedButton")->click();
            child<QCheckBox>(m_wizard.get(), "attestationCheck")->click();
            TPMVSC_STEP(typeInto(m_wizard.get(), "attestationCaEdit", url));
            QVERIFY(next(CreateCardWizard::PinPageId));
            TPMVSC_STEP(toSummary(QStringLiteral("24681357"), QStringLiteral("13572468")));
            QVERIFY(child<QLabel>(m_wizard.get(), "summaryAttestationLabel")
                        ->text()
                        .contains(QStringLiteral("certified by the attestation CA at ") + url));
        };
        {
            CreateCardWizard& w = open();
            TPMVSC_STEP(
                toSummaryWithCa(QStringLiteral("No EK"), QStringLiteral("http://127.0.0.1:9/")));
            button(QWizard::CommitButton)->click();
            QTRY_VERIFY_WITH_TIMEOUT(!w.isCreating(), 60000);
            QCOMPARE(page(), int(CreateCardWizard::SummaryPageId));
            QVERIFY2(createError().contains(QStringLiteral("no endorsement key certificate")),
                     qPrintable(createError()));
            QCOMPARE(cards(), QList<int>());
            m_wizard.reset();
        }
        m_worker.reset(); // the TPM is manufactured anew under the worker's feet
        const QString roots = m_swtpm->manufactureWithEkCertificate();
        AttestationCaProcess ca(roots);
        m_worker = std::make_unique<CardWorker>(TpmOptions{}, storeRoot());
        CreateCardWizard& w = open();
        QSignalSpy created(&w, &CreateCardWizard::cardCreated);
        TPMVSC_STEP(toSummaryWithCa(QStringLiteral("Attested"), ca.url()));
        button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page(), int(CreateCardWizard::DonePageId), 60000);
        QCOMPARE(created.count(), 1);
        QCOMPARE(ca.logLines().size(), 1);
        const CardRecord card = CardStore(storeRoot()).load(cards().value(0));
        QVERIFY(card.aik);
        QCOMPARE(card.aik->authority, ca.url());
        QCOMPARE(card.aik->certificates.size(), 2);
    }
};

QTEST_MAIN(TestWizard)
#include "test_wizard.moc"
