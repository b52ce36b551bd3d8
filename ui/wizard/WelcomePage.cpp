#include "WelcomePage.h"

#include "CreateCardWizard.h"
#include "ui/common/ErrorText.h"
#include "ui/widgets/Notice.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

QLabel* valueLabel(const char* objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

WelcomePage::WelcomePage(CreateCardWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Create a virtual smart card"));
    setSubTitle(tr("A virtual smart card works like a smart card, but lives in this computer's "
                   "TPM (Trusted Platform Module)."));

    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(
        tr("Its private keys are made inside the TPM and never leave it. The TPM itself checks "
           "your PIN and blocks the card after too many wrong guesses, so copying the card's "
           "files to another computer gives nothing usable."),
        this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* box = new QGroupBox(tr("This computer's TPM"), this);
    auto* boxLayout = new QVBoxLayout(box);
    auto* busyRow = new QHBoxLayout;
    m_busy = new QProgressBar(box);
    m_busy->setObjectName(QStringLiteral("tpmBusyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Checking the TPM"));
    m_busyText = new QLabel(tr("Checking the TPM…"), box);
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_busyText, 1);
    boxLayout->addLayout(busyRow);

    m_details = new QWidget(box);
    auto* form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    m_manufacturer = valueLabel("tpmManufacturerLabel", m_details);
    m_firmware = valueLabel("tpmFirmwareLabel", m_details);
    m_connection = valueLabel("tpmConnectionLabel", m_details);
    form->addRow(tr("Manufacturer:"), m_manufacturer);
    form->addRow(tr("Firmware:"), m_firmware);
    form->addRow(tr("Reached through:"), m_connection);
    boxLayout->addWidget(m_details);

    m_software = new Notice(Notice::Kind::Warning, box);
    m_software->setObjectName(QStringLiteral("softwareTpmNotice"));
    m_lockoutAuth = new Notice(Notice::Kind::Warning, box);
    m_lockoutAuth->setObjectName(QStringLiteral("lockoutAuthNotice"));
    m_lockout = new Notice(Notice::Kind::Error, box);
    m_lockout->setObjectName(QStringLiteral("lockoutNotice"));
    m_error = new Notice(Notice::Kind::Error, box);
    m_error->setObjectName(QStringLiteral("tpmErrorNotice"));
    for (Notice* n : {m_software, m_lockoutAuth, m_lockout, m_error})
        boxLayout->addWidget(n);
    m_retry = new QPushButton(tr("&Check again"), box);
    m_retry->setObjectName(QStringLiteral("tpmRetryButton"));
    m_retry->setAccessibleName(tr("Check the TPM again"));
    boxLayout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(box);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        showChecking();
        m_wizard.checkTpm();
    });
    connect(&m_wizard, &CreateCardWizard::tpmChecked, this, &WelcomePage::showReadiness);
    connect(&m_wizard, &CreateCardWizard::tpmCheckFailed, this, &WelcomePage::showError);
    showChecking();
}

void WelcomePage::initializePage()
{
    if (!m_wizard.tpm() && !m_wizard.isCheckingTpm()) {
        showChecking();
        m_wizard.checkTpm();
    }
}

bool WelcomePage::isComplete() const
{
    return m_wizard.tpm().has_value();
}

void WelcomePage::showChecking()
{
    m_busy->show();
    m_busyText->show();
    m_details->hide();
    for (Notice* n : {m_software, m_lockoutAuth, m_lockout, m_error})
        n->hide();
    m_retry->hide();
    Q_EMIT completeChanged();
}

void WelcomePage::showReadiness()
{
    const TpmReadiness& tpm = *m_wizard.tpm();
    m_busy->hide();
    m_busyText->hide();
    m_error->hide();
    m_retry->hide();
    m_details->show();
    m_manufacturer->setText(tpm.manufacturer);
    m_firmware->setText(tpm.firmwareVersion);
    const QString reached = tpm.tcti.isEmpty() ? tr("default (TCTI loader)") : tpm.tcti;
    m_connection->setText(tpm.builtInSimulator ? tr("the built-in software TPM (%1)").arg(reached)
                                               : reached);

    m_software->setVisible(tpm.software);
    m_software->setHtml(
        tr("<b>Software TPM: for testing, keys are not hardware-protected.</b> Cards made here "
           "show how tpmvsc works, but their keys are only as safe as the files of the "
           "software TPM."));

    m_lockoutAuth->setVisible(tpm.lockoutAuthEmpty);
    m_lockoutAuth->setText(
        tr("The TPM's lockout authorization is empty: the owner of this computer (anyone with "
           "administrator rights) can reset the TPM's protection against PIN guessing. The "
           "card's own limit on wrong PINs still applies."));

    m_lockout->setVisible(tpm.inLockout);
    m_lockout->setText(
        tr("The TPM is in dictionary-attack lockout: it counted %1 failed authorizations. "
           "It forgives one failure every %2 seconds; until then some card operations are "
           "refused. The computer's owner can also reset the lockout.")
            .arg(tpm.lockoutCounter)
            .arg(tpm.lockoutInterval));
    Q_EMIT completeChanged();
    // While the check ran only Cancel could take the focus; Enter must not cancel now.
    if (m_wizard.currentPage() == this)
        m_wizard.button(QWizard::NextButton)->setFocus();
}

void WelcomePage::showError(const Error& error)
{
    m_busy->hide();
    m_busyText->hide();
    m_details->hide();
    for (Notice* n : {m_software, m_lockoutAuth, m_lockout})
        n->hide();
    m_error->setHtml(ErrorText::html(error) + QStringLiteral("<br>") +
                     tr("A card can only be created once the TPM answers.").toHtmlEscaped());
    m_error->show();
    m_retry->show();
    Q_EMIT completeChanged();
    if (m_wizard.currentPage() == this)
        m_retry->setFocus();
}

} // namespace tpmvsc
