// Page 1: what a virtual smart card is, and whether this computer's TPM is ready:
// which TPM (manufacturer, firmware, how it is reached), the built-in software TPM
// labelled as what it is, and warnings about the TPM's dictionary-attack protection.
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace tpmvsc {

class CreateCardWizard;
class Error;
class Notice;

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(CreateCardWizard& wizard);
    void initializePage() override;
    bool isComplete() const override; // the TPM answered

private:
    void showChecking();
    void showReadiness();
    void showError(const Error& error);

    CreateCardWizard& m_wizard;
    QLabel* m_intro;
    QProgressBar* m_busy;
    QLabel* m_busyText;
    QWidget* m_details;
    QLabel* m_manufacturer;
    QLabel* m_firmware;
    QLabel* m_connection;
    Notice* m_software;
    Notice* m_lockoutAuth;
    Notice* m_lockout;
    Notice* m_error;
    QPushButton* m_retry;
};

} // namespace tpmvsc
