// The frame every card action of the main window shares (change PIN, unblock, admin reset,
// initialise, destroy): which card it is about, the inputs of the subclass, one button that
// starts the job on the worker, and the job's busy row and error (JobPanel, shared with the
// certificate dialogs). While the job runs the inputs are locked and the dialog cannot be
// dismissed half-way; an error keeps the dialog open, so the user can correct and retry;
// success closes it and reports a sentence for the status bar. The card shown follows
// what the worker publishes (a wrong PIN costs a try: the tries left update).
#pragma once

#include "core/card/CardService.h"
#include "core/util/Error.h"
#include "services/CardWorker.h"
#include "ui/common/JobPanel.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <utility>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tpmvsc {

class PinEntry;

class CardActionDialog : public QDialog
{
    Q_OBJECT

public:
    CardActionDialog(CardWorker& worker, const CardStatus& card, QWidget* parent);
    ~CardActionDialog() override;

    const CardStatus& card() const { return m_card; }
    bool isRunning() const { return m_job->isRunning(); }
    QPushButton* acceptButton() const { return m_accept; }
    // The error shown now (plain text), empty when none.
    QString errorText() const;

public Q_SLOTS:
    void reject() override; // ignored while the job runs: the card operation finishes first

Q_SIGNALS:
    void succeeded(const QString& message);

protected:
    // Where subclasses put their inputs (between the card line and the error area).
    QVBoxLayout* contentLayout() const { return m_content; }
    QWidget* inputArea() const { return m_inputs; }
    // Adds "Choose the new PIN" below the inputs: the new PIN typed twice and checked live
    // against the card's policy; its edits update the accept button.
    PinEntry* addNewPinEntry();
    // The accept button's text and object name ("changePinButton"); destructive actions
    // are never the default button, so Enter in a field cannot destroy a card.
    void setAcceptButton(const QString& text, const QString& objectName, bool destructive = false);
    // Subclasses call this whenever their inputs change.
    void updateAcceptButton();
    virtual bool inputsValid() const = 0;
    // Starts the operation; called when the accept button is pressed with valid inputs.
    virtual void start() = 0;
    // After a failed job, with the error already shown: clear what must be typed again.
    virtual void failed(const Error& error) { Q_UNUSED(error); }
    // After the worker published a new state of card() (a failure counted a try, another
    // program changed the card).
    virtual void cardRefreshed() {}

    void showError(const Error& error);
    void clearError();

    // Runs `job` (void(CardServices&)) on the worker. On success: succeeded(message),
    // accept(). On failure: the error is shown, failed(error).
    template <class Job> void run(const QString& description, Job job, const QString& message)
    {
        m_job->run(
            m_worker, description, std::move(job),
            [this, message]() {
                Q_EMIT succeeded(message);
                accept();
            },
            [this](const Error& error) { failed(error); });
    }

    CardWorker& worker() const { return m_worker; }

private:
    void runningChanged(bool running);
    void cardsChanged(const CardChanges& changes);

    CardWorker& m_worker;
    CardStatus m_card;
    QLabel* m_cardLabel = nullptr;
    QWidget* m_inputs = nullptr;
    QVBoxLayout* m_content = nullptr;
    JobPanel* m_job = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_accept = nullptr;
};

} // namespace tpmvsc
