// Page 5: what will be created, and the Create button. Creation runs on the worker; the
// page shows a busy indicator and the worker's status meanwhile, keeps every button but
// Cancel locked (isComplete() is "no job running", as Kleopatra's key creation page), and
// moves on by itself when the card exists. A failure shows the core's sentence under a
// translated headline; nothing was written, and Create can be tried again.
#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace tpmvsc {

class CreateCardWizard;
class Error;
class JobPanel;
class Notice;

class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(CreateCardWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override; // starts the creation; true once the card exists
    int nextId() const override;

private:
    void addRow(const QString& label, const QString& value, const char* objectName);
    void showCreating();
    void showFailure(const Error& error);
    void lockBackButton();

    CreateCardWizard& m_wizard;
    QFormLayout* m_form;
    JobPanel* m_job;
    // Only when the TPM's owner hierarchy has a password: the card's NV indices need it.
    QLabel* m_ownerAuthLabel;
    QLineEdit* m_ownerAuth;
    QList<Notice*> m_warnings;
};

} // namespace tpmvsc
