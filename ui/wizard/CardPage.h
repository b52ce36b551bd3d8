// Page 2: the card's name, the admin key RANDOM / PROMPT ("Enter") / DEFAULT with
// tpmvscmgr's meanings, and the advanced options: file system now (/generate), PUK, the
// PIN policy (/pinpolicy) and how many wrong PINs block the card. Edits the model live.
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace tpmvsc {

struct CreateCardModel;
class Notice;

class CardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CardPage(CreateCardModel& model);
    void initializePage() override;
    bool isComplete() const override; // a name, and a coherent PIN policy
    int nextId() const override;

private:
    QWidget* buildAdminKey();
    QWidget* buildAdvanced();
    QComboBox* charRuleCombo(const char* objectName, const QString& accessibleName);
    void updateModel();

    CreateCardModel& m_model;
    QLineEdit* m_name;
    QToolButton* m_advancedButton;
    QWidget* m_advanced;
    QCheckBox* m_fileSystem;
    Notice* m_fileSystemNote;
    QCheckBox* m_puk;
    QCheckBox* m_attestation;
    QLineEdit* m_attestationCa;
    Notice* m_attestationCaProblem;
    QButtonGroup* m_adminKey;
    QRadioButton* m_adminDefault;
    QRadioButton* m_adminEnter;
    QRadioButton* m_adminRandom;
    Notice* m_adminNote;
    QSpinBox* m_minLen;
    QSpinBox* m_maxLen;
    QComboBox* m_upper;
    QComboBox* m_lower;
    QComboBox* m_digits;
    QComboBox* m_special;
    QSpinBox* m_tries;
    Notice* m_policyProblem;
};

} // namespace tpmvsc
