// The create-card wizard: Welcome + TPM readiness, Card, PIN, PUK / admin key,
// Summary -> Create, Done. The pages edit one CreateCardModel; the wizard itself does the
// only I/O, through the CardWorker (TPM check, card creation), never on the GUI thread.
// Creation cannot be interrupted halfway: closing while it runs offers to wait, or to
// close now with the card removed as soon as the TPM has finished making it.
#pragma once

#include "CreateCardModel.h"
#include "core/util/Error.h"
#include "services/TpmReadiness.h"

#include <QPointer>
#include <QWizard>
#include <atomic>
#include <memory>
#include <optional>

class QMessageBox;

namespace tpmvsc {

class CardWorker;

class CreateCardWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePageId, CardPageId, PinPageId, RecoveryPageId, SummaryPageId, DonePageId };

    explicit CreateCardWizard(CardWorker& worker, QWidget* parent = nullptr);
    ~CreateCardWizard() override; // wipes the secrets in the model

    CreateCardModel& model() { return m_model; }
    const CreateCardModel& model() const { return m_model; }

    // The TPM check of the welcome page; result by tpmChecked / tpmCheckFailed.
    void checkTpm();
    bool isCheckingTpm() const { return m_checkingTpm; }
    const std::optional<TpmReadiness>& tpm() const { return m_tpm; }

    // Creates the card from the model on the worker; result by cardCreated/creationFailed.
    void startCreation();
    bool isCreating() const { return m_creating; }
    int createdInstance() const { return m_instance; }

    // Whether something listens to requestCertificate (the Done page offers the step
    // only then).
    bool canRequestCertificate() const;

public Q_SLOTS:
    void reject() override;
    // Grows the window when a page's content grew (never shrinks it under the user).
    void fitToContents();

Q_SIGNALS:
    void tpmChecked();
    void tpmCheckFailed(const tpmvsc::Error& error);
    void creationStarted();
    void cardCreated(int instance);
    void creationFailed(const tpmvsc::Error& error);
    // The user chose "Request a certificate" on the Done page.
    void requestCertificate(int instance);

private:
    void askHowToClose();

    CardWorker& m_worker;
    CreateCardModel m_model;
    std::optional<TpmReadiness> m_tpm;
    bool m_checkingTpm = false;
    bool m_creating = false;
    int m_instance = -1;
    // Read by the creation job after the card exists: set when the user closed the wizard
    // meanwhile, so the job removes the card again (still on the worker thread).
    std::shared_ptr<std::atomic<bool>> m_abandoned;
    QPointer<QMessageBox> m_closeQuestion;
};

} // namespace tpmvsc
