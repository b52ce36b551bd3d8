// Screenshots of every window the desktop application shows: each wizard page and each
// state of the main window and its dialogs, in English, Japanese and German, as PNGs under
// <build>/screenshots/<lang>/ for people to look at (`ninja screenshots` runs this alone).
// It also looks for what people would notice first: text cut off by its widget (any
// language) and English left in the Japanese windows (runs of English words outside the
// error notices, whose sentences come from the core and stay English by design), and two
// controls of one window sharing an Alt+letter (the keyboard reaches only the first).
#include "WizardDriver.h"
#include "core/card/AdminResponse.h"
#include "core/store/CardStore.h"
#include "i18n/Translations.h"
#include "services/CardWorker.h"
#include "tests/support/CardTestEnv.h"
#include "ui/certificates/CertificatesDialog.h"
#include "ui/certificates/ImportCertificateDialog.h"
#include "ui/certificates/RequestCertificateWizard.h"
#include "ui/main/AdminChallengeDialog.h"
#include "ui/main/CardDetailsDialog.h"
#include "ui/main/ChangePinDialog.h"
#include "ui/main/DestroyCardDialog.h"
#include "ui/main/HexInput.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResponseCalculatorDialog.h"
#include "ui/main/UnblockDialog.h"
#include "ui/wizard/CreateCardWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QToolButton>
#include <memory>

using namespace tpmvsc;
using namespace tpmvsc::test;

class TestScreenshots : public QObject
{
    Q_OBJECT
    std::unique_ptr<SwtpmFixture> m_swtpm;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CardWorker> m_worker;
    std::unique_ptr<MainWindow> m_window;
    QString m_language;
    QString m_dir;
    QStringList m_problems;
    int m_alice = -1;
    int m_bob = -1;
    int m_carol = -1;

    QString storeRoot() const { return m_home->path() + QStringLiteral("/store"); }

    void startWindow()
    {
        m_worker = std::make_unique<CardWorker>(TpmOptions{}, storeRoot());
        m_window = std::make_unique<MainWindow>(*m_worker);
        QSignalSpy refreshed(m_window.get(), &MainWindow::refreshed);
        m_window->resize(960, 600);
        m_window->show();
        QVERIFY(refreshed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_worker->isBusy(), 30000);
    }

    void stopWindow()
    {
        m_window.reset();
        m_worker.reset();
    }

    // Alice: PUK, file system, two keys. Bob: no PUK, no file system. Carol: blocked.
    void makeCards()
    {
        CardStore store(storeRoot());
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        CardService service(tpm, store);
        CreateOptions o;
        o.adminKey = defaultAdminKey();
        o.pin = Secret::fromText(QStringLiteral("12345678"));
        o.puk = Secret::fromText(QStringLiteral("87654321"));
        o.generate = true;
        o.adminResetStock = 3;
        o.name = QStringLiteral("Alice");
        m_alice = service.create(o);
        service.generateKey(m_alice, o.pin, KeyAlgorithm::EccP256, QStringLiteral("Sign-in"));
        service.generateKey(m_alice, o.pin, KeyAlgorithm::EccP384, QStringLiteral("E-mail"));
        o.name = QStringLiteral("Bob");
        o.puk.reset();
        o.generate = false;
        m_bob = service.create(o);
        o.name = QStringLiteral("Carol");
        o.puk = Secret::fromText(QStringLiteral("87654321"));
        o.generate = true;
        o.pinMaxTries = 1;
        m_carol = service.create(o);
        try {
            service.verifyPin(m_carol, Secret::fromText(QStringLiteral("00000000")));
        } catch (const Error&) {
            // expected: the one wrong PIN blocks Carol
        }
    }

    static bool insideErrorNotice(const QWidget* w)
    {
        for (; w; w = w->parentWidget())
            if (w->objectName().contains(QStringLiteral("rrorNotice")))
                return true;
        return false;
    }

    void check(QWidget* root, const QString& name)
    {
        static const QRegularExpression english(
            QStringLiteral("[A-Za-z]{2,}(?:[ ,.'’-]+[A-Za-z]{2,}){2,}"));
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        auto report = [&](const QWidget* w, const QString& what, const QString& text) {
            m_problems << QStringLiteral("%1/%2: %3 %4 \"%5\"")
                              .arg(m_language, name, what,
                                   w->objectName().isEmpty()
                                       ? QString::fromLatin1(w->metaObject()->className())
                                       : w->objectName(),
                                   text.left(60));
        };
        auto checkEnglish = [&](const QWidget* w, QString text) {
            // Only a non-Latin script tells English apart from a translation by its letters.
            if (m_language != u"ja" || insideErrorNotice(w))
                return;
            text.remove(tags);
            if (english.match(text).hasMatch())
                report(w, QStringLiteral("untranslated"), text);
        };
        // Two visible controls with the same Alt+letter: the second cannot be reached by it.
        QHash<QKeySequence, QString> mnemonics; // Alt+letter -> the text that has it
        auto checkMnemonic = [&](const QWidget* w, const QString& text) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                return;
            if (mnemonics.contains(key))
                report(w,
                       QStringLiteral("mnemonic %1 also in \"%2\":")
                           .arg(key.toString(), mnemonics.value(key)),
                       text);
            else
                mnemonics.insert(key, text);
        };
        checkEnglish(root, root->windowTitle());
        const auto widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisibleTo(root) || w->width() <= 0)
                continue;
            if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                checkMnemonic(label, label->text());
            // Tool buttons too: the toolbar's show their action's text without the '&'.
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                checkMnemonic(button, button->text());
            if (auto* label = qobject_cast<QLabel*>(w)) {
                if (label->text().isEmpty())
                    continue;
                checkEnglish(label, label->text());
                const bool clipped =
                    label->wordWrap() ? label->heightForWidth(label->width()) > label->height() + 1
                                      : label->minimumSizeHint().width() > label->width() + 1;
                if (clipped)
                    report(label, QStringLiteral("clipped"), label->text());
            } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                if (qobject_cast<QToolButton*>(button) || button->text().isEmpty())
                    continue;
                checkEnglish(button, button->text());
                if (button->sizeHint().width() > button->width() + 1)
                    report(button, QStringLiteral("clipped"), button->text());
            } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
                checkEnglish(box, box->title());
            }
        }
    }

    // Shows `window` at its fixed size (width `width`, height from the layout unless given),
    // lets pending jobs finish, checks it and saves it.
    void shot(QWidget* window, const QString& name, int width = 640, int height = 0)
    {
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(!m_worker->isBusy(), 30000);
        QApplication::processEvents();
        QLayout* layout = window->layout();
        const int h = height > 0                              ? height
                      : layout && layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                              : window->sizeHint().height();
        window->resize(width, h);
        QApplication::processEvents();
        check(window, name);
        QVERIFY(window->grab().save(m_dir + u'/' + name + QStringLiteral(".png")));
    }

    template <class Dialog> Dialog* open(const char* action, int instance)
    {
        if (!m_window->selectInstance(instance))
            return nullptr;
        auto* a = m_window->findChild<QAction*>(QString::fromLatin1(action));
        if (!a || !a->isEnabled())
            return nullptr;
        a->trigger();
        return m_window->findChild<Dialog*>();
    }

    void shootMainWindowAndDialogs()
    {
        QVERIFY(m_window->selectInstance(m_alice));
        TPMVSC_STEP(shot(m_window.get(), QStringLiteral("main-cards"), 960, 600));

        auto* change = open<ChangePinDialog>("changePinAction", m_alice);
        QVERIFY(change);
        TPMVSC_STEP(typeInto(change, "currentPinEdit", QStringLiteral("11111111")));
        TPMVSC_STEP(typeInto(change, "pinEdit", QStringLiteral("abc")));
        TPMVSC_STEP(shot(change, QStringLiteral("change-pin")));
        TPMVSC_STEP(typeInto(change, "pinEdit", QStringLiteral("defgh1")));
        TPMVSC_STEP(typeInto(change, "pinConfirmEdit", QStringLiteral("abcdefgh1")));
        change->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!change->isRunning() && !m_worker->isBusy(), 30000);
        TPMVSC_STEP(shot(change, QStringLiteral("change-pin-wrong-pin")));
        change->reject();

        auto* unblock = open<UnblockDialog>("unblockAction", m_carol);
        QVERIFY(unblock);
        TPMVSC_STEP(typeInto(unblock, "currentPukEdit", QStringLiteral("87654321")));
        TPMVSC_STEP(typeInto(unblock, "pinEdit", QStringLiteral("new-pin-1")));
        TPMVSC_STEP(shot(unblock, QStringLiteral("unblock-with-puk")));
        unblock->reject();

        auto* reset = open<AdminChallengeDialog>("adminResetAction", m_alice);
        QVERIFY(reset);
        QTRY_VERIFY_WITH_TIMEOUT(!reset->challengeText().isEmpty(), 30000);
        TPMVSC_STEP(typeInto(reset, "responseEdit", QStringLiteral("12AB 34")));
        TPMVSC_STEP(shot(reset, QStringLiteral("admin-reset")));
        reset->response()->clear();
        TPMVSC_STEP(typeInto(reset, "responseEdit", QStringLiteral("0000000000000000")));
        TPMVSC_STEP(typeInto(reset, "pinEdit", QStringLiteral("87654321")));
        TPMVSC_STEP(typeInto(reset, "pinConfirmEdit", QStringLiteral("87654321")));
        reset->acceptButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!reset->isRunning() && !m_worker->isBusy(), 30000);
        TPMVSC_STEP(shot(reset, QStringLiteral("admin-reset-wrong-response")));
        const QString challenge = reset->challengeText();
        reset->reject();

        auto* calculator = m_window->openResponseCalculator();
        QVERIFY(calculator);
        TPMVSC_STEP(typeInto(calculator, "challengeEdit", challenge));
        child<QPushButton>(calculator, "defaultKeyButton")->click();
        TPMVSC_STEP(shot(calculator, QStringLiteral("response-calculator")));
        calculator->close();

        auto* init = open<AdminChallengeDialog>("initializeAction", m_bob);
        QVERIFY(init);
        QTRY_VERIFY_WITH_TIMEOUT(!init->challengeText().isEmpty(), 30000);
        TPMVSC_STEP(shot(init, QStringLiteral("initialize-file-system")));
        init->reject();

        auto* destroy = open<DestroyCardDialog>("destroyAction", m_alice);
        QVERIFY(destroy);
        TPMVSC_STEP(typeInto(destroy, "confirmNameEdit", QStringLiteral("Ali")));
        TPMVSC_STEP(shot(destroy, QStringLiteral("destroy")));
        destroy->reject();

        QVERIFY(m_window->selectInstance(m_alice));
        auto* details = m_window->openDetails();
        QVERIFY(details);
        TPMVSC_STEP(shot(details, QStringLiteral("details"), 760));
        details->close();

        m_window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
        auto* about = m_window->findChild<QMessageBox*>(QStringLiteral("aboutBox"));
        QVERIFY(about);
        TPMVSC_STEP(shot(about, QStringLiteral("about"), 420));
        about->close();
    }

    // A card file damaged by another program while the window is open: named above the
    // list, the other cards still there; restored, the notice goes.
    void shootDamagedCard()
    {
        QFile file(CardStore(storeRoot()).cardPath(m_bob));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ \"format\": ");
        file.close();
        auto* notice = m_window->findChild<QWidget*>(QStringLiteral("listErrorNotice"));
        QVERIFY(notice);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
        TPMVSC_STEP(shot(m_window.get(), QStringLiteral("main-damaged-card"), 960, 600));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(original);
        file.close();
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 10000);
    }

    void shootWizard()
    {
        CreateCardWizard* w = m_window->openCreateWizard();
        QVERIFY(w);
        auto next = [w] {
            QAbstractButton* b = w->currentPage()->isCommitPage() ? w->button(QWizard::CommitButton)
                                                                  : w->button(QWizard::NextButton);
            b->click();
        };
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), 30000);
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-1-welcome"), 760, 600));
        next();
        TPMVSC_STEP(typeInto(w, "cardNameEdit", QStringLiteral("Work card")));
        // As it opens: the random admin key and its warning.
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-2-card"), 760, 600));
        child<QRadioButton>(w, "adminKeyDefaultRadio")->click();
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-2-card-default-key"), 760, 600));
        // A typed key, so the recovery page shows the admin key fields as well (taller:
        // shot at the height its layout asks for, as the wizard grows to it).
        child<QRadioButton>(w, "adminKeyEnterRadio")->click();
        child<QToolButton>(w, "advancedButton")->click();
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-2-card-advanced"), 760, 760));
        // An attestation key with a CA: an address that is no URL is named and stops the
        // page; a good one passes. (The card made below has an AIK of its own: the
        // screenshots' TPM has no EK certificate for a CA to check.)
        child<QCheckBox>(w, "attestationCheck")->click();
        TPMVSC_STEP(typeInto(w, "attestationCaEdit", QStringLiteral("attest.example.org")));
        QVERIFY(!nextEnabled(*w));
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-2-card-attestation-ca-invalid"), 760, 760));
        child<QLineEdit>(w, "attestationCaEdit")->clear();
        TPMVSC_STEP(
            typeInto(w, "attestationCaEdit", QStringLiteral("https://attest.example.org/")));
        QVERIFY(nextEnabled(*w));
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-2-card-attestation-ca"), 760, 760));
        child<QLineEdit>(w, "attestationCaEdit")->clear();
        next();
        TPMVSC_STEP(typeInto(w, "pinEdit", QStringLiteral("Secret1")));
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-3-pin-typing"), 760, 600));
        TPMVSC_STEP(typeInto(w, "pinEdit", QStringLiteral("23")));
        TPMVSC_STEP(typeInto(w, "pinConfirmEdit", QStringLiteral("Secret123")));
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-3-pin-valid"), 760, 600));
        next();
        TPMVSC_STEP(typeInto(w, "pukEdit", QStringLiteral("24681357")));
        TPMVSC_STEP(typeInto(w, "pukConfirmEdit", QStringLiteral("24681357")));
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-4-puk"), 760));
        const auto typeKey = [w](const QString& key) {
            for (const char* name : {"adminKeyEdit", "adminKeyConfirmEdit"}) {
                child<QLineEdit>(w, name)->clear();
                typeInto(w, name, key);
            }
        };
        TPMVSC_STEP(typeKey(QStringLiteral("0123456789ABCDEF0123456789ABCDEFFEDCBA9876543210")));
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-4-admin-key-weak"), 760));
        TPMVSC_STEP(typeKey(QStringLiteral("010203040506070801020304050607080102030405060708")));
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-4-admin-key-default"), 760));
        TPMVSC_STEP(typeKey(QStringLiteral("00112233445566778899AABBCCDDEEFF0011223344556677")));
        next();
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-5-summary"), 760, 600));
        next();
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(CreateCardWizard::DonePageId), 60000);
        TPMVSC_STEP(shot(w, QStringLiteral("wizard-6-done"), 760, 600));
        w->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_worker->isBusy(), 30000);
    }

    // The certificate windows, reached from the main window: a self-signed
    // certificate all the way through, then the certificate list and the import dialog.
    void shootEnrollment()
    {
        auto* w = open<RequestCertificateWizard>("requestCertificateAction", m_alice);
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->catalog().has_value(), 30000);
        TPMVSC_STEP(shot(w, QStringLiteral("request-1-template"), 680, 560));
        w->next();
        TPMVSC_STEP(shot(w, QStringLiteral("request-2-subject"), 680, 560));
        auto* subject = child<QLineEdit>(w, "subjectEdit");
        subject->setText(QStringLiteral("CN=Alice,,O=Example"));
        TPMVSC_STEP(shot(w, QStringLiteral("request-2-subject-invalid"), 680, 560));
        subject->setText(QStringLiteral("CN=Alice Example,O=Example Corp,C=DE"));
        w->next();
        child<QCheckBox>(w, "selfSignedCheck")->setChecked(true);
        TPMVSC_STEP(shot(w, QStringLiteral("request-3-key"), 680, 560));
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(w->plan().has_value(), 30000);
        TPMVSC_STEP(typeInto(w, "currentPinEdit", QStringLiteral("12345678")));
        TPMVSC_STEP(shot(w, QStringLiteral("request-4-pin"), 680, 560));
        w->button(QWizard::CommitButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RequestCertificateWizard::ResultPageId),
                                  60000);
        TPMVSC_STEP(shot(w, QStringLiteral("request-5-result"), 680, 560));
        w->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!m_worker->isBusy(), 30000);

        auto* certificates = open<CertificatesDialog>("certificatesAction", m_alice);
        QVERIFY(certificates);
        QTRY_VERIFY_WITH_TIMEOUT(!certificates->isBusy(), 30000);
        TPMVSC_STEP(shot(certificates, QStringLiteral("certificates"), 720, 420));
        certificates->close();

        auto* import = open<ImportCertificateDialog>("importCertificateAction", m_alice);
        QVERIFY(import);
        TPMVSC_STEP(shot(import, QStringLiteral("import-empty"), 640, 720));
        import->loadText(QByteArray("not a certificate"), QStringLiteral("junk.pem"));
        QTRY_VERIFY_WITH_TIMEOUT(!import->isBusy(), 30000);
        TPMVSC_STEP(shot(import, QStringLiteral("import-refused"), 640, 720));
        import->close();
        QTRY_VERIFY_WITH_TIMEOUT(!m_worker->isBusy(), 30000);
    }

    // The same windows in a dark palette (as a dark desktop theme sets it): icons, the
    // live-check colours and the notices must stay legible.
    void shootDarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
        QVERIFY(m_window->selectInstance(m_carol));
        TPMVSC_STEP(shot(m_window.get(), QStringLiteral("dark-main-cards"), 960, 600));
        auto* calculator = m_window->openResponseCalculator();
        TPMVSC_STEP(typeInto(calculator, "challengeEdit", QStringLiteral("0001 0203 0405 06")));
        TPMVSC_STEP(shot(calculator, QStringLiteral("dark-response-calculator-typing")));
        TPMVSC_STEP(typeInto(calculator, "challengeEdit", QStringLiteral("07")));
        child<QPushButton>(calculator, "defaultKeyButton")->click();
        TPMVSC_STEP(shot(calculator, QStringLiteral("dark-response-calculator")));
        calculator->close();
        auto* unblock = open<UnblockDialog>("unblockAction", m_carol);
        QVERIFY(unblock);
        TPMVSC_STEP(typeInto(unblock, "currentPukEdit", QStringLiteral("11112222")));
        TPMVSC_STEP(typeInto(unblock, "pinEdit", QStringLiteral("abc")));
        TPMVSC_STEP(shot(unblock, QStringLiteral("dark-unblock")));
        unblock->reject();
        QApplication::setPalette(light);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The same look everywhere the screenshots are made.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_swtpm = std::make_unique<SwtpmFixture>();
    }

    void cleanup()
    {
        stopWindow();
        Translations::install(QStringLiteral("en"));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        m_language = language;
        m_problems.clear();
        QVERIFY(Translations::install(language));
        m_dir = QStringLiteral(TPMVSC_SCREENSHOT_DIR "/") + language;
        QDir(m_dir).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir));
        m_home = std::make_unique<QTemporaryDir>();

        TPMVSC_STEP(startWindow());
        TPMVSC_STEP(shot(m_window.get(), QStringLiteral("main-empty"), 960, 600));
        stopWindow();

        makeCards();
        TPMVSC_STEP(startWindow());
        TPMVSC_STEP(shootMainWindowAndDialogs());
        TPMVSC_STEP(shootDamagedCard());
        TPMVSC_STEP(shootWizard());
        TPMVSC_STEP(shootEnrollment());
        if (language == u"en")
            TPMVSC_STEP(shootDarkPalette());
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
    }
};

QTEST_MAIN(TestScreenshots)
#include "test_screenshots.moc"
