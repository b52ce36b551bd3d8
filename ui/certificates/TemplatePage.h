// Page 1: which certificate to ask for. Lists the templates (built-in and the user's or
// administrator's own) with what each is for and the keys it allows; a template file
// that could not be read is named, so an administrator's typo does not go unnoticed.
#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace tpmvsc {

class Notice;
class RequestCertificateWizard;

class TemplatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TemplatePage(RequestCertificateWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fill();
    void showSelection();

    RequestCertificateWizard& m_wizard;
    QLabel* m_loading;
    QListWidget* m_list;
    QLabel* m_description;
    QLabel* m_keys;
    Notice* m_problems;
    Notice* m_error;
};

} // namespace tpmvsc
