// The enrollment pages, driven as a user would: the request wizard (template, subject,
// key type, PIN, generate, save) and the import dialog (file, drop, preview, checks,
// store), against swtpm, with a card created through CardService. What the pages
// produce is checked by the openssl CLI, independently of enroll/: the saved CSR
// verifies and carries the typed subject, a CA made with the CLI issues the certificate,
// and the fingerprint shown is the one `openssl x509 -fingerprint -sha256` prints.
#include "core/card/CardService.h"
#include "core/store/CardStore.h"
#include "core/tpm/Tpm.h"
#include "i18n/Translations.h"
#include "services/CardServices.h"
#include "services/CardWorker.h"
#include "tests/support/SwtpmFixture.h"
#include "ui/certificates/CertificatesDialog.h"
#include "ui/certificates/ImportCertificateDialog.h"
#include "ui/certificates/RequestCertificateWizard.h"
#include "ui/certificates/SubjectPage.h"
#include "ui/widgets/Notice.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

const QString kPin = QStringLiteral("12345678");

template <class T> T* child(QWidget* root, const QString& name)
{
    return root->findChild<T*>(name);
}

QString noticeText(QWidget* root, const QString& name)
{
    auto* notice = child<Notice>(root, name);
    return notice && notice->isVisible() ? notice->text() : QString();
}

// With $TPMVSC_GRAB_DIR set, saves a PNG of the window, so people can look at the pages.
void grab(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("TPMVSC_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // queued layout work first
    window->grab().save(dir + QStringLiteral("/enroll-") + name + QStringLiteral(".png"));
}

// Every input a user types into or picks from has a name a screen reader can say.
QStringList unnamedInputs(QWidget* root)
{
    QStringList missing;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                           qobject_cast<QAbstractItemView*>(w) || qobject_cast<QPlainTextEdit*>(w);
        // Line edits inside spin boxes and views belong to them.
        if (!input || qobject_cast<QAbstractSpinBox*>(w->parentWidget()) ||
            qobject_cast<QAbstractItemView*>(w->parentWidget()) ||
            qobject_cast<QAbstractItemView*>(w->parentWidget() ? w->parentWidget()->parentWidget()
                                                               : nullptr))
            continue;
        if (w->accessibleName().isEmpty())
            missing.append(w->objectName().isEmpty()
                               ? QString::fromLatin1(w->metaObject()->className())
                               : w->objectName());
    }
    return missing;
}

bool nextEnabled(QWizard& wizard)
{
    QAbstractButton* next = wizard.currentPage() && wizard.currentPage()->isCommitPage()
                                ? wizard.button(QWizard::CommitButton)
                                : wizard.button(QWizard::NextButton);
    return next->isVisible() && next->isEnabled();
}

// Runs a peer tool; stdout on success, a failed QVERIFY (and empty) otherwise.
QByteArray run(const QString& program, const QStringList& args, bool* ok = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool finished = p.waitForFinished(60000);
    const bool good = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = good;
    else if (!good)
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

} // namespace

class TestEnrollUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<SwtpmFixture> m_swtpm;
    QTemporaryDir m_dir;
    std::unique_ptr<CardWorker> m_worker;
    int m_instance = -1;
    QString m_csrPath; // the request the happy path saved (for the import tests)
    QString m_templateDir;

    QString path(const QString& name) const { return m_dir.path() + QLatin1Char('/') + name; }
    QString storeRoot() const { return path(QStringLiteral("store")); }

    // A card made the way the CLI does it, through CardService on a connection of its
    // own that is closed again before the worker connects (swtpm serves one client).
    int createCard(const QString& name)
    {
        CardStore store(storeRoot());
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        CardService service(tpm, store);
        CreateOptions o;
        o.name = name;
        o.adminKeyMode = AdminKeyMode::Default;
        o.adminKey = Secret::fromBytes(
            QByteArray::fromHex("010203040506070801020304050607080102030405060708"));
        o.pin = Secret::fromText(kPin);
        o.generate = true;
        o.adminResetStock = 1;
        return service.create(o);
    }

    CardRecord card(int instance) const { return CardStore(storeRoot()).load(instance); }

    std::unique_ptr<RequestCertificateWizard> openWizard(int instance)
    {
        auto wizard = std::make_unique<RequestCertificateWizard>(*m_worker, instance);
        wizard->setSubjectDefaults(subjectDefaultsFor(QStringLiteral("alice"),
                                                      QStringLiteral("Alice Example,,,"),
                                                      QStringLiteral("EXAMPLE.COM")));
        wizard->show();
        auto* list = child<QListWidget>(wizard.get(), QStringLiteral("templateList"));
        if (!list)
            return wizard;
        // The catalog comes from the worker; the page fills itself when it arrives.
        for (int i = 0; i < 500 && list->count() == 0; ++i)
            QTest::qWait(10);
        return wizard;
    }

    bool selectTemplate(QWizard& wizard, const QString& id)
    {
        auto* list = child<QListWidget>(&wizard, QStringLiteral("templateList"));
        for (int i = 0; list && i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == id) {
                list->setCurrentRow(i);
                return true;
            }
        }
        return false;
    }

    void next(QWizard& wizard)
    {
        QVERIFY(nextEnabled(wizard));
        QTest::keyClick(&wizard, Qt::Key_Enter); // the default button: Next / Generate
    }

    // Template -> subject -> key, typing the subject; leaves the wizard on the PIN page
    // with the card checked.
    void walkToPin(RequestCertificateWizard& wizard, const QString& templateId,
                   const QString& subject, const char* keyRadio)
    {
        QVERIFY(selectTemplate(wizard, templateId));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(RequestCertificateWizard::SubjectPageId));
        auto* subjectEdit = child<QLineEdit>(&wizard, QStringLiteral("subjectEdit"));
        QVERIFY(subjectEdit);
        subjectEdit->selectAll();
        QTest::keyClick(subjectEdit, Qt::Key_Delete);
        QTest::keyClicks(subjectEdit, subject);
        next(wizard);
        QCOMPARE(wizard.currentId(), int(RequestCertificateWizard::KeyPageId));
        auto* radio = child<QRadioButton>(&wizard, QString::fromLatin1(keyRadio));
        QVERIFY(radio && radio->isEnabled());
        radio->setFocus(); // keyboard, as a user without a mouse would
        QTest::keyClick(radio, Qt::Key_Space);
        QVERIFY(radio->isChecked());
        next(wizard);
        QCOMPARE(wizard.currentId(), int(RequestCertificateWizard::PinPageId));
        QTRY_VERIFY(wizard.plan().has_value());
    }

    void makeCa()
    {
        if (QFile::exists(path(QStringLiteral("ca.pem"))))
            return;
        bool ok = false;
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), path(QStringLiteral("ca.key")), QStringLiteral("-out"),
             path(QStringLiteral("ca.pem")), QStringLiteral("-subj"),
             QStringLiteral("/CN=enrollui Test CA"), QStringLiteral("-days"), QStringLiteral("30"),
             QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
             QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
            &ok);
        QVERIFY(ok);
    }

    // The CA issues a certificate for `csr`, with the usages the request asked for.
    QString issue(const QString& csr, const QString& name)
    {
        const QString out = path(name);
        bool ok = false;
        run(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
             QStringLiteral("-CA"), path(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"),
             path(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-copy_extensions"),
             QStringLiteral("copyall"), QStringLiteral("-out"), out},
            &ok);
        return ok ? out : QString();
    }

    // An expired certificate for the same request: `openssl ca` takes explicit dates.
    QString issueExpired(const QString& csr, const QString& name)
    {
        const QString caDir = path(QStringLiteral("ca-db"));
        QDir().mkpath(caDir + QStringLiteral("/new"));
        QFile(caDir + QStringLiteral("/index.txt")).open(QIODevice::WriteOnly);
        QFile serial(caDir + QStringLiteral("/serial"));
        if (serial.open(QIODevice::WriteOnly))
            serial.write("1000\n");
        serial.close();
        QFile config(caDir + QStringLiteral("/ca.cnf"));
        if (!config.open(QIODevice::WriteOnly))
            return {};
        config.write(QStringLiteral("[ca]\ndefault_ca = test\n[test]\ndatabase = %1/index.txt\n"
                                    "new_certs_dir = %1/new\nserial = %1/serial\n"
                                    "certificate = %2\nprivate_key = %3\ndefault_md = sha256\n"
                                    "policy = any\ncopy_extensions = copyall\n"
                                    "unique_subject = no\n[any]\ncommonName = optional\n")
                         .arg(caDir, path(QStringLiteral("ca.pem")), path(QStringLiteral("ca.key")))
                         .toUtf8());
        config.close();
        const QString out = path(name);
        bool ok = false;
        run(QStringLiteral("openssl"),
            {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
             config.fileName(), QStringLiteral("-in"), csr, QStringLiteral("-out"), out,
             QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
             QStringLiteral("-enddate"), QStringLiteral("20210101000000Z"),
             QStringLiteral("-notext")},
            &ok);
        return ok ? out : QString();
    }

    QString opensslFingerprint(const QString& certPath)
    {
        const QString out = QString::fromLatin1(
            run(QStringLiteral("openssl"),
                {QStringLiteral("x509"), QStringLiteral("-in"), certPath, QStringLiteral("-noout"),
                 QStringLiteral("-fingerprint"), QStringLiteral("-sha256")}));
        return out.section(QLatin1Char('='), 1).trimmed().toUpper();
    }

    std::unique_ptr<ImportCertificateDialog> openImport(int instance)
    {
        auto dialog = std::make_unique<ImportCertificateDialog>(*m_worker, instance);
        dialog->show();
        grab(dialog.get(), QStringLiteral("import-empty"));
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // English (plural forms); TPMVSC_GRAB_LANG=ja shows the pages in another language
        // for looking at them (tests of English wording then fail, by design).
        const QString lang = qEnvironmentVariable("TPMVSC_GRAB_LANG", QStringLiteral("en"));
        QVERIFY(Translations::install(lang));
        if (qEnvironmentVariableIsSet("TPMVSC_GRAB_DARK")) {
            // For looking at the pages in a dark palette (with TPMVSC_GRAB_DIR).
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
            dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6e, 0xba));
            dark.setColor(QPalette::HighlightedText, Qt::white);
            dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
            dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
            dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
            dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
            QApplication::setPalette(dark);
        }
        m_swtpm = std::make_unique<SwtpmFixture>();
        // A template of the user's own that takes only P-384 keys ($TPMVSC_HOME is the
        // fixture's, set for this process too).
        m_templateDir = qEnvironmentVariable("TPMVSC_HOME") + QStringLiteral("/templates");
        QVERIFY(QDir().mkpath(m_templateDir));
        QFile tmpl(m_templateDir + QStringLiteral("/p384only.json"));
        QVERIFY(tmpl.open(QIODevice::WriteOnly));
        tmpl.write(R"({"formatVersion": 1, "id": "p384only", "displayName": "P-384 only",
                       "description": "Only for the UI test.", "keyUsage": ["digitalSignature"],
                       "extendedKeyUsage": ["clientAuth"], "keyAlgorithms": ["p384"]})");
        tmpl.close();
        m_instance = createCard(QStringLiteral("Enroll UI"));
        m_worker = std::make_unique<CardWorker>(TpmOptions{}, storeRoot());
    }

    void cleanupTestCase() { m_worker.reset(); }

    void subjectIsPrefilledFromTheLogin()
    {
        auto wizard = openWizard(m_instance);
        grab(wizard.get(), QStringLiteral("template"));
        QVERIFY(selectTemplate(*wizard, QStringLiteral("smartcardlogon")));
        next(*wizard);
        QCOMPARE(child<QLineEdit>(wizard.get(), QStringLiteral("subjectEdit"))->text(),
                 QStringLiteral("CN=Alice Example"));
        QCOMPARE(child<QLineEdit>(wizard.get(), QStringLiteral("upnEdit"))->text(),
                 QStringLiteral("alice@example.com"));
        // No e-mail address is guessed.
        QCOMPARE(child<QLineEdit>(wizard.get(), QStringLiteral("emailEdit"))->text(), QString());
        // The template takes no DNS names: the field is there but closed.
        QVERIFY(!child<QLineEdit>(wizard.get(), QStringLiteral("dnsEdit"))->isEnabled());
        grab(wizard.get(), QStringLiteral("subject"));
        QVERIFY(nextEnabled(*wizard));
        // Back to another template and forward again: what was typed stays; the new
        // template's DNS field opens.
        auto* edit = child<QLineEdit>(wizard.get(), QStringLiteral("subjectEdit"));
        QTest::keyClicks(edit, QStringLiteral(",O=Example"));
        wizard->back();
        QVERIFY(selectTemplate(*wizard, QStringLiteral("clientauth")));
        next(*wizard);
        QCOMPARE(edit->text(), QStringLiteral("CN=Alice Example,O=Example"));
        QCOMPARE(child<QLineEdit>(wizard.get(), QStringLiteral("upnEdit"))->text(),
                 QStringLiteral("alice@example.com"));
        QVERIFY(child<QLineEdit>(wizard.get(), QStringLiteral("dnsEdit"))->isEnabled());
    }

    void invalidSubjectKeepsNextDisabledAndSaysWhere()
    {
        auto wizard = openWizard(m_instance);
        QVERIFY(selectTemplate(*wizard, QStringLiteral("clientauth")));
        next(*wizard);
        auto* edit = child<QLineEdit>(wizard.get(), QStringLiteral("subjectEdit"));
        auto* page = qobject_cast<SubjectPage*>(wizard->currentPage());
        QVERIFY(page);
        edit->clear();
        const QString typed = QStringLiteral("CN=Alice,,O=Example");
        QTest::keyClicks(edit, typed);
        QVERIFY(!nextEnabled(*wizard));
        const QString error = noticeText(wizard.get(), QStringLiteral("subjectErrorNotice"));
        // The second comma (1-based character 10) starts an empty RDN.
        QVERIFY2(error.contains(QStringLiteral("at character 10")), qPrintable(error));
        QCOMPARE(page->subjectErrorPosition(), 9);
        grab(wizard.get(), QStringLiteral("subject-invalid"));
        // Unknown attribute names are caught too, at the name.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("CN=Alice,XX=1"));
        QVERIFY(!nextEnabled(*wizard));
        QCOMPARE(page->subjectErrorPosition(), 9);
        // Fixing it character by character re-enables Next.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("CN=Alice,O=Example"));
        QVERIFY(nextEnabled(*wizard));
        QVERIFY(noticeText(wizard.get(), QStringLiteral("subjectErrorNotice")).isEmpty());
        // A broken alternative name blocks too.
        auto* upn = child<QLineEdit>(wizard.get(), QStringLiteral("upnEdit"));
        upn->clear();
        QTest::keyClicks(upn, QStringLiteral("alice"));
        QVERIFY(!nextEnabled(*wizard));
        QVERIFY(!noticeText(wizard.get(), QStringLiteral("upnErrorNotice")).isEmpty());
        QTest::keyClicks(upn, QStringLiteral("@example.com"));
        QVERIFY(nextEnabled(*wizard));
    }

    void templateRestrictsKeyTypes()
    {
        auto wizard = openWizard(m_instance);
        QVERIFY(selectTemplate(*wizard, QStringLiteral("p384only")));
        next(*wizard);
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(RequestCertificateWizard::KeyPageId));
        for (const char* name : {"keyRsa2048Radio", "keyRsa3072Radio", "keyP256Radio"}) {
            auto* radio = child<QRadioButton>(wizard.get(), QString::fromLatin1(name));
            QVERIFY(radio);
            QVERIFY2(!radio->isEnabled(), name);
            QVERIFY(!radio->toolTip().isEmpty()); // says why
        }
        auto* p384 = child<QRadioButton>(wizard.get(), QStringLiteral("keyP384Radio"));
        QVERIFY(p384->isEnabled() && p384->isChecked());
        grab(wizard.get(), QStringLiteral("key-restricted"));
        QVERIFY(nextEnabled(*wizard));
        // With a template that allows RSA 3072, choosing it shows the "slower" note.
        QTest::keyClick(wizard.get(), Qt::Key_Escape); // cancel: nothing running
        QVERIFY(!wizard->isVisible());

        auto other = openWizard(m_instance);
        QVERIFY(selectTemplate(*other, QStringLiteral("clientauth")));
        next(*other);
        next(*other);
        auto* rsa3072 = child<QRadioButton>(other.get(), QStringLiteral("keyRsa3072Radio"));
        QVERIFY(rsa3072->isEnabled());
        QVERIFY(!child<QWidget>(other.get(), QStringLiteral("slowKeyNotice"))->isVisible());
        rsa3072->setFocus();
        QTest::keyClick(rsa3072, Qt::Key_Space);
        QVERIFY(child<QWidget>(other.get(), QStringLiteral("slowKeyNotice"))->isVisible());
        grab(other.get(), QStringLiteral("key-rsa3072"));
    }

    void wrongPinStaysOnThePinPage()
    {
        const int keysBefore = int(card(m_instance).keys.size());
        auto wizard = openWizard(m_instance);
        walkToPin(*wizard, QStringLiteral("clientauth"), QStringLiteral("CN=Wrong PIN"),
                  "keyP256Radio");
        if (QTest::currentTestFailed())
            return;
        auto* pin = child<QLineEdit>(wizard.get(), QStringLiteral("currentPinEdit"));
        QVERIFY(pin);
        QTest::keyClicks(pin, QStringLiteral("00000000"));
        QVERIFY(nextEnabled(*wizard));
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !noticeText(wizard.get(), QStringLiteral("requestErrorNotice")).isEmpty(), 30000);
        const QString error = noticeText(wizard.get(), QStringLiteral("requestErrorNotice"));
        QVERIFY2(error.contains(QStringLiteral("4 wrong PINs left before the card is blocked")),
                 qPrintable(error));
        grab(wizard.get(), QStringLiteral("pin-wrong"));
        QCOMPARE(wizard->currentId(), int(RequestCertificateWizard::PinPageId));
        QVERIFY(pin->text().isEmpty());
        QVERIFY(pin->isEnabled());
        QVERIFY(!wizard->result());
        QCOMPARE(int(card(m_instance).keys.size()), keysBefore); // no key left behind
        // The right PIN resets the counter for the next tests.
        QTest::keyClicks(pin, kPin);
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RequestCertificateWizard::ResultPageId),
                                  30000);
        QCOMPARE(card(m_instance).pinTriesLeft, 5);
    }

    void requestHappyPathWritesAVerifiableCsr()
    {
        const int keysBefore = int(card(m_instance).keys.size());
        auto wizard = openWizard(m_instance);
        QSignalSpy changed(wizard.get(), &RequestCertificateWizard::cardChanged);
        const QString subject = QStringLiteral("CN=Alice Example,O=Example Corp,C=DE");
        walkToPin(*wizard, QStringLiteral("smartcardlogon"), subject, "keyRsa2048Radio");
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!child<QLabel>(wizard.get(), QStringLiteral("planSummaryLabel"))->text().isEmpty());
        QVERIFY(!nextEnabled(*wizard)); // no PIN yet
        grab(wizard.get(), QStringLiteral("pin"));
        auto* pin = child<QLineEdit>(wizard.get(), QStringLiteral("currentPinEdit"));
        QTest::keyClicks(pin, kPin);
        QVERIFY(nextEnabled(*wizard));
        QTest::keyClick(pin, Qt::Key_Return);
        // While the TPM works: busy indicator, Cancel locked, closing explained.
        QVERIFY(wizard->isGenerating());
        QVERIFY(child<QWidget>(wizard.get(), QStringLiteral("generateBusyIndicator"))->isVisible());
        QVERIFY(!wizard->button(QWizard::CancelButton)->isEnabled());
        grab(wizard.get(), QStringLiteral("generating"));
        wizard->reject();
        QVERIFY(wizard->isVisible());
        QTRY_VERIFY(child<QWidget>(wizard.get(), QStringLiteral("busyExplanationBox")));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RequestCertificateWizard::ResultPageId),
                                  60000);
        QCOMPARE(changed.count(), 1);
        grab(wizard.get(), QStringLiteral("result"));
        for (int id : wizard->pageIds())
            QVERIFY2(unnamedInputs(wizard->page(id)).isEmpty(),
                     qPrintable(unnamedInputs(wizard->page(id)).join(u',')));
        QCOMPARE(int(card(m_instance).keys.size()), keysBefore + 1);

        // Save through the file dialog, as PEM.
        QTest::mouseClick(child<QPushButton>(wizard.get(), QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY(
            (dialog = child<QFileDialog>(wizard.get(), QStringLiteral("saveResultDialog"))));
        m_csrPath = path(QStringLiteral("alice.csr"));
        dialog->selectFile(m_csrPath);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept: what "Save" does
        QTRY_VERIFY(QFile::exists(m_csrPath));
        QVERIFY(child<QLabel>(wizard.get(), QStringLiteral("resultFeedbackLabel"))
                    ->text()
                    .contains(QStringLiteral("alice.csr")));

        bool ok = false;
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-in"), m_csrPath, QStringLiteral("-noout"),
             QStringLiteral("-verify")},
            &ok);
        QVERIFY2(ok, "openssl req -verify refused the saved request");
        const QString printed = QString::fromUtf8(run(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-in"), m_csrPath, QStringLiteral("-noout"),
             QStringLiteral("-subject"), QStringLiteral("-nameopt"), QStringLiteral("RFC2253")}));
        QCOMPARE(printed.trimmed(), QStringLiteral("subject=") + subject);
        const QString text = QString::fromUtf8(
            run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-in"), m_csrPath,
                                            QStringLiteral("-noout"), QStringLiteral("-text")}));
        QVERIFY2(text.contains(QStringLiteral("alice@example.com")), qPrintable(text));
        // The clipboard gets the same PEM.
        QTest::mouseClick(child<QPushButton>(wizard.get(), QStringLiteral("copyButton")),
                          Qt::LeftButton);
        QFile saved(m_csrPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(child<QPlainTextEdit>(wizard.get(), QStringLiteral("pemView"))->toPlainText(),
                 QString::fromLatin1(saved.readAll()));
        wizard->accept();
    }

    void importPreviewsAndStoresTheIssuedCertificate()
    {
        QVERIFY(!m_csrPath.isEmpty());
        makeCa();
        const QString cert = issue(m_csrPath, QStringLiteral("alice.pem"));
        QVERIFY(!cert.isEmpty());
        const QString expectedFingerprint = opensslFingerprint(cert);
        QVERIFY(!expectedFingerprint.isEmpty());

        auto dialog = openImport(m_instance);
        QSignalSpy stored(dialog.get(), &ImportCertificateDialog::stored);
        // Against the system's store the test CA is unknown: a warning, not an error.
        dialog->loadFile(cert);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview().has_value(), 30000);
        QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("fingerprintValue"))
                     ->text()
                     .replace(QLatin1Char('\n'), QLatin1Char(':')),
                 expectedFingerprint);
        QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("subjectValue"))->text(),
                 QStringLiteral("CN=Alice Example,O=Example Corp,C=DE"));
        QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("issuerValue"))->text(),
                 QStringLiteral("CN=enrollui Test CA"));
        QVERIFY(child<QLabel>(dialog.get(), QStringLiteral("ekuValue"))
                    ->text()
                    .contains(QStringLiteral("1.3.6.1.4.1.311.20.2.2")));
        auto* chainRow = child<QWidget>(dialog.get(), QStringLiteral("check-chain"));
        QVERIFY(chainRow);
        QCOMPARE(chainRow->property("severity").toString(), QStringLiteral("warning"));
        auto* force = child<QCheckBox>(dialog.get(), QStringLiteral("storeAnywayCheck"));
        QVERIFY(force->isVisible());
        grab(dialog.get(), QStringLiteral("import-warning"));
        QVERIFY2(unnamedInputs(dialog.get()).isEmpty(),
                 qPrintable(unnamedInputs(dialog.get()).join(u',')));
        auto* pin = child<QLineEdit>(dialog.get(), QStringLiteral("currentPinEdit"));
        auto* store = child<QPushButton>(dialog.get(), QStringLiteral("storeButton"));
        QTest::keyClicks(pin, kPin);
        QVERIFY(!store->isEnabled()); // warnings need "Store anyway"
        force->setChecked(true);
        QVERIFY(store->isEnabled());
        force->setChecked(false);

        // With the CA as the trusted bundle every check passes.
        dialog->setCaBundle(path(QStringLiteral("ca.pem")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview().has_value() && !dialog->isBusy(), 30000);
        const auto checks =
            dialog->findChildren<QWidget*>(QRegularExpression(QStringLiteral("^check-")));
        QVERIFY(!checks.isEmpty());
        for (QWidget* row : checks)
            QVERIFY2(row->property("severity").toString() == u"ok", qPrintable(row->objectName()));
        QVERIFY(!child<QCheckBox>(dialog.get(), QStringLiteral("storeAnywayCheck"))->isVisible());
        pin->clear();
        QTest::keyClicks(pin, kPin);
        QTRY_VERIFY(store->isEnabled());
        QTest::mouseClick(store, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 30000);
        QVERIFY(!child<Notice>(dialog.get(), QStringLiteral("importDoneNotice"))->isHidden());
        QVERIFY(!store->isEnabled());

        grab(dialog.get(), QStringLiteral("import-stored"));
        // On the card, with the key the request was made for.
        QFile pemFile(cert);
        QVERIFY(pemFile.open(QIODevice::ReadOnly));
        const QByteArray der =
            QByteArray::fromBase64(pemFile.readAll()
                                       .replace("-----BEGIN CERTIFICATE-----", "")
                                       .replace("-----END CERTIFICATE-----", ""));
        bool found = false;
        for (const KeyRecord& key : card(m_instance).keys)
            found = found || key.certificate == der;
        QVERIFY(found);
    }

    void wrongPinAtImportIsOneGermanSentenceAfterOneJob()
    {
        // A German desktop: the tries left come with the refusal itself (no second job to
        // read the card), said in German under the German headline.
        QVERIFY(!m_csrPath.isEmpty());
        makeCa();
        const QString cert = issue(m_csrPath, QStringLiteral("alice-again.pem"));
        QVERIFY(!cert.isEmpty());
        QVERIFY(Translations::install(QStringLiteral("de")));
        auto english = qScopeGuard([] { Translations::install(QStringLiteral("en")); });
        const QByteArray before = CardStore::serialize(card(m_instance));
        auto dialog = openImport(m_instance);
        dialog->setCaBundle(path(QStringLiteral("ca.pem")));
        dialog->loadFile(cert);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview().has_value() && !dialog->isBusy(), 30000);
        QSignalSpy failed(dialog.get(), &ImportCertificateDialog::storeFailed);
        int jobs = 0;
        const auto counting =
            connect(m_worker.get(), &CardWorker::statusText, this,
                    [&jobs](const QString& text) { jobs += text.isEmpty() ? 0 : 1; });
        auto* pin = child<QLineEdit>(dialog.get(), QStringLiteral("currentPinEdit"));
        QTest::keyClicks(pin, QStringLiteral("00000000"));
        auto* store = child<QPushButton>(dialog.get(), QStringLiteral("storeButton"));
        QTRY_VERIFY(store->isEnabled());
        QTest::mouseClick(store, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        // A second job would be queued from the failure's own delivery: none is.
        QCOMPARE(m_worker->outstandingJobs(), 0);
        QTest::qWait(200); // and none starts later
        disconnect(counting);
        QCOMPARE(jobs, 1);
        const QString error = noticeText(dialog.get(), QStringLiteral("importErrorNotice"));
        QVERIFY2(error.contains(QStringLiteral("Falsche PIN, PUK oder Antwort.")),
                 qPrintable(error));
        QVERIFY2(
            error.contains(QStringLiteral("Noch 4 falsche PINs, bevor die Karte gesperrt wird.")),
            qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("tries left")), qPrintable(error));
        grab(dialog.get(), QStringLiteral("import-wrong-pin-de"));
        QCOMPARE(card(m_instance).pinTriesLeft, 4);
        // The right PIN starts the count over, for the tests after this one.
        bool verified = false;
        m_worker->submit(
            this, QStringLiteral("verify"),
            [instance = m_instance](CardServices& c) {
                c.service().verifyPin(instance, Secret::fromText(kPin));
                return true;
            },
            [&verified](bool) { verified = true; }, [](const Error&) {});
        QTRY_VERIFY_WITH_TIMEOUT(verified, 30000);
        QCOMPARE(card(m_instance).pinTriesLeft, 5);
        QCOMPARE(CardStore::serialize(card(m_instance)), before); // nothing stored, count restored
    }

    void certificateForAnotherKeyIsRefused()
    {
        makeCa();
        bool ok = false;
        const QString csr = path(QStringLiteral("other.csr"));
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), path(QStringLiteral("other.key")), QStringLiteral("-subj"),
             QStringLiteral("/CN=Somebody Else"), QStringLiteral("-out"), csr},
            &ok);
        QVERIFY(ok);
        const QString cert = issue(csr, QStringLiteral("other.pem"));
        QVERIFY(!cert.isEmpty());
        const QByteArray before = CardStore::serialize(card(m_instance));

        auto dialog = openImport(m_instance);
        QSignalSpy failed(dialog.get(), &ImportCertificateDialog::previewFailed);
        dialog->loadFile(cert);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        const QString error = noticeText(dialog.get(), QStringLiteral("previewErrorNotice"));
        QVERIFY2(error.contains(QStringLiteral("another key"), Qt::CaseInsensitive) ||
                     error.contains(QStringLiteral("no key"), Qt::CaseInsensitive),
                 qPrintable(error));
        QVERIFY(!dialog->preview());
        QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("storeButton"))->isEnabled());
        QVERIFY(!child<QWidget>(dialog.get(), QStringLiteral("currentPinEdit"))->isEnabled());
        grab(dialog.get(), QStringLiteral("import-other-key"));
        QCOMPARE(CardStore::serialize(card(m_instance)), before);
    }

    void expiredCertificateIsRefused()
    {
        QVERIFY(!m_csrPath.isEmpty());
        makeCa();
        const QString cert = issueExpired(m_csrPath, QStringLiteral("expired.pem"));
        QVERIFY(!cert.isEmpty());
        const QByteArray before = CardStore::serialize(card(m_instance));
        auto dialog = openImport(m_instance);
        dialog->setCaBundle(path(QStringLiteral("ca.pem")));
        dialog->loadFile(cert);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
        if (dialog->preview()) {
            auto* validity = child<QWidget>(dialog.get(), QStringLiteral("check-validity"));
            QVERIFY(validity);
            QCOMPARE(validity->property("severity").toString(), QStringLiteral("error"));
            QVERIFY(
                !child<QCheckBox>(dialog.get(), QStringLiteral("storeAnywayCheck"))->isVisible());
        } else {
            QVERIFY(!noticeText(dialog.get(), QStringLiteral("previewErrorNotice")).isEmpty());
        }
        QTest::keyClicks(child<QLineEdit>(dialog.get(), QStringLiteral("currentPinEdit")), kPin);
        QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("storeButton"))->isEnabled());
        QVERIFY(!dialog->canStore());
        grab(dialog.get(), QStringLiteral("import-expired"));
        QCOMPARE(CardStore::serialize(card(m_instance)), before);
    }

    void droppedFileIsPreviewed()
    {
        QVERIFY(QFile::exists(path(QStringLiteral("alice.pem"))));
        auto dialog = openImport(m_instance);
        QWidget* area = child<QWidget>(dialog.get(), QStringLiteral("dropArea"));
        QVERIFY(area);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path(QStringLiteral("alice.pem")))});
        const QPoint at = area->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(area, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(area, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview().has_value(), 30000);
        QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("sourceLabel"))->text(),
                 QStringLiteral("alice.pem"));
        QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("fingerprintValue"))
                     ->text()
                     .replace(QLatin1Char('\n'), QLatin1Char(':')),
                 opensslFingerprint(path(QStringLiteral("alice.pem"))));
        // Now stored: the preview says the key's certificate would be replaced.
        QVERIFY(child<QWidget>(dialog.get(), QStringLiteral("replacesNotice"))->isVisible());

        // Something that is not a certificate file is not accepted by the drop area.
        QMimeData junk;
        junk.setText(QStringLiteral("hello"));
        QDragEnterEvent junkEnter(at, Qt::CopyAction, &junk, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(area, &junkEnter);
        QVERIFY(!junkEnter.isAccepted());
    }
    void certificatesAreExportedAndDeleted()
    {
        const QString certPath = path(QStringLiteral("alice.pem"));
        QVERIFY(QFile::exists(certPath));
        CertificatesDialog dialog(*m_worker, m_instance);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        QCOMPARE(dialog.certificates().size(), 1);
        const QByteArray keyId = dialog.certificates().constFirst().key.id;
        grab(&dialog, QStringLiteral("certificates"));
        QVERIFY2(unnamedInputs(&dialog).isEmpty(), qPrintable(unnamedInputs(&dialog).join(u',')));

        // Export as PEM: the same certificate the CA issued, as openssl reads it.
        QSignalSpy exported(&dialog, &CertificatesDialog::exported);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("exportButton")),
                          Qt::LeftButton);
        QFileDialog* save = nullptr;
        QTRY_VERIFY(
            (save = child<QFileDialog>(&dialog, QStringLiteral("exportCertificateDialog"))));
        const QString out = path(QStringLiteral("exported.pem"));
        save->selectFile(out);
        static_cast<QDialog*>(save)->accept();
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
        QCOMPARE(opensslFingerprint(out), opensslFingerprint(certPath));

        // Delete: a wrong PIN changes nothing, the right one removes the certificate and
        // leaves the key.
        const int keys = int(card(m_instance).keys.size());
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("deleteButton")),
                          Qt::LeftButton);
        auto* pin = child<QLineEdit>(&dialog, QStringLiteral("currentPinEdit"));
        auto* confirm = child<QPushButton>(&dialog, QStringLiteral("confirmDeleteButton"));
        QVERIFY(pin && pin->isVisible());
        QVERIFY(!confirm->isEnabled());
        QSignalSpy failed(&dialog, &CertificatesDialog::failed);
        QTest::keyClicks(pin, QStringLiteral("99999999"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY2(noticeText(&dialog, QStringLiteral("certificatesMessage"))
                     .contains(QStringLiteral("4 wrong PINs left before the card is blocked")),
                 qPrintable(noticeText(&dialog, QStringLiteral("certificatesMessage"))));
        bool hasCertificate = false;
        for (const KeyRecord& k : card(m_instance).keys)
            hasCertificate = hasCertificate || (k.id == keyId && !k.certificate.isEmpty());
        QVERIFY(hasCertificate);

        QSignalSpy deleted(&dialog, &CertificatesDialog::deleted);
        QTest::keyClicks(pin, kPin);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.certificates().isEmpty(), 30000);
        QCOMPARE(int(card(m_instance).keys.size()), keys);
        for (const KeyRecord& k : card(m_instance).keys)
            QVERIFY(k.certificate.isEmpty());
        QCOMPARE(card(m_instance).pinTriesLeft, 5);
    }
};

QTEST_MAIN(TestEnrollUi)
#include "test_enroll_ui.moc"
