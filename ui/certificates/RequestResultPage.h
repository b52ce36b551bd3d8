// Page 5: what came out. A request: shown as PEM, to save (PEM or DER, file dialog
// without a nested event loop) or copy to the clipboard for the CA's web form, with
// the next step spelled out. A self-signed certificate: already on the card with its
// key; it can still be saved, for peers that must trust it.
#pragma once

#include <QWizardPage>

class QFileDialog;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tpmvsc {

class RequestCertificateWizard;

class RequestResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RequestResultPage(RequestCertificateWizard& wizard);
    void initializePage() override;

    // Opens the save dialog (window-modal, open()); returns it for scripted tests.
    QFileDialog* openSaveDialog();

Q_SIGNALS:
    void saved(const QString& path);

private:
    void save(const QString& path, bool der);
    QByteArray der() const;
    QByteArray pem() const;

    RequestCertificateWizard& m_wizard;
    QLabel* m_summary;
    QPlainTextEdit* m_pemView;
    QPushButton* m_save;
    QPushButton* m_copy;
    QLabel* m_feedback;
    QLabel* m_nextStep;
};

} // namespace tpmvsc
