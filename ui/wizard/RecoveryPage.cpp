#include "RecoveryPage.h"

#include "CreateCardModel.h"
#include "CreateCardWizard.h"
#include "core/card/AdminResponse.h"
#include "ui/widgets/AdminKeyEntry.h"
#include "ui/widgets/Notice.h"
#include "ui/widgets/PinEntry.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace tpmvsc {

RecoveryPage::RecoveryPage(CreateCardModel& model) : m_model(model)
{
    setObjectName(QStringLiteral("recoveryPage"));
    auto* layout = new QVBoxLayout(this);

    m_pukBox = new QGroupBox(tr("PUK"), this);
    auto* pukLayout = new QVBoxLayout(m_pukBox);
    auto* pukIntro = new QLabel(tr("The PUK unblocks the card after too many wrong PINs and "
                                   "sets a new PIN. Keep it somewhere safe, away from this "
                                   "computer."),
                                m_pukBox);
    pukIntro->setWordWrap(true);
    pukLayout->addWidget(pukIntro);
    m_puk = new PinEntry(SecretKind::Puk, PinEntry::Mode::NewWithConfirmation, m_pukBox);
    pukLayout->addWidget(m_puk);
    m_useDefaultPuk =
        new QCheckBox(tr("Use the d&efault PUK (%1)").arg(defaultPinText()), m_pukBox);
    m_useDefaultPuk->setObjectName(QStringLiteral("useDefaultPukCheck"));
    m_useDefaultPuk->setAccessibleName(tr("Use the default PUK"));
    pukLayout->addWidget(m_useDefaultPuk);
    m_pukWarning = new Notice(Notice::Kind::Warning, m_pukBox);
    m_pukWarning->setObjectName(QStringLiteral("pukWarning"));
    pukLayout->addWidget(m_pukWarning);
    layout->addWidget(m_pukBox);

    m_adminBox = new QGroupBox(tr("Admin key"), this);
    auto* adminLayout = new QVBoxLayout(m_adminBox);
    auto* adminIntro =
        new QLabel(tr("With the admin key your helpdesk answers the card's challenge and resets a "
                      "forgotten PIN, without ever typing the key on this computer again."),
                   m_adminBox);
    adminIntro->setWordWrap(true);
    adminLayout->addWidget(adminIntro);
    m_adminKey = new AdminKeyEntry(AdminKeyEntry::Mode::WithConfirmation, m_adminBox);
    adminLayout->addWidget(m_adminKey);
    m_adminWarning = new Notice(Notice::Kind::Warning, m_adminBox);
    m_adminWarning->setObjectName(QStringLiteral("adminKeyWarning"));
    m_adminWarning->setText(tr("This is the well-known default admin key. It is public: "
                               "anyone who can read this card's files can compute the admin "
                               "responses and reset the PIN."));
    adminLayout->addWidget(m_adminWarning);
    layout->addWidget(m_adminBox);
    layout->addStretch(1);

    connect(m_puk, &PinEntry::edited, this, &RecoveryPage::update);
    connect(m_useDefaultPuk, &QCheckBox::toggled, this, &RecoveryPage::update);
    connect(m_adminKey, &AdminKeyEntry::validityChanged, this, &RecoveryPage::update);
}

void RecoveryPage::initializePage()
{
    const bool puk = m_model.withPuk;
    const bool admin = m_model.adminKeyMode == AdminKeyMode::Prompt;
    m_pukBox->setVisible(puk);
    m_adminBox->setVisible(admin);
    setTitle(puk && admin ? tr("Choose the PUK and the admin key")
             : puk        ? tr("Choose the PUK")
                          : tr("Enter the admin key"));
    setSubTitle(puk ? tr("These unblock or reset the card when the PIN is forgotten.")
                    : tr("With it, your helpdesk can reset the PIN when it is forgotten."));
    update();
    if (puk)
        m_puk->setFocus();
    else
        m_adminKey->setFocus();
}

bool RecoveryPage::pukSameAsPin() const
{
    if (m_useDefaultPuk->isChecked())
        return m_model.useDefaultPin;
    const Secret puk = m_puk->secret();
    return !puk.empty() &&
           (m_model.useDefaultPin ? puk == Secret::fromText(defaultPinText()) : puk == m_model.pin);
}

void RecoveryPage::update()
{
    const bool useDefault = m_useDefaultPuk->isChecked();
    m_puk->setEnabled(!useDefault);
    if (pukSameAsPin()) {
        m_pukWarning->setKind(Notice::Kind::Error);
        m_pukWarning->setText(tr("The PUK must not be the same as the PIN: it would unblock "
                                 "the card for whoever guessed the PIN."));
        m_pukWarning->show();
    } else if (useDefault) {
        m_pukWarning->setKind(Notice::Kind::Warning);
        m_pukWarning->setText(tr("Everyone knows the default PUK: anyone can unblock the card "
                                 "and set a PIN of their choice."));
        m_pukWarning->show();
    } else {
        m_pukWarning->hide();
    }
    m_adminWarning->setVisible(m_adminKey->isValid() && m_adminKey->secret() == defaultAdminKey());
    Q_EMIT completeChanged();
}

bool RecoveryPage::isComplete() const
{
    if (m_model.withPuk) {
        if (!m_useDefaultPuk->isChecked() && !m_puk->isValid())
            return false;
        if (pukSameAsPin())
            return false;
    }
    if (m_model.adminKeyMode == AdminKeyMode::Prompt && !m_adminKey->isValid())
        return false;
    return true;
}

bool RecoveryPage::validatePage()
{
    m_model.useDefaultPuk = m_model.withPuk && m_useDefaultPuk->isChecked();
    m_model.puk = m_model.withPuk && !m_model.useDefaultPuk ? m_puk->secret() : Secret();
    m_model.adminKey =
        m_model.adminKeyMode == AdminKeyMode::Prompt ? m_adminKey->secret() : Secret();
    return true;
}

int RecoveryPage::nextId() const
{
    return CreateCardWizard::SummaryPageId;
}

} // namespace tpmvsc
