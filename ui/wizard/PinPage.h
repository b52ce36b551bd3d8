// Page 3: the PIN, typed twice and checked live against the card's PIN rules; or the
// default PIN 12345678, with a warning that stays in sight while it is chosen.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace tpmvsc {

struct CreateCardModel;
class Notice;
class PinEntry;

class PinPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PinPage(CreateCardModel& model);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override; // stores the PIN in the model
    int nextId() const override;

private:
    bool defaultPinAllowed() const;
    void update();

    CreateCardModel& m_model;
    QLabel* m_intro;
    PinEntry* m_entry;
    QCheckBox* m_useDefault;
    Notice* m_defaultWarning;
};

} // namespace tpmvsc
