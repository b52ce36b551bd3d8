// Page 4: the PIN, then Generate. Before the PIN is asked for, the card is checked on
// the worker (planRequest: blocked, no file system, no room for a key, ...), so the
// user does not type a PIN for a card that cannot take the key. Generate runs the
// request on the worker; its busy row, its error and the PIN after a failure are the
// card dialogs' (JobPanel). Cancel is locked meanwhile. A wrong PIN keeps the user here
// with the tries left; success moves on.
#pragma once

#include <QWizardPage>

class QLabel;

namespace tpmvsc {

class Error;
class JobPanel;
class Notice;
class PinEntry;
class RequestCertificateWizard;

class RequestPinPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RequestPinPage(RequestCertificateWizard& wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showPlan();
    void showPlanFailure(const Error& error);
    void showGenerating();
    void showFailure(const Error& error);
    void lockBackButton();

    RequestCertificateWizard& m_wizard;
    QLabel* m_planStatus;
    QLabel* m_summary;
    Notice* m_planError;
    PinEntry* m_pin;
    JobPanel* m_job;
};

} // namespace tpmvsc
