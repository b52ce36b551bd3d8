// What every dialog and page that runs a card job shows of it: the busy row while the
// TPM works, and below it the outcome (the error under a translated headline, or a
// line saying what was done). When the job takes the PIN, the panel also keeps the
// PIN's life around a failure the same everywhere: a failed job clears the PIN and gives
// it the focus again, typing hides the complaint about the previous PIN, and a card that
// is now blocked keeps its complaint (isBlocked(); the owner locks the PIN field).
//
// The owner locks its own inputs and buttons while isRunning() (runningChanged()), and
// does not close while a job runs (holdOpen()): a card operation cannot be interrupted,
// and its result must not be lost.
#pragma once

#include "core/util/Error.h"
#include "services/CardWorker.h"
#include "ui/widgets/Notice.h"

#include <QWidget>
#include <utility>

namespace tpmvsc {

class BusyIndicator;
class PinEntry;

class JobPanel : public QWidget
{
    Q_OBJECT

public:
    // busyPrefix names the busy row's children (BusyIndicator); outcomeName is the object
    // name of the outcome notice, which UI tests look up.
    JobPanel(const QString& busyPrefix, const QString& busyName, const QString& outcomeName,
             QWidget* parent);

    // The PIN the jobs of this panel use (at most one).
    void usePin(PinEntry* pin);

    // Runs `job` (R job(CardServices&)) on the worker with `status` in the busy row. On
    // success: done(R) (done() for void); on failure fail(error, afterwards) is shown,
    // then failed(error). Neither runs once the panel is gone.
    template <class Job, class Done, class Failed>
    void run(CardWorker& worker, const QString& status, Job job, Done done, Failed failed,
             QString afterwards = {})
    {
        start(status);
        worker.submit(
            this, status, std::move(job),
            [this, done = std::move(done)](auto&&... result) mutable {
                finish();
                done(std::forward<decltype(result)>(result)...);
            },
            [this, failed = std::move(failed), afterwards](const Error& error) mutable {
                fail(error, afterwards);
                failed(error);
            });
    }

    // For jobs started elsewhere (a wizard's): the same states, driven by hand.
    void start(const QString& status);
    void finish(); // the job succeeded: the busy row goes, the PIN is cleared
    // The job failed: the error is shown with `afterwards` (what that means for the
    // card, "The card was not changed.") on a line of its own.
    void fail(const Error& error, const QString& afterwards = {});

    void showError(const Error& error, const QString& afterwards = {});
    void showMessage(Notice::Kind kind, const QString& text);
    void clearOutcome(); // also forgets a blocked card: the owner starts afresh

    bool isRunning() const { return m_running; }
    bool isBlocked() const { return m_blocked; }
    Notice* outcome() const { return m_outcome; }
    QString outcomeText() const; // plain text, empty when nothing is shown

    // For the owner's reject(): true (stay open) while a job runs, and the busy row then
    // says that the window closes when the job is done.
    bool holdOpen();

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void setRunning(bool running);

    BusyIndicator* m_busy;
    Notice* m_outcome;
    PinEntry* m_pin = nullptr;
    QString m_status;
    bool m_running = false;
    bool m_blocked = false;
};

} // namespace tpmvsc
