#include "PinPage.h"

#include "CreateCardModel.h"
#include "CreateCardWizard.h"
#include "ui/widgets/Notice.h"
#include "ui/widgets/PinEntry.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tpmvsc {

PinPage::PinPage(CreateCardModel& model) : m_model(model)
{
    setObjectName(QStringLiteral("pinPage"));
    setTitle(tr("Choose the PIN"));
    setSubTitle(tr("You type the PIN whenever a program uses the card."));

    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_entry = new PinEntry(SecretKind::Pin, PinEntry::Mode::NewWithConfirmation, this);
    layout->addWidget(m_entry);
    m_useDefault =
        new QCheckBox(tr("Use the &default PIN (%1) for now").arg(defaultPinText()), this);
    m_useDefault->setObjectName(QStringLiteral("useDefaultPinCheck"));
    m_useDefault->setAccessibleName(tr("Use the default PIN for now"));
    layout->addWidget(m_useDefault);
    m_defaultWarning = new Notice(Notice::Kind::Warning, this);
    m_defaultWarning->setObjectName(QStringLiteral("defaultPinWarning"));
    layout->addWidget(m_defaultWarning);
    layout->addStretch(1);

    connect(m_entry, &PinEntry::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_useDefault, &QCheckBox::toggled, this, &PinPage::update);
}

bool PinPage::defaultPinAllowed() const
{
    return checkPin(m_model.pinPolicy, defaultPinText()).ok();
}

void PinPage::initializePage()
{
    m_entry->setPolicy(m_model.pinPolicy);
    // Plain numbers, no "%n ... (s)": English has no .qm file to choose plural forms.
    m_intro->setText(tr("The TPM checks the PIN. Wrong PINs in a row before the card blocks: "
                        "%1.")
                         .arg(m_model.pinTries));
    if (!defaultPinAllowed())
        m_useDefault->setChecked(false);
    update();
    m_entry->setFocus();
}

void PinPage::update()
{
    const bool allowed = defaultPinAllowed();
    m_useDefault->setEnabled(allowed);
    const bool useDefault = m_useDefault->isChecked();
    m_entry->setEnabled(!useDefault);
    if (!allowed) {
        m_defaultWarning->setKind(Notice::Kind::Information);
        m_defaultWarning->setText(tr("The default PIN does not meet this card's PIN rules."));
        m_defaultWarning->show();
    } else if (useDefault) {
        m_defaultWarning->setKind(Notice::Kind::Warning);
        m_defaultWarning->setText(
            tr("Everyone knows the default PIN: anyone who can use this computer account can "
               "use the card. Change it before the card protects anything that matters."));
        m_defaultWarning->show();
    } else {
        m_defaultWarning->hide();
    }
    Q_EMIT completeChanged();
}

bool PinPage::isComplete() const
{
    return m_useDefault->isChecked() ? defaultPinAllowed() : m_entry->isValid();
}

bool PinPage::validatePage()
{
    m_model.useDefaultPin = m_useDefault->isChecked();
    m_model.pin = m_model.useDefaultPin ? Secret() : m_entry->secret();
    return true;
}

int PinPage::nextId() const
{
    return m_model.needsRecoveryPage() ? CreateCardWizard::RecoveryPageId
                                       : CreateCardWizard::SummaryPageId;
}

} // namespace tpmvsc
