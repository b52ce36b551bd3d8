// Page 3: the key the TPM generates for the certificate, limited to the types the
// template allows (the others are shown disabled with the template's reason), and the
// self-signed option with its validity (for tests and standalone use: no CA involved).
#pragma once

#include "core/store/CardRecord.h"

#include <QMap>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace tpmvsc {

class Notice;
class RequestCertificateWizard;

class KeyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit KeyPage(RequestCertificateWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;
    bool validatePage() override;

private:
    void update();
    void storeToModel();
    KeyAlgorithm chosen() const;

    RequestCertificateWizard& m_wizard;
    QButtonGroup* m_group;
    QMap<KeyAlgorithm, QRadioButton*> m_buttons;
    QLabel* m_allowed;
    Notice* m_slowNote;
    QCheckBox* m_selfSigned;
    QLabel* m_validityLabel;
    QSpinBox* m_validity;
    Notice* m_selfSignedNote;
};

} // namespace tpmvsc
