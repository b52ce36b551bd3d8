// The one place that shows a card job (JobPanel): what the user sees and can type while
// a job runs, after it failed with a wrong PIN, after it blocked the card, and after it
// succeeded. The dialogs that use it are clicked through against swtpm in test_helpdesk
// and test_enroll_ui; here each state is driven on its own, without a TPM.
#include "i18n/Translations.h"
#include "ui/common/JobPanel.h"
#include "ui/widgets/PinEntry.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace tpmvsc;

namespace {

Error wrongPin(int left)
{
    return Error(ErrorCode::AuthFailed, QStringLiteral("The PIN is wrong."),
                 ErrorFacts(Credential::Pin, left));
}

struct Page {
    QWidget window;
    PinEntry* pin;
    JobPanel* job;
    Page()
    {
        auto* layout = new QVBoxLayout(&window);
        pin = new PinEntry(SecretKind::Pin, PinEntry::Mode::Current, &window);
        layout->addWidget(pin);
        job = new JobPanel(QStringLiteral("test"), QStringLiteral("Working"),
                           QStringLiteral("testErrorNotice"), &window);
        job->usePin(pin);
        layout->addWidget(job);
        window.show();
        window.activateWindow();
    }
    QString busyStatus() const
    {
        auto* label = window.findChild<QLabel*>(QStringLiteral("testStatusLabel"));
        return label && label->isVisibleTo(&window) ? label->text() : QString();
    }
};

} // namespace

class TestJobPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::install(QStringLiteral("en"))); // "4 wrong PINs", not "PIN(s)"
    }

    void wrongPinClearsItAndTypingHidesTheComplaint()
    {
        Page page;
        QVERIFY(QTest::qWaitForWindowActive(&page.window));
        QSignalSpy running(page.job, &JobPanel::runningChanged);
        QTest::keyClicks(page.pin->field(), QStringLiteral("99999999"));
        page.job->start(QStringLiteral("Storing…"));
        QVERIFY(page.job->isRunning());
        QCOMPARE(page.busyStatus(), QStringLiteral("Storing…"));
        QCOMPARE(running.count(), 1);

        page.job->fail(wrongPin(4), QStringLiteral("The card was not changed."));
        QVERIFY(!page.job->isRunning());
        QCOMPARE(running.count(), 2);
        QVERIFY(page.busyStatus().isEmpty());
        QVERIFY(page.pin->field()->text().isEmpty()); // typed again, not edited
        QVERIFY(page.pin->field()->hasFocus());
        const QString shown = page.job->outcomeText();
        QVERIFY2(shown.contains(QStringLiteral("4 wrong PINs left before the card is blocked")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("The card was not changed.")), qPrintable(shown));
        QVERIFY(!page.job->isBlocked());

        // The complaint is about the PIN typed before: the next keystroke hides it.
        QTest::keyClick(page.pin->field(), Qt::Key_1);
        QVERIFY(page.job->outcomeText().isEmpty());
    }

    void blockedCardKeepsItsComplaint()
    {
        Page page;
        page.job->start(QStringLiteral("Storing…"));
        page.job->fail(Error(ErrorCode::Blocked, QStringLiteral("The card is blocked."),
                             ErrorFacts(Credential::Pin, 0, Remedy::UnblockWithPuk)));
        QVERIFY(page.job->isBlocked());
        QTest::keyClicks(page.pin->field(), QStringLiteral("1234"));
        QVERIFY2(page.job->outcomeText().contains(QStringLiteral("blocked")),
                 qPrintable(page.job->outcomeText()));
        // Starting afresh (another card, a new page) forgets it.
        page.job->clearOutcome();
        QVERIFY(!page.job->isBlocked());
        QVERIFY(page.job->outcomeText().isEmpty());
    }

    void successClearsThePinAndReportsWhatWasDone()
    {
        Page page;
        QTest::keyClicks(page.pin->field(), QStringLiteral("12345678"));
        page.job->start(QStringLiteral("Deleting…"));
        page.job->finish();
        QVERIFY(page.pin->field()->text().isEmpty());
        QVERIFY(page.busyStatus().isEmpty());
        page.job->showMessage(Notice::Kind::Information, QStringLiteral("Deleted."));
        QVERIFY(page.job->outcomeText().contains(QStringLiteral("Deleted.")));
        // A message is no complaint about the PIN: typing leaves it.
        QTest::keyClick(page.pin->field(), Qt::Key_1);
        QVERIFY(page.job->outcomeText().contains(QStringLiteral("Deleted.")));
    }

    void staysOpenWhileAJobRuns()
    {
        Page page;
        QVERIFY(!page.job->holdOpen());
        page.job->start(QStringLiteral("Storing the certificate…"));
        QVERIFY(page.job->holdOpen());
        QCOMPARE(page.busyStatus(),
                 QStringLiteral("Storing the certificate… The window can be closed when this "
                                "is done."));
        page.job->finish();
        QVERIFY(!page.job->holdOpen());
    }
};

QTEST_MAIN(TestJobPanel)
#include "test_job_panel.moc"
