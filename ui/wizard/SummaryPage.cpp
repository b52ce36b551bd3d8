#include "SummaryPage.h"

#include "CreateCardWizard.h"
#include "services/CardWorker.h"
#include "ui/common/JobPanel.h"
#include "ui/widgets/Notice.h"
#include "ui/widgets/OwnerPasswordField.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tpmvsc {

SummaryPage::SummaryPage(CreateCardWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Create the card"));
    setSubTitle(tr("Check your choices, then press Create. The TPM needs a few seconds."));
    setCommitPage(true);

    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    auto* ownerForm = new QFormLayout;
    const OwnerPasswordRow owner = addOwnerPasswordRow(ownerForm, this);
    m_ownerAuthLabel = owner.label;
    m_ownerAuth = owner.field;
    m_ownerAuth->setToolTip(tr("This TPM's owner hierarchy has a password. The card's "
                               "counters are made there, so it is needed once, now."));
    layout->addLayout(ownerForm);

    m_job = new JobPanel(QStringLiteral("create"), tr("Creating the card"),
                         QStringLiteral("createErrorNotice"), this);
    layout->addWidget(m_job);
    layout->addStretch(1);

    connect(&m_wizard, &CreateCardWizard::creationStarted, this, &SummaryPage::showCreating);
    connect(&m_wizard, &CreateCardWizard::creationFailed, this, &SummaryPage::showFailure);
    connect(&m_wizard, &CreateCardWizard::cardCreated, this, [this] {
        m_job->finish();
        Q_EMIT completeChanged();
        if (m_wizard.currentPage() == this)
            m_wizard.next(); // validatePage() now says yes
    });
}

void SummaryPage::addRow(const QString& label, const QString& value, const char* objectName)
{
    auto* valueLabel = new QLabel(value, this);
    valueLabel->setObjectName(QString::fromLatin1(objectName));
    valueLabel->setWordWrap(true);
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setAccessibleName(label + QLatin1Char(' ') + value);
    m_form->addRow(label, valueLabel);
}

void SummaryPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    qDeleteAll(m_warnings);
    m_warnings.clear();
    m_job->clearOutcome();

    const CreateCardModel& m = m_wizard.model();
    addRow(tr("Name:"), m.name.trimmed(), "summaryNameLabel");
    addRow(tr("PIN:"),
           m.useDefaultPin ? tr("the default PIN %1").arg(defaultPinText())
                           : tr("the PIN you chose"),
           "summaryPinLabel");

    const PinPolicy& p = m.pinPolicy;
    QStringList rules{tr("%1 to %2 characters").arg(p.minLen).arg(p.maxLen)};
    auto rule = [&rules](CharRule r, const QString& required, const QString& none) {
        if (r != CharRule::Allowed)
            rules.append(r == CharRule::Required ? required : none);
    };
    rule(p.uppercase, tr("an uppercase letter"), tr("no uppercase letters"));
    rule(p.lowercase, tr("a lowercase letter"), tr("no lowercase letters"));
    rule(p.digits, tr("a digit"), tr("no digits"));
    rule(p.specialChars, tr("a symbol or space"), tr("no symbols or spaces"));
    addRow(tr("PIN rules:"), rules.join(QStringLiteral("; ")), "summaryPolicyLabel");
    addRow(tr("Wrong PINs allowed:"), QString::number(m.pinTries), "summaryTriesLabel");
    addRow(tr("PUK:"),
           !m.withPuk        ? tr("none: only the admin key can unblock the card")
           : m.useDefaultPuk ? tr("the default PUK %1").arg(defaultPinText())
                             : tr("the PUK you chose"),
           "summaryPukLabel");
    QString admin;
    switch (m.adminKeyMode) {
    case AdminKeyMode::Default: admin = tr("the well-known default key"); break;
    case AdminKeyMode::Prompt: admin = tr("the key you entered"); break;
    case AdminKeyMode::Random:
        admin = tr("random and never shown: the card cannot be managed");
        break;
    }
    addRow(tr("Admin key:"), admin, "summaryAdminKeyLabel");
    addRow(tr("File system:"),
           m.fileSystem ? tr("created now") : tr("later, by a management tool with the admin key"),
           "summaryFileSystemLabel");
    addRow(tr("Attestation:"),
           !m.attestationKey ? tr("none")
           : m.attestationCa.isEmpty()
               ? tr("an attestation key (AIK), without a certificate")
               : tr("an attestation key (AIK), certified by the attestation CA at %1")
                     .arg(m.attestationCa),
           "summaryAttestationLabel");

    auto warn = [this](const QString& text) {
        auto* notice = new Notice(Notice::Kind::Warning, this);
        notice->setText(text);
        m_form->addRow(notice);
        m_warnings.append(notice);
    };
    if (m.useDefaultPin)
        warn(tr("The default PIN is public: change it before the card protects anything."));
    if (m.adminKeyMode == AdminKeyMode::Default)
        warn(tr("The default admin key is public: anyone who can read this card's files can "
                "compute the admin responses and reset the PIN. Go back to the card's name to "
                "choose another for real use."));
    if (m.adminKeyMode == AdminKeyMode::Random)
        warn(m.withPuk ? tr("With a random admin key, a forgotten PIN and PUK mean the card "
                            "is lost.")
                       : tr("With a random admin key, a forgotten PIN means the card is lost."));

    const bool ownerAuth = m_wizard.tpm() && m_wizard.tpm()->ownerAuthSet;
    m_ownerAuthLabel->setVisible(ownerAuth);
    m_ownerAuth->setVisible(ownerAuth);
}

void SummaryPage::showCreating()
{
    m_job->start(tr("Creating the card on the TPM… The window stays usable; the card "
                    "appears when the TPM is done."));
    Q_EMIT completeChanged();
    lockBackButton();
}

void SummaryPage::showFailure(const Error& error)
{
    m_job->fail(error, tr("No card was created. You can change your choices or try again."));
    Q_EMIT completeChanged();
}

void SummaryPage::lockBackButton()
{
    // QWizard re-enables Back whenever the page's completeness changes; while the TPM
    // works nothing may change under the job, so lock it again after each update.
    if (m_wizard.isCreating())
        m_wizard.button(QWizard::BackButton)->setEnabled(false);
}

bool SummaryPage::isComplete() const
{
    return !m_wizard.isCreating();
}

bool SummaryPage::validatePage()
{
    if (m_wizard.createdInstance() >= 0)
        return true;
    // Handed to the creation job; the field keeps it for a retry until the wizard closes.
    m_wizard.model().ownerAuth = Secret::fromText(m_ownerAuth->text());
    m_wizard.startCreation();
    return false;
}

int SummaryPage::nextId() const
{
    return CreateCardWizard::DonePageId;
}

} // namespace tpmvsc
