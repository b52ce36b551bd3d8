// The main (helpdesk) window as a user drives it, against swtpm: the card list and its
// columns, change PIN, blocking by wrong PINs (the list follows every try), a wrong PUK
// (its own message, tries counted down) then unblock with the right one, admin reset through
// the challenge shown on screen with the response computed in the response calculator,
// initialising a file system the same way, destroy (only with the exact name typed),
// details, and the empty state. Cards are made with CardService before the window opens;
// every check of a PIN afterwards goes through the TPM.
#include "WizardDriver.h"
#include "core/card/AdminResponse.h"
#include "core/store/CardStore.h"
#include "core/store/InstanceId.h"
#include "i18n/Translations.h"
#include "services/CardWorker.h"
#include "tests/support/CardTestEnv.h"
#include "tests/support/FleetTpm.h"
#include "ui/certificates/ImportCertificateDialog.h"
#include "ui/certificates/RequestCertificateWizard.h"
#include "ui/main/AdminChallengeDialog.h"
#include "ui/main/CardDetailsDialog.h"
#include "ui/main/CardListModel.h"
#include "ui/main/ChangePinDialog.h"
#include "ui/main/DestroyCardDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ResponseCalculatorDialog.h"
#include "ui/main/UnblockDialog.h"
#include "ui/widgets/AdminKeyEntry.h"
#include "ui/widgets/Notice.h"
#include "ui/wizard/CreateCardWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <memory>

using namespace tpmvsc;
using namespace tpmvsc::test;

namespace {

const QString kAlicePin = QStringLiteral("12345678");
const QString kAlicePuk = QStringLiteral("87654321");

} // namespace

class TestHelpdesk : public QObject
{
    Q_OBJECT
    std::unique_ptr<SwtpmFixture> m_swtpm;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<CardWorker> m_worker;
    std::unique_ptr<MainWindow> m_window;
    int m_alice = -1; // PUK, file system, an ECC key, 3 PIN tries, 3 admin resets
    int m_bob = -1;   // no PUK, no file system

    QString storeRoot() const { return m_home->path() + QStringLiteral("/store"); }

    // Makes the cards with the synchronous core on its own TPM connection, closed again
    // before the window's worker connects (swtpm serves one connection at a time).
    void makeCards(bool any)
    {
        if (!any)
            return;
        CardStore store(storeRoot());
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        CardService service(tpm, store);
        CreateOptions alice = basicCardOptions(QStringLiteral("Alice"));
        alice.pin = Secret::fromText(kAlicePin);
        alice.puk = Secret::fromText(kAlicePuk);
        alice.pinMaxTries = 3;
        alice.adminResetStock = 3;
        alice.attestationKey = true;
        m_alice = service.create(alice);
        service.generateKey(m_alice, alice.pin, KeyAlgorithm::EccP256, QStringLiteral("Sign-in"));

        CreateOptions bob;
        bob.name = QStringLiteral("Bob");
        bob.adminKey = defaultAdminKey();
        bob.pin = Secret::fromText(QStringLiteral("bobs pin 1"));
        bob.generate = false;
        bob.adminResetStock = 2;
        m_bob = service.create(bob);
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(*m_worker);
        QSignalSpy refreshed(m_window.get(), &MainWindow::refreshed);
        m_window->show();
        QVERIFY(refreshed.wait(30000));
        // Settled: the TPM check is done too.
        QTRY_VERIFY_WITH_TIMEOUT(!m_worker->isBusy(), 30000);
    }

    CardListModel& model() const { return *m_window->model(); }
    const CardStatus& card(int instance) const
    {
        const int row = model().rowOfInstance(instance);
        if (row < 0)
            throw MissingWidget("no such card in the list");
        return *model().cardAt(row);
    }
    QString cell(int instance, int column) const
    {
        return model()
            .index(model().rowOfInstance(instance), column)
            .data(Qt::DisplayRole)
            .toString();
    }
    QAction* action(const char* name) const { return child<QAction>(m_window.get(), name); }

    template <class Dialog> Dialog* openDialog(const char* actionName, int instance)
    {
        if (!m_window->selectInstance(instance))
            return nullptr;
        QAction* a = action(actionName);
        // Actions are disabled while the worker still reads the list after the last step.
        if (!QTest::qWaitFor([a] { return a->isEnabled(); }, 30000)) {
            qWarning("%s is disabled", actionName);
            return nullptr;
        }
        a->trigger();
        auto* dialog = m_window->findChild<Dialog*>();
        if (dialog && !dialog->isVisible())
            return nullptr;
        return dialog;
    }

    // Clicks the dialog's accept button; checks that the window locks while the job runs.
    void accept(CardActionDialog* dialog)
    {
        QVERIFY(dialog->acceptButton()->isEnabled());
        dialog->acceptButton()->click();
        QVERIFY(dialog->isRunning());
        QVERIFY(m_window->isLocked());
        QVERIFY(!m_window->view()->isEnabled());
        QVERIFY(!action("destroyAction")->isEnabled());
        QVERIFY(child<QWidget>(dialog, "busyIndicator")->isVisibleTo(dialog));
    }

    // Waits for a dialog's job: closed on success, or its error notice shown.
    void waitClosed(QPointer<QDialog> dialog)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 30000);
    }
    void waitError(CardActionDialog* dialog, QString* error)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_worker->isBusy(), 30000);
        *error = dialog->errorText();
    }

    // Whether the TPM takes `pin` for the card (through the worker: it owns the connection).
    void checkPinWorks(int instance, const QString& pin)
    {
        std::optional<bool> works;
        m_worker->submit(
            this, QStringLiteral("verify"),
            [instance, pin](CardServices& c) {
                c.service().verifyPin(instance, Secret::fromText(pin));
            },
            [&works] { works = true; }, [&works](const Error&) { works = false; });
        QTRY_VERIFY2_WITH_TIMEOUT(works.has_value(), "no answer", 30000);
        QVERIFY2(*works, "the TPM refused the PIN");
    }

    void typePins(QWidget* dialog, const QString& pin)
    {
        TPMVSC_STEP(typeInto(dialog, "pinEdit", pin));
        TPMVSC_STEP(typeInto(dialog, "pinConfirmEdit", pin));
    }

    // The challenge on screen, through the calculator with the default admin key.
    QString responseFromCalculator(const QString& challenge)
    {
        m_window->openResponseCalculator();
        auto* calc = m_window->findChild<ResponseCalculatorDialog*>();
        if (!calc)
            return {};
        child<QLineEdit>(calc, "challengeEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(calc, "challengeEdit"), challenge);
        // Not prefilled: the default key is there only when asked for.
        if (!child<QLineEdit>(calc, "adminKeyEdit")->text().isEmpty())
            return {};
        child<QPushButton>(calc, "defaultKeyButton")->click();
        const QString response = child<QLineEdit>(calc, "responseEdit")->text();
        calc->close();
        return response;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English as the program installs it: with its plural forms ("1 try", "2 tries").
        QVERIFY(Translations::install(QStringLiteral("en")));
        m_swtpm = std::make_unique<SwtpmFixture>();
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        const bool withCards =
            QByteArray(QTest::currentTestFunction()) != "emptyStateInvitesToCreate";
        makeCards(withCards);
        m_worker = std::make_unique<CardWorker>(TpmOptions{}, storeRoot());
        TPMVSC_STEP(openWindow());
    }

    void cleanup()
    {
        m_window.reset();
        m_worker.reset();
        Tpm tpm(TpmOptions{m_swtpm->tcti(), false, {}}, QString());
        TPMVSC_VERIFY_NO_HANDLES(tpm);
    }

    void listShowsTheCardsWithTheirColumns()
    {
        QCOMPARE(model().rowCount(), 2);
        auto* stack = child<QStackedWidget>(m_window.get(), "cardStack");
        QCOMPARE(stack->currentWidget(), static_cast<QWidget*>(m_window->view()));
        const QStringList headers = {QStringLiteral("Name"),
                                     QStringLiteral("Instance"),
                                     QStringLiteral("State"),
                                     QStringLiteral("PIN tries left"),
                                     QStringLiteral("Admin resets left"),
                                     QStringLiteral("Keys"),
                                     QStringLiteral("Certificates")};
        for (int column = 0; column < headers.size(); ++column)
            QCOMPARE(model().headerData(column, Qt::Horizontal).toString(), headers.at(column));

        QCOMPARE(cell(m_alice, CardListModel::NameColumn), QStringLiteral("Alice"));
        QCOMPARE(cell(m_alice, CardListModel::InstanceColumn), formatInstanceId(m_alice));
        QCOMPARE(cell(m_alice, CardListModel::StateColumn), QStringLiteral("Ready"));
        QCOMPARE(cell(m_alice, CardListModel::PinTriesColumn), QStringLiteral("3"));
        QCOMPARE(cell(m_alice, CardListModel::AdminResetsColumn), QStringLiteral("3"));
        QCOMPARE(cell(m_alice, CardListModel::KeysColumn), QStringLiteral("1"));
        QCOMPARE(cell(m_alice, CardListModel::CertificatesColumn), QStringLiteral("0"));

        QCOMPARE(cell(m_bob, CardListModel::NameColumn), QStringLiteral("Bob"));
        QCOMPARE(cell(m_bob, CardListModel::InstanceColumn), formatInstanceId(m_bob));
        QCOMPARE(cell(m_bob, CardListModel::StateColumn), QStringLiteral("No file system"));
        QCOMPARE(cell(m_bob, CardListModel::PinTriesColumn), QStringLiteral("5"));
        QCOMPARE(cell(m_bob, CardListModel::AdminResetsColumn), QStringLiteral("2"));
        QCOMPARE(cell(m_bob, CardListModel::KeysColumn), QStringLiteral("0"));

        // Actions follow the selected card: Bob has no PUK and can be initialised.
        QVERIFY(m_window->selectInstance(m_bob));
        QVERIFY(!action("unblockAction")->isEnabled());
        QVERIFY(action("initializeAction")->isEnabled());
        QVERIFY(m_window->selectInstance(m_alice));
        QVERIFY(action("unblockAction")->isEnabled());
        QVERIFY(!action("initializeAction")->isEnabled());
        QVERIFY(action("changePinAction")->isEnabled());

        // The status bar names the TPM: the fixture's swtpm is software.
        QVERIFY(m_window->tpm().has_value());
        const QString tpm = child<QLabel>(m_window.get(), "tpmLabel")->text();
        QVERIFY2(tpm.contains(QStringLiteral("not hardware-protected")), qPrintable(tpm));
    }

    void changePin()
    {
        auto* dialog = openDialog<ChangePinDialog>("changePinAction", m_alice);
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        QVERIFY(!dialog->acceptButton()->isEnabled());
        TPMVSC_STEP(typeInto(dialog, "currentPinEdit", kAlicePin));
        TPMVSC_STEP(typePins(dialog, QStringLiteral("new-pin-42")));
        TPMVSC_STEP(accept(dialog));
        TPMVSC_STEP(waitClosed(guard));
        QVERIFY2(m_window->statusMessage().contains(QStringLiteral("PIN of “Alice” was changed")),
                 qPrintable(m_window->statusMessage()));
        TPMVSC_STEP(checkPinWorks(m_alice, QStringLiteral("new-pin-42")));
    }

    // Closing the window while the TPM works is refused with an explanation (the job's
    // result would be lost while its effect on the card stays); once done, it closes.
    void closingWhileAJobRunsWaitsForIt()
    {
        auto* dialog = openDialog<ChangePinDialog>("changePinAction", m_alice);
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        TPMVSC_STEP(typeInto(dialog, "currentPinEdit", kAlicePin));
        TPMVSC_STEP(typePins(dialog, QStringLiteral("new-pin-43")));
        TPMVSC_STEP(accept(dialog));
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        auto* box = child<QMessageBox>(m_window.get(), "closeWhileBusyBox");
        QVERIFY(box->text().contains(QStringLiteral("still running")));
        TPMVSC_STEP(waitClosed(guard));
        TPMVSC_STEP(checkPinWorks(m_alice, QStringLiteral("new-pin-43")));
        box->close();
        QVERIFY(m_window->close());
    }

    void policyViolationKeepsChangeDisabled()
    {
        auto* dialog = openDialog<ChangePinDialog>("changePinAction", m_alice);
        QVERIFY(dialog);
        TPMVSC_STEP(typeInto(dialog, "currentPinEdit", kAlicePin));
        TPMVSC_STEP(typePins(dialog, QStringLiteral("short")));
        QVERIFY(!dialog->acceptButton()->isEnabled());
        TPMVSC_STEP(typeInto(dialog, "pinEdit", QStringLiteral("er!")));
        QVERIFY(!dialog->acceptButton()->isEnabled()); // mismatch with the confirmation
        TPMVSC_STEP(typeInto(dialog, "pinConfirmEdit", QStringLiteral("er!")));
        QVERIFY(dialog->acceptButton()->isEnabled());
        dialog->reject();
    }

    // Wrong PINs count down in the list until the card is blocked; a wrong PUK says so and
    // costs a PUK try; the right PUK unblocks with a new PIN.
    void wrongPinsBlockThenWrongPukThenUnblock()
    {
        auto* dialog = openDialog<ChangePinDialog>("changePinAction", m_alice);
        QVERIFY(dialog);
        TPMVSC_STEP(typePins(dialog, QStringLiteral("whatever-1")));
        for (int left = 2; left >= 0; --left) {
            TPMVSC_STEP(typeInto(dialog, "currentPinEdit", QStringLiteral("99999999")));
            QStringList jobs;
            connect(m_worker.get(), &CardWorker::statusText, dialog, [&jobs](const QString& t) {
                if (!t.isEmpty())
                    jobs.append(t);
            });
            TPMVSC_STEP(accept(dialog));
            QString error;
            TPMVSC_STEP(waitError(dialog, &error));
            disconnect(m_worker.get(), &CardWorker::statusText, dialog, nullptr);
            // One TPM job: the tries left come with the refusal, and the list and the
            // dialog follow the card state the worker published.
            QCOMPARE(jobs.size(), 1);
            QVERIFY2(error.contains(left > 0 ? QStringLiteral("Wrong PIN, PUK or response.")
                                             : QStringLiteral("blocked")),
                     qPrintable(error));
            QTRY_COMPARE(card(m_alice).pinTriesLeft, left);
            if (left > 0) // the core's English sentence gave way to the dialog's own
                QVERIFY2(error.contains(
                             left == 1 ? QStringLiteral("1 wrong PIN left before the card is")
                                       : QStringLiteral("%1 wrong PINs left before").arg(left)),
                         qPrintable(error));
            QCOMPARE(cell(m_alice, CardListModel::PinTriesColumn), QString::number(left));
            QVERIFY(dialog->isVisible()); // stays open to try again
            QVERIFY(child<QLineEdit>(dialog, "currentPinEdit")->text().isEmpty());
        }
        QCOMPARE(cell(m_alice, CardListModel::StateColumn), QStringLiteral("Blocked"));
        QTRY_VERIFY(
            child<QLabel>(dialog, "pinTriesLabel")->text().contains(QStringLiteral("blocked")));
        dialog->reject();
        QVERIFY(m_window->selectInstance(m_alice));
        QVERIFY(!action("changePinAction")->isEnabled());

        auto* unblock = openDialog<UnblockDialog>("unblockAction", m_alice);
        QVERIFY(unblock);
        QPointer<QDialog> guard(unblock);
        QCOMPARE(child<QLabel>(unblock, "pukTriesLabel")->text(),
                 QStringLiteral("3 wrong PUKs left before the PUK is blocked too."));
        TPMVSC_STEP(typeInto(unblock, "currentPukEdit", QStringLiteral("11112222")));
        TPMVSC_STEP(typePins(unblock, QStringLiteral("fresh-pin-7")));
        TPMVSC_STEP(accept(unblock));
        QString error;
        TPMVSC_STEP(waitError(unblock, &error));
        QVERIFY2(error.contains(QStringLiteral("Wrong PIN, PUK or response.")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("PUK")), qPrintable(error));
        QTRY_COMPARE(card(m_alice).pukTriesLeft, 2);
        QTRY_COMPARE(child<QLabel>(unblock, "pukTriesLabel")->text(),
                     QStringLiteral("2 wrong PUKs left before the PUK is blocked too."));
        QCOMPARE(cell(m_alice, CardListModel::StateColumn), QStringLiteral("Blocked"));

        TPMVSC_STEP(typeInto(unblock, "currentPukEdit", kAlicePuk));
        TPMVSC_STEP(accept(unblock));
        TPMVSC_STEP(waitClosed(guard));
        QTRY_COMPARE(cell(m_alice, CardListModel::StateColumn), QStringLiteral("Ready"));
        QCOMPARE(cell(m_alice, CardListModel::PinTriesColumn), QStringLiteral("3"));
        QVERIFY(m_window->statusMessage().contains(QStringLiteral("unblocked")));
        TPMVSC_STEP(checkPinWorks(m_alice, QStringLiteral("fresh-pin-7")));
    }

    // The helpdesk path: the challenge as the card holder sees it, the response from the
    // calculator; a wrong response first (it uses the challenge up, a new one is shown).
    void adminResetThroughTheChallengeOnScreen()
    {
        auto* dialog = openDialog<AdminChallengeDialog>("adminResetAction", m_alice);
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        auto* label = child<QLabel>(dialog, "challengeLabel");
        QTRY_VERIFY(!dialog->challengeText().isEmpty());
        const QString first = label->text();
        // Four groups of four hex digits.
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){3}[0-9A-F]{4}$"))
                     .match(first)
                     .hasMatch(),
                 qPrintable(first));
        child<QPushButton>(dialog, "copyChallengeButton")->click();
        QCOMPARE(QApplication::clipboard()->text(), first);
        QVERIFY(child<QLabel>(dialog, "resetsLeftLabel")->text().contains(QStringLiteral("3")));

        // The response field checks its form.
        auto* response = child<QLineEdit>(dialog, "responseEdit");
        TPMVSC_STEP(typePins(dialog, QStringLiteral("reset-pin-1")));
        QTest::keyClicks(response, QStringLiteral("12 34 zz"));
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QVERIFY(child<QLabel>(dialog, "responseStatusLabel")
                    ->text()
                    .contains(QStringLiteral("position 7")));
        response->clear();
        QTest::keyClicks(response, QStringLiteral("0000 0000 0000 0000"));
        QVERIFY(dialog->acceptButton()->isEnabled());
        TPMVSC_STEP(accept(dialog));
        QString error;
        TPMVSC_STEP(waitError(dialog, &error));
        QVERIFY2(error.contains(QStringLiteral("Wrong PIN, PUK or response.")), qPrintable(error));
        QTRY_VERIFY(!dialog->challengeText().isEmpty());
        const QString second = label->text();
        QVERIFY(second != first);
        QVERIFY(!child<Notice>(dialog, "challengeChangedNotice")->isHidden());
        QVERIFY(response->text().isEmpty());
        QTRY_COMPARE(card(m_alice).adminResetsLeft, 2);

        // The calculator window may come up over the dialog; the dialog keeps its state.
        const QString computed = responseFromCalculator(second);
        QVERIFY2(computed.size() == 19, qPrintable(computed));
        QTest::keyClicks(response, computed);
        QVERIFY(dialog->acceptButton()->isEnabled());
        TPMVSC_STEP(accept(dialog));
        TPMVSC_STEP(waitClosed(guard));
        QTRY_COMPARE(card(m_alice).adminResetsLeft, 1);
        QVERIFY(m_window->statusMessage().contains(QStringLiteral("was reset")));
        TPMVSC_STEP(checkPinWorks(m_alice, QStringLiteral("reset-pin-1")));
    }

    void initializeFileSystemThroughTheChallenge()
    {
        auto* dialog = openDialog<AdminChallengeDialog>("initializeAction", m_bob);
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        QVERIFY(!dialog->newPin());
        QTRY_VERIFY(!dialog->challengeText().isEmpty());
        const QString computed = responseFromCalculator(dialog->challengeText());
        QTest::keyClicks(child<QLineEdit>(dialog, "responseEdit"), computed);
        TPMVSC_STEP(accept(dialog));
        TPMVSC_STEP(waitClosed(guard));
        QTRY_COMPARE(cell(m_bob, CardListModel::StateColumn), QStringLiteral("Ready"));
        QVERIFY(card(m_bob).fileSystem);
        QCOMPARE(card(m_bob).adminResetsLeft, 1);
        QVERIFY(m_window->selectInstance(m_bob));
        QVERIFY(!action("initializeAction")->isEnabled());
    }

    void calculatorComputesTheKnownAnswer()
    {
        // Independent of our code: 3DES-EDE3 of 0001020304050607 under the default key,
        // computed with `openssl enc -des-ede3 -nopad -K 0102..08 -in challenge | xxd`.
        m_window->openResponseCalculator();
        auto* calc = m_window->findChild<ResponseCalculatorDialog*>();
        QVERIFY(calc);
        QVERIFY(!child<QPushButton>(calc, "copyResponseButton")->isEnabled());
        // The clipboard is the user's: what they copied elsewhere stays there until they
        // ask for the response to be copied.
        const QString unrelated = QStringLiteral("copied from somewhere else");
        QApplication::clipboard()->setText(unrelated);
        QTest::keyClicks(child<QLineEdit>(calc, "challengeEdit"),
                         QStringLiteral("00010203 04050607"));
        child<QPushButton>(calc, "defaultKeyButton")->click();
        QCOMPARE(calc->response(), QStringLiteral("9015 2A4C 1CF4 2780"));
        QCOMPARE(QApplication::clipboard()->text(), unrelated);
        QVERIFY(!child<QLabel>(calc, "copiedLabel")->isVisibleTo(calc));
        child<QPushButton>(calc, "copyResponseButton")->click();
        QCOMPARE(QApplication::clipboard()->text(), calc->response());
        QVERIFY(child<QLabel>(calc, "copiedLabel")->isVisibleTo(calc));
        // One digit short: no response, and the copied one is not taken back or replaced.
        QTest::keyClick(child<QLineEdit>(calc, "challengeEdit"), Qt::Key_Backspace);
        QVERIFY(calc->response().isEmpty());
        QVERIFY(!child<QPushButton>(calc, "copyResponseButton")->isEnabled());
        QVERIFY(!child<QLabel>(calc, "copiedLabel")->isVisibleTo(calc));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("9015 2A4C 1CF4 2780"));
        // Another response, computed: the clipboard still holds the one the user copied.
        QTest::keyClicks(child<QLineEdit>(calc, "challengeEdit"), QStringLiteral("8"));
        QVERIFY(!calc->response().isEmpty());
        QVERIFY(calc->response() != QStringLiteral("9015 2A4C 1CF4 2780"));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("9015 2A4C 1CF4 2780"));
        // Closing forgets the key.
        calc->close();
        m_window->openResponseCalculator();
        calc = m_window->findChild<ResponseCalculatorDialog*>();
        QVERIFY(child<QLineEdit>(calc, "adminKeyEdit")->text().isEmpty());
    }

    // A key whose parts repeat cannot be chosen for a new card any more, but cards made with
    // one before still need their responses: the calculator answers and only warns.
    void calculatorAnswersForAWeakKeyWithAWarning()
    {
        m_window->openResponseCalculator();
        auto* calc = m_window->findChild<ResponseCalculatorDialog*>();
        QVERIFY(calc);
        const QString challenge = QStringLiteral("0001020304050607");
        const QString weak = QStringLiteral("0123456789ABCDEF0123456789ABCDEFFEDCBA9876543210");
        QTest::keyClicks(child<QLineEdit>(calc, "challengeEdit"), challenge);
        QTest::keyClicks(child<QLineEdit>(calc, "adminKeyEdit"), weak);
        const Secret expected =
            computeAdminResponse(parseAdminKey(weak), QByteArray::fromHex(challenge.toLatin1()));
        QCOMPARE(calc->response(),
                 formatGrouped(QByteArray(reinterpret_cast<const char*>(expected.data()),
                                          qsizetype(expected.size()))));
        QVERIFY(child<QPushButton>(calc, "copyResponseButton")->isEnabled());
        const QString status = calc->adminKeyInput()->statusText();
        QVERIFY2(status.contains(QStringLiteral("weak")), qPrintable(status));
        // The default key repeats its parts too, but is no news to anyone: no warning.
        child<QPushButton>(calc, "defaultKeyButton")->click();
        QVERIFY2(!calc->adminKeyInput()->statusText().contains(QStringLiteral("weak")),
                 qPrintable(calc->adminKeyInput()->statusText()));
        calc->close();
    }

    void destroyNeedsTheExactName()
    {
        auto* dialog = openDialog<DestroyCardDialog>("destroyAction", m_bob);
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        auto* destroy = child<QPushButton>(dialog, "destroyButton");
        QVERIFY(!destroy->isEnabled());
        QVERIFY(!destroy->isDefault());
        auto* name = child<QLineEdit>(dialog, "confirmNameEdit");
        QTest::keyClicks(name, QStringLiteral("bob"));
        QVERIFY(!destroy->isEnabled());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Bo"));
        QVERIFY(!destroy->isEnabled());
        QTest::keyClicks(name, QStringLiteral("b"));
        QVERIFY(destroy->isEnabled());
        QTest::keyClicks(name, QStringLiteral(" "));
        QVERIFY(!destroy->isEnabled());
        QTest::keyClick(name, Qt::Key_Backspace);
        // Enter in the field does not destroy: Cancel is the default button.
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(!guard);
        QCOMPARE(model().rowCount(), 2);

        dialog = openDialog<DestroyCardDialog>("destroyAction", m_bob);
        QVERIFY(dialog);
        guard = dialog;
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmNameEdit"), QStringLiteral("Bob"));
        TPMVSC_STEP(accept(dialog));
        TPMVSC_STEP(waitClosed(guard));
        QTRY_COMPARE(model().rowCount(), 1);
        QCOMPARE(model().rowOfInstance(m_bob), -1);
        QVERIFY(!CardStore(storeRoot()).instances().contains(m_bob));
        QVERIFY(m_window->statusMessage().contains(QStringLiteral("destroyed")));
    }

    void destroyOnAFleetTpmAsksForTheOwnerPassword()
    {
        // A card on a TPM whose owner has a password: the first Destroy says the password
        // is needed and shows a field for it, removing nothing; a wrong one changes
        // nothing either; the right one destroys the card and its NV indices.
        m_window.reset();
        m_worker.reset();
        const QString tcti = m_swtpm->startOtherTpm();
        const QString problem = provisionFleetTpm(tcti, "fleet-owner");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        int fleet = -1;
        {
            CardStore store(storeRoot());
            Tpm tpm(TpmOptions{tcti, false, {}}, QString());
            CardService service(tpm, store);
            CreateOptions o;
            o.name = QStringLiteral("Fleet");
            o.adminKey = Secret::random(24);
            o.pin = Secret::fromText(QStringLiteral("fleet pin"));
            o.ownerAuth = Secret::fromText(QStringLiteral("fleet-owner"));
            fleet = service.create(o);
        }
        m_worker = std::make_unique<CardWorker>(TpmOptions{tcti, false, {}}, storeRoot());
        TPMVSC_STEP(openWindow());
        auto* dialog = openDialog<DestroyCardDialog>("destroyAction", fleet);
        QVERIFY(dialog);
        QPointer<QDialog> guard(dialog);
        QVERIFY(dialog->ownerAuthField()->isHidden());
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmNameEdit"), QStringLiteral("Fleet"));
        for (const QString& typed : {QString(), QStringLiteral("not-the-owner")}) {
            if (!typed.isEmpty())
                QTest::keyClicks(dialog->ownerAuthField(), typed);
            TPMVSC_STEP(accept(dialog));
            QString error;
            TPMVSC_STEP(waitError(dialog, &error));
            QVERIFY2(error.contains(QStringLiteral("owner password")), qPrintable(error));
            QVERIFY2(!error.contains(QStringLiteral("/OwnerAuth")), qPrintable(error));
            QVERIFY(dialog->ownerAuthField()->isVisible());
            QVERIFY(dialog->ownerAuthField()->hasFocus());
            QVERIFY(CardStore(storeRoot()).instances().contains(fleet));
            QCOMPARE(CardStore(storeRoot()).load(fleet).state, CardState::Ready);
        }
        grabPage(*dialog, QStringLiteral("destroy-owner-password"));
        dialog->ownerAuthField()->clear();
        QTest::keyClicks(dialog->ownerAuthField(), QStringLiteral("fleet-owner"));
        TPMVSC_STEP(accept(dialog));
        TPMVSC_STEP(waitClosed(guard));
        QVERIFY(!CardStore(storeRoot()).instances().contains(fleet));
    }

    void detailsShowEverything()
    {
        QVERIFY(m_window->selectInstance(m_alice));
        m_window->view()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier); // keyboard shortcut
        auto* dialog = m_window->findChild<CardDetailsDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->value(QStringLiteral("nameValue")), QStringLiteral("Alice"));
        QCOMPARE(dialog->value(QStringLiteral("instanceValue")), formatInstanceId(m_alice));
        QCOMPARE(dialog->value(QStringLiteral("stateValue")), QStringLiteral("Ready"));
        QCOMPARE(dialog->value(QStringLiteral("pinTriesValue")), QStringLiteral("3 of 3"));
        QCOMPARE(dialog->value(QStringLiteral("pinLengthValue")),
                 QStringLiteral("8 to 127 characters"));
        QCOMPARE(dialog->value(QStringLiteral("pukValue")), QStringLiteral("3 tries left"));
        QCOMPARE(dialog->value(QStringLiteral("adminKeyValue")),
                 QStringLiteral("Default key (well known)"));
        QCOMPARE(dialog->value(QStringLiteral("adminResetsValue")), QStringLiteral("3"));
        QCOMPARE(dialog->value(QStringLiteral("fileSystemValue")), QStringLiteral("Initialised"));
        QCOMPARE(dialog->value(QStringLiteral("keysValue")), QStringLiteral("1"));
        QCOMPARE(dialog->value(QStringLiteral("attestationValue")),
                 QStringLiteral("Attestation key (AIK), without a certificate"));
        QTableWidget* keys = dialog->keysTable();
        QCOMPARE(keys->rowCount(), 1);
        QCOMPARE(keys->item(0, 0)->text(), QStringLiteral("Sign-in"));
        QCOMPARE(keys->item(0, 1)->text(), QStringLiteral("ECC P-256"));
        QCOMPARE(keys->item(0, 3)->text(), QStringLiteral("No"));
        QCOMPARE(keys->item(0, 4)->text(), QStringLiteral("The card's AIK"));
        QCOMPARE(keys->item(0, 5)->text().size(), 40); // SHA-1 key ID in hex
        dialog->close();

        QVERIFY(m_window->selectInstance(m_bob));
        auto* bob = m_window->openDetails();
        QVERIFY(bob);
        QCOMPARE(bob->value(QStringLiteral("pukValue")), QStringLiteral("None"));
        QCOMPARE(bob->value(QStringLiteral("fileSystemValue")), QStringLiteral("Not initialised"));
        QCOMPARE(bob->value(QStringLiteral("attestationValue")), QStringLiteral("None"));
        QVERIFY(!child<QLabel>(bob, "noKeysLabel")->isHidden());
        bob->close();

        // An AIK an attestation CA certified names the CA, for the card and each key. (The
        // card file is given the certificate here; test_attestation_ca gets one from a CA.)
        const QString ca = QStringLiteral("https://attest.example.org/");
        {
            CardStore store(storeRoot());
            const StoreLock lock = store.lockCard(m_alice);
            CardRecord record = store.load(m_alice);
            record.aik->certificates = {QByteArray::fromHex("3003020101")};
            record.aik->authority = ca;
            store.save(record);
        }
        QVERIFY(m_window->selectInstance(m_alice));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectedCard()->attestationAuthority == ca, 10000);
        auto* certified = m_window->openDetails();
        QVERIFY(certified);
        QCOMPARE(certified->value(QStringLiteral("attestationValue")),
                 QStringLiteral("Attestation key (AIK), certified by ") + ca);
        QCOMPARE(certified->keysTable()->item(0, 4)->text(),
                 QStringLiteral("The card's AIK, certified by ") + ca);
        certified->close();
    }

    // Keyboard-only use: every card action has a shortcut; every input and button in the
    // main window's dialogs has a name a screen reader can say.
    void keyboardAndAccessibleNames()
    {
        for (const char* name :
             {"createCardAction", "changePinAction", "unblockAction", "adminResetAction",
              "initializeAction", "destroyAction", "detailsAction", "refreshAction",
              "calculatorAction", "requestCertificateAction", "importCertificateAction",
              "certificatesAction"})
            QVERIFY2(!action(name)->shortcut().isEmpty(), name);

        // Checked while open: closed dialogs delete themselves.
        auto named = [](QDialog* dialog) {
            QStringList unnamed;
            if (!dialog)
                return QStringList{QStringLiteral("(not opened)")};
            for (QWidget* w : dialog->findChildren<QWidget*>()) {
                auto* button = qobject_cast<QAbstractButton*>(w);
                if (!qobject_cast<QLineEdit*>(w) && !button)
                    continue;
                // Item views' own parts (the table's corner button) are the view's business.
                if (qobject_cast<QAbstractItemView*>(w->parentWidget()))
                    continue;
                const QString said = !w->accessibleName().isEmpty() ? w->accessibleName()
                                     : button                       ? button->text()
                                                                    : QString();
                if (said.isEmpty())
                    unnamed << dialog->objectName() + u'/' + w->objectName();
            }
            dialog->reject();
            return unnamed;
        };
        QStringList unnamed;
        QVERIFY(m_window->selectInstance(m_alice));
        unnamed << named(m_window->openChangePin());
        unnamed << named(m_window->openUnblock());
        AdminChallengeDialog* reset = m_window->openAdminReset();
        QVERIFY(reset);
        QTRY_VERIFY(!reset->challengeText().isEmpty());
        unnamed << named(reset);
        unnamed << named(m_window->openDestroy());
        unnamed << named(m_window->openDetails());
        QVERIFY(m_window->selectInstance(m_bob));
        AdminChallengeDialog* init = m_window->openInitializeFileSystem();
        QVERIFY(init);
        QTRY_VERIFY(!init->challengeText().isEmpty());
        unnamed << named(init);
        unnamed << named(m_window->openResponseCalculator());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
        QTRY_VERIFY(!m_worker->isBusy());

        // Enter on a row opens its details.
        m_window->view()->setFocus();
        QVERIFY(m_window->selectInstance(m_alice));
        QTest::keyClick(m_window->view(), Qt::Key_Return);
        auto* details = m_window->findChild<CardDetailsDialog*>();
        QTRY_VERIFY(details && details->isVisible());
    }

    // The enrollment windows hang off the main window: request and import for a card with
    // a file system, and the creation wizard's last page hands over to the request wizard.
    void enrollmentFromTheMainWindow()
    {
        QVERIFY(m_window->selectInstance(m_bob)); // no file system: no keys yet
        QVERIFY(!action("requestCertificateAction")->isEnabled());
        QVERIFY(!action("importCertificateAction")->isEnabled());
        QVERIFY(m_window->selectInstance(m_alice));
        QVERIFY(action("requestCertificateAction")->isEnabled());
        QVERIFY(action("importCertificateAction")->isEnabled()); // Alice has a key
        QVERIFY(!action("certificatesAction")->isEnabled());     // and no certificate
        action("requestCertificateAction")->trigger();
        auto* request = m_window->findChild<RequestCertificateWizard*>();
        QVERIFY(request && request->isVisible());
        request->reject();
        QTRY_VERIFY(!m_window->findChild<RequestCertificateWizard*>());
        // The wizard's own reading of the card may still run: actions wait for the worker.
        QTRY_VERIFY_WITH_TIMEOUT(action("importCertificateAction")->isEnabled(), 30000);
        action("importCertificateAction")->trigger();
        auto* import = m_window->findChild<ImportCertificateDialog*>();
        QVERIFY(import && import->isVisible());
        import->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!m_worker->isBusy(), 30000);

        CreateCardWizard* w = m_window->openCreateWizard();
        QVERIFY(w);
        QSignalSpy created(w, &CreateCardWizard::cardCreated);
        auto next = [w] {
            (w->currentPage()->isCommitPage() ? w->button(QWizard::CommitButton)
                                              : w->button(QWizard::NextButton))
                ->click();
        };
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), 30000);
        next();
        TPMVSC_STEP(typeInto(w, "cardNameEdit", QStringLiteral("Carol")));
        next();
        TPMVSC_STEP(typePins(w, QStringLiteral("carols-pin")));
        next();
        TPMVSC_STEP(typeInto(w, "pukEdit", QStringLiteral("carols-puk")));
        TPMVSC_STEP(typeInto(w, "pukConfirmEdit", QStringLiteral("carols-puk")));
        next();
        next();
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(CreateCardWizard::DonePageId), 60000);
        QCOMPARE(created.size(), 1);
        const int carol = created.at(0).at(0).toInt();
        QTRY_VERIFY(model().rowOfInstance(carol) >= 0);
        QVERIFY(m_window->statusMessage().contains(formatInstanceId(carol)));
        auto* offer = child<QPushButton>(w, "requestCertificateButton");
        QVERIFY(offer->isEnabled());
        offer->click();
        QTRY_VERIFY(m_window->findChild<RequestCertificateWizard*>());
        QVERIFY(m_window->findChild<RequestCertificateWizard*>()->isVisible());
        m_window->findChild<RequestCertificateWizard*>()->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!m_worker->isBusy(), 30000);
    }

    // Another program (tpmvscmgr in a terminal) changes the store while the window is open:
    // the list follows without Refresh, keeps the selection, and a card whose file was
    // damaged is named above the list while the others stay usable.
    void anotherProgramsChangesShowUp()
    {
        QVERIFY(m_window->selectInstance(m_bob));
        {
            CardStore store(storeRoot());
            const StoreLock lock = store.lockCard(m_alice);
            CardRecord record = store.load(m_alice);
            record.name = QStringLiteral("Alice Liddell");
            store.save(record);
        }
        QTRY_COMPARE_WITH_TIMEOUT(cell(m_alice, CardListModel::NameColumn),
                                  QStringLiteral("Alice Liddell"), 10000);
        QCOMPARE(m_window->selectedCard()->instance, m_bob);

        const QString bobsFile = CardStore(storeRoot()).cardPath(m_bob);
        QFile file(bobsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bobsBytes = file.readAll();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ damaged");
        file.close();
        auto* notice = child<Notice>(m_window.get(), "listErrorNotice");
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
        QVERIFY2(notice->text().contains(bobsFile), qPrintable(notice->text()));
        QCOMPARE(model().rowOfInstance(m_bob), -1);
        QVERIFY(model().rowOfInstance(m_alice) >= 0);
        QCOMPARE(m_window->selectedCard()->instance, m_alice);

        // Restored: listed again, the notice gone.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bobsBytes);
        file.close();
        QTRY_VERIFY_WITH_TIMEOUT(model().rowOfInstance(m_bob) >= 0, 10000);
        QVERIFY(!notice->isVisible());
    }

    void emptyStateInvitesToCreate()
    {
        QCOMPARE(model().rowCount(), 0);
        auto* stack = child<QStackedWidget>(m_window.get(), "cardStack");
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
        auto* create = child<QPushButton>(m_window.get(), "createCardButton");
        QVERIFY(create->isVisible());
        QVERIFY(create->isEnabled());
        QVERIFY(!action("destroyAction")->isEnabled());
        QVERIFY(!action("detailsAction")->isEnabled());
        create->click();
        auto* wizard = m_window->findChild<CreateCardWizard*>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->reject();
    }
};

QTEST_MAIN(TestHelpdesk)
#include "test_helpdesk.moc"
