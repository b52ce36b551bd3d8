// Page 4 (when the card gets a PUK or an admin key the user types): the PUK, typed twice
// and checked live like the PIN (or the default PUK, with a warning), and the admin key
// (48 hex digits, checked live, typed twice).
#pragma once

#include <QWizardPage>

class QCheckBox;
class QGroupBox;

namespace tpmvsc {

class AdminKeyEntry;
struct CreateCardModel;
class Notice;
class PinEntry;

class RecoveryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryPage(CreateCardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override; // stores PUK and admin key in the model
    int nextId() const override;

private:
    bool pukSameAsPin() const;
    void update();

    CreateCardModel& m_model;
    QGroupBox* m_pukBox;
    PinEntry* m_puk;
    QCheckBox* m_useDefaultPuk;
    Notice* m_pukWarning;
    QGroupBox* m_adminBox;
    AdminKeyEntry* m_adminKey;
    Notice* m_adminWarning;
};

} // namespace tpmvsc
