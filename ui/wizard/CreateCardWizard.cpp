#include "CreateCardWizard.h"

#include "CardPage.h"
#include "DonePage.h"
#include "PinPage.h"
#include "RecoveryPage.h"
#include "SummaryPage.h"
#include "WelcomePage.h"
#include "services/CardWorker.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>

namespace tpmvsc {

CreateCardWizard::CreateCardWizard(CardWorker& worker, QWidget* parent)
    : QWizard(parent), m_worker(worker), m_abandoned(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("createCardWizard"));
    setWindowTitle(tr("Create a Virtual Smart Card"));
    // One style everywhere: the classic/modern styles draw banners whose colours do not
    // follow a dark palette; the Aero style is Windows-only.
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);

    setPage(WelcomePageId, new WelcomePage(*this));
    setPage(CardPageId, new CardPage(m_model));
    setPage(PinPageId, new PinPage(m_model));
    setPage(RecoveryPageId, new RecoveryPage(m_model));
    setPage(SummaryPageId, new SummaryPage(*this));
    setPage(DonePageId, new DonePage(*this));
    setStartId(WelcomePageId);
    // Wide enough that explanations wrap into a few lines, in any language's font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    // Pages change height as results arrive (TPM details, warnings, errors): grow the
    // window to fit rather than squeezing the text. Queued: after the page's own update.
    for (auto signal : {&CreateCardWizard::tpmChecked, &CreateCardWizard::creationStarted})
        connect(this, signal, this, &CreateCardWizard::fitToContents, Qt::QueuedConnection);
    connect(this, &CreateCardWizard::tpmCheckFailed, this, &CreateCardWizard::fitToContents,
            Qt::QueuedConnection);
    connect(this, &CreateCardWizard::creationFailed, this, &CreateCardWizard::fitToContents,
            Qt::QueuedConnection);
    connect(this, &QWizard::currentIdChanged, this, &CreateCardWizard::fitToContents,
            Qt::QueuedConnection);

    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("createButton"));
    setButtonText(QWizard::CommitButton, tr("&Create"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Create the card"));
}

CreateCardWizard::~CreateCardWizard()
{
    m_model.wipeSecrets();
}

void CreateCardWizard::checkTpm()
{
    if (m_checkingTpm)
        return;
    m_checkingTpm = true;
    m_worker.submit(
        this, tr("Checking the TPM…"), [](CardServices& c) { return c.readiness(); },
        [this](TpmReadiness readiness) {
            m_checkingTpm = false;
            m_tpm = readiness;
            Q_EMIT tpmChecked();
        },
        [this](const Error& error) {
            m_checkingTpm = false;
            m_tpm.reset();
            Q_EMIT tpmCheckFailed(error);
        });
}

void CreateCardWizard::startCreation()
{
    if (m_creating || m_instance >= 0)
        return;
    // The pages only let a complete model through; this guards against a page that
    // forgot to, before anything reaches the TPM.
    if (const QString problem = m_model.problem(); !problem.isEmpty()) {
        Q_EMIT creationFailed(
            Error(ErrorCode::InvalidInput,
                  QStringLiteral("The card cannot be created: %1.").arg(problem)));
        return;
    }
    m_creating = true;
    Q_EMIT creationStarted();
    // The options (secrets included) travel inside the job and are wiped with it.
    m_worker.submit(
        this, tr("Creating the card on the TPM…"),
        [options = m_model.toCreateOptions(),
         attestationCa = m_model.attestationKey ? m_model.attestationCa : QString(),
         abandoned = m_abandoned](CardServices& c) {
            const int instance = c.createCard(options, attestationCa);
            if (abandoned->load()) {
                // Nobody is left to show this card to, and the user asked for none.
                c.service().destroy(instance);
                return -1;
            }
            return instance;
        },
        [this](int instance) {
            if (m_abandoned->load()) {
                // Closed with "discard" after the job had looked: remove it now. The
                // worker is the receiver: this wizard may be gone before the job runs.
                if (instance >= 0)
                    m_worker.submit(
                        &m_worker, tr("Removing the discarded card…"),
                        [instance](CardServices& c) { c.service().destroy(instance); }, [] {},
                        [](const Error& error) {
                            qWarning("Could not remove a discarded card: %s",
                                     qPrintable(error.message()));
                        });
                return;
            }
            m_creating = false;
            m_instance = instance;
            if (m_closeQuestion)
                m_closeQuestion->close();
            m_model.wipeSecrets();
            Q_EMIT cardCreated(instance);
        },
        [this](const Error& error) {
            if (m_abandoned->load())
                return; // nothing was made, and nobody waits for the news
            m_creating = false;
            if (m_closeQuestion)
                m_closeQuestion->close();
            Q_EMIT creationFailed(error);
        });
}

void CreateCardWizard::fitToContents()
{
    resize(size().expandedTo(sizeHint()));
}

bool CreateCardWizard::canRequestCertificate() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&CreateCardWizard::requestCertificate));
}

void CreateCardWizard::reject()
{
    if (m_creating) {
        askHowToClose();
        return;
    }
    QWizard::reject();
}

void CreateCardWizard::askHowToClose()
{
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("The card is being created"),
                                tr("The TPM is creating the card right now. This cannot be "
                                   "stopped halfway, and takes a few seconds more."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeWhileCreatingBox"));
    box->setInformativeText(tr("Wait, and the wizard goes on when the card is ready. Or close "
                               "now: the card is removed again as soon as the TPM has finished, "
                               "so no card is left behind."));
    QPushButton* wait = box->addButton(tr("&Wait for the card"), QMessageBox::RejectRole);
    wait->setObjectName(QStringLiteral("waitButton"));
    QPushButton* discard =
        box->addButton(tr("Close and &discard the card"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    box->setDefaultButton(wait);
    box->setEscapeButton(wait);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(discard, &QPushButton::clicked, this, [this] {
        m_abandoned->store(true);
        m_creating = false; // no longer ours: the job cleans up after itself
        QWizard::reject();
    });
    connect(box, &QMessageBox::finished, this, [this] { m_closeQuestion = nullptr; });
    m_closeQuestion = box;
    box->open(); // window-modal, no nested event loop
}

} // namespace tpmvsc
