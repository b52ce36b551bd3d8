// Page 6: the card exists. Its instance ID (as tpmvscmgr and the helpdesk window show
// it) with a copy button, and the next step: requesting a certificate for the card.
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace tpmvsc {

class CreateCardWizard;
class Notice;

class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(CreateCardWizard& wizard);
    void initializePage() override;

private:
    CreateCardWizard& m_wizard;
    QLabel* m_created;
    QLineEdit* m_instanceId;
    QToolButton* m_copy;
    QLabel* m_copied;
    QList<Notice*> m_reminders;
    QWidget* m_reminderArea;
    QPushButton* m_request;
    QLabel* m_requestText;
};

} // namespace tpmvsc
