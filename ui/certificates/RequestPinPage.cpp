#include "RequestPinPage.h"

#include "EnrollText.h"
#include "RequestCertificateWizard.h"
#include "services/CardWorker.h"
#include "ui/common/ErrorText.h"
#include "ui/common/JobPanel.h"
#include "ui/widgets/Notice.h"
#include "ui/widgets/PinEntry.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

QString digestText(HashAlgorithm digest)
{
    switch (digest) {
    case HashAlgorithm::Sha256: return QStringLiteral("SHA-256");
    case HashAlgorithm::Sha384: return QStringLiteral("SHA-384");
    case HashAlgorithm::Sha512: return QStringLiteral("SHA-512");
    }
    return {};
}

} // namespace

RequestPinPage::RequestPinPage(RequestCertificateWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("requestPinPage"));
    setTitle(tr("Enter the card's PIN"));
    setCommitPage(true);

    auto* layout = new QVBoxLayout(this);
    m_planStatus = new QLabel(this);
    m_planStatus->setObjectName(QStringLiteral("planStatusLabel"));
    m_planStatus->setWordWrap(true);
    layout->addWidget(m_planStatus);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_planError = new Notice(Notice::Kind::Error, this);
    m_planError->setObjectName(QStringLiteral("planErrorNotice"));
    m_planError->hide();
    layout->addWidget(m_planError);

    m_pin = new PinEntry(SecretKind::Pin, PinEntry::Mode::Current, this);
    layout->addWidget(m_pin);

    m_job = new JobPanel(QStringLiteral("generate"), tr("The TPM is working"),
                         QStringLiteral("requestErrorNotice"), this);
    m_job->usePin(m_pin);
    layout->addWidget(m_job);
    layout->addStretch(1);

    connect(m_pin, &PinEntry::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_job, &JobPanel::runningChanged, this, [this](bool running) {
        m_pin->setEnabled(!running && !m_job->isBlocked() && m_wizard.plan().has_value());
        Q_EMIT completeChanged();
    });
    connect(&m_wizard, &RequestCertificateWizard::planned, this, &RequestPinPage::showPlan);
    connect(&m_wizard, &RequestCertificateWizard::planFailed, this,
            &RequestPinPage::showPlanFailure);
    connect(&m_wizard, &RequestCertificateWizard::requestStarted, this,
            &RequestPinPage::showGenerating);
    connect(&m_wizard, &RequestCertificateWizard::requestFailed, this,
            &RequestPinPage::showFailure);
    connect(&m_wizard, &RequestCertificateWizard::requestFinished, this, [this] {
        m_job->finish();
        if (m_wizard.currentPage() == this)
            m_wizard.next(); // validatePage() now says yes
    });
}

void RequestPinPage::initializePage()
{
    const RequestModel& m = m_wizard.model();
    setSubTitle(m.selfSigned ? tr("The TPM generates the key and signs the certificate with it.")
                             : tr("The TPM generates the key and signs the request with it."));
    m_wizard.setButtonText(QWizard::CommitButton,
                           m.selfSigned ? tr("&Create certificate") : tr("&Generate request"));
    m_job->clearOutcome();
    m_planError->hide();
    m_summary->clear();
    m_pin->clear();
    m_pin->setEnabled(false); // until the card is known to take the key
    m_planStatus->setText(tr("Checking the card…"));
    m_planStatus->show();
    m_wizard.planRequest();
    Q_EMIT completeChanged();
}

void RequestPinPage::cleanupPage()
{
    m_pin->clear();
}

void RequestPinPage::showPlan()
{
    const RequestPlan& plan = *m_wizard.plan();
    const RequestModel& m = m_wizard.model();
    m_planStatus->hide();
    const QString key = EnrollText::keyAlgorithm(plan.algorithm);
    QString text = m.selfSigned
                       ? tr("A new %1 key is generated in the TPM. A certificate valid for %n "
                            "day(s), signed with %2, is stored with it on the card.",
                            nullptr, plan.validityDays)
                             .arg(key, digestText(plan.digest))
                       : tr("A new %1 key is generated in the TPM and signs the request with "
                            "%2.")
                             .arg(key, digestText(plan.digest));
    text += QLatin1Char('\n') +
            tr("Template: %1").arg(EnrollText::templateName(plan.certificateTemplate));
    if (!m.subject.isEmpty())
        text += QLatin1Char('\n') + tr("Subject: %1").arg(m.subject);
    const QStringList sans = m.subjectAltNames();
    if (!sans.isEmpty())
        text +=
            QLatin1Char('\n') + tr("Alternative names: %1").arg(sans.join(QStringLiteral(", ")));
    m_summary->setText(text);
    m_pin->setEnabled(true);
    m_pin->field()->setFocus();
    Q_EMIT completeChanged();
}

void RequestPinPage::showPlanFailure(const Error& error)
{
    m_planStatus->hide();
    m_planError->setHtml(ErrorText::html(error) + QStringLiteral("<br>") +
                         tr("Nothing was changed on the card.").toHtmlEscaped());
    m_planError->show();
    m_pin->setEnabled(false);
    Q_EMIT completeChanged();
}

void RequestPinPage::showGenerating()
{
    m_job->start(m_wizard.model().keyAlgorithm == KeyAlgorithm::Rsa3072
                     ? tr("The TPM is generating an RSA 3072-bit key. This can take a "
                          "minute; the window stays usable.")
                     : tr("The TPM is generating the key and signing. This takes a few "
                          "seconds; the window stays usable."));
    lockBackButton();
}

void RequestPinPage::showFailure(const Error& error)
{
    m_job->fail(error, error.code() == ErrorCode::Blocked
                           ? QString()
                           : tr("Nothing was added to the card. Check the PIN and try again."));
}

void RequestPinPage::lockBackButton()
{
    // QWizard re-enables Back when completeness changes; while the TPM works nothing may
    // change under the job.
    if (m_wizard.isGenerating())
        m_wizard.button(QWizard::BackButton)->setEnabled(false);
}

bool RequestPinPage::isComplete() const
{
    return m_wizard.plan().has_value() && !m_wizard.isPlanning() && !m_wizard.isGenerating() &&
           !m_job->isBlocked() && m_pin->isValid();
}

bool RequestPinPage::validatePage()
{
    if (m_wizard.result())
        return true;
    if (!isComplete())
        return false;
    m_wizard.startRequest(m_pin->secret());
    return false;
}

} // namespace tpmvsc
