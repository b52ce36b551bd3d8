#include "RequestCertificateWizard.h"

#include "EnrollText.h"
#include "KeyPage.h"
#include "RequestPinPage.h"
#include "RequestResultPage.h"
#include "SubjectPage.h"
#include "TemplatePage.h"
#include "services/CardWorker.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace tpmvsc {

RequestCertificateWizard::RequestCertificateWizard(CardWorker& worker, int instance,
                                                   QWidget* parent)
    : QWizard(parent), m_worker(worker), m_instance(instance), m_defaults(tpmvsc::subjectDefaults())
{
    setObjectName(QStringLiteral("requestCertificateWizard"));
    setWindowTitle(tr("Request a Certificate"));
    // As the creation wizard: the classic style is the one whose colours follow a dark
    // palette.
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage |
               QWizard::NoBackButtonOnLastPage);

    setPage(TemplatePageId, new TemplatePage(*this));
    setPage(SubjectPageId, new SubjectPage(*this));
    setPage(KeyPageId, new KeyPage(*this));
    setPage(PinPageId, new RequestPinPage(*this));
    setPage(ResultPageId, new RequestResultPage(*this));
    setStartId(TemplatePageId);

    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("generateButton"));
    setButtonText(QWizard::CommitButton, tr("&Generate"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Generate the key and the request"));
    resize(680, 560);

    loadTemplates();
}

void RequestCertificateWizard::loadTemplates()
{
    m_loadingTemplates = true;
    // Template files are read on the worker too: they may sit on a slow network home.
    m_worker.submit(
        this, tr("Reading the certificate templates…"),
        [](CardServices& c) { return c.enroll().templates(); },
        [this](TemplateCatalog catalog) {
            m_loadingTemplates = false;
            m_catalog = std::move(catalog);
            Q_EMIT templatesLoaded();
        },
        [this](const Error& error) {
            m_loadingTemplates = false;
            Q_EMIT templatesFailed(error);
        });
}

void RequestCertificateWizard::planRequest()
{
    m_plan.reset();
    m_planning = true;
    const int generation = ++m_planGeneration;
    m_worker.submit(
        this, tr("Checking the card…"),
        [instance = m_instance, options = m_model.toOptions()](CardServices& c) {
            return c.enroll().planRequest(instance, options);
        },
        [this, generation](RequestPlan plan) {
            if (generation != m_planGeneration)
                return;
            m_planning = false;
            m_plan = std::move(plan);
            Q_EMIT planned();
        },
        [this, generation](const Error& error) {
            if (generation != m_planGeneration)
                return;
            m_planning = false;
            Q_EMIT planFailed(error);
        });
}

void RequestCertificateWizard::startRequest(const Secret& pin)
{
    if (m_generating || m_result)
        return;
    m_generating = true;
    button(QWizard::CancelButton)->setEnabled(false);
    Q_EMIT requestStarted();
    const QString status =
        m_model.keyAlgorithm == KeyAlgorithm::Rsa3072
            ? tr("Generating an RSA 3072-bit key in the TPM (this can take a minute)…")
            : tr("Generating the key in the TPM and signing…");
    // The PIN travels inside the job (a Secret: wiped when the job is destroyed).
    m_worker.submit(
        this, status,
        [instance = m_instance, pin, options = m_model.toOptions()](CardServices& c) {
            return c.enroll().request(instance, pin, options);
        },
        [this](RequestResult result) {
            m_generating = false;
            button(QWizard::CancelButton)->setEnabled(true);
            m_result = std::move(result);
            if (m_busyBox)
                m_busyBox->close();
            Q_EMIT cardChanged(m_instance);
            Q_EMIT requestFinished();
        },
        [this](const Error& error) {
            // A wrong PIN carries the tries left: the page says it in the user's language.
            m_generating = false;
            button(QWizard::CancelButton)->setEnabled(true);
            if (m_busyBox)
                m_busyBox->close();
            Q_EMIT requestFailed(error);
        });
}

void RequestCertificateWizard::reject()
{
    if (m_generating) {
        explainBusy();
        return;
    }
    QWizard::reject();
}

void RequestCertificateWizard::explainBusy()
{
    if (m_busyBox) {
        m_busyBox->raise();
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("The TPM is working"),
        tr("The TPM is generating the key and signing the request. This cannot be stopped "
           "halfway."),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("busyExplanationBox"));
    box->setInformativeText(tr("Please wait: the wizard goes on by itself when the TPM is done. "
                               "If it fails, nothing is left on the card."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_busyBox = box;
    box->open(); // window-modal, no nested event loop
}

} // namespace tpmvsc
