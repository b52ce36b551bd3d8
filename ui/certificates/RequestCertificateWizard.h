// The certificate request wizard: Template -> Subject and alternative names ->
// Key type -> PIN -> (generate on the worker) -> Result. The pages edit one RequestModel;
// the wizard does the only I/O, through the CardWorker: loading the templates, the
// card checks of planRequest() before the PIN is asked for, and the request itself.
// While the TPM generates and signs, the wizard cannot be closed: the key is half made
// and the user is told to wait (it takes seconds, RSA 3072 up to a minute).
#pragma once

#include "RequestModel.h"
#include "core/util/Error.h"
#include "core/util/Secret.h"
#include "enroll/SubjectDefaults.h"
#include "services/EnrollService.h"

#include <QPointer>
#include <QWizard>
#include <optional>

class QMessageBox;

namespace tpmvsc {

class CardWorker;

class RequestCertificateWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { TemplatePageId, SubjectPageId, KeyPageId, PinPageId, ResultPageId };

    RequestCertificateWizard(CardWorker& worker, int instance, QWidget* parent = nullptr);

    int instance() const { return m_instance; }
    RequestModel& model() { return m_model; }
    const RequestModel& model() const { return m_model; }

    // Prefill for the subject page; subjectDefaults() of the logged-in user by default.
    void setSubjectDefaults(const SubjectDefaults& defaults) { m_defaults = defaults; }
    const SubjectDefaults& subjectDefaults() const { return m_defaults; }

    // Template catalog, loaded on the worker when the wizard opens.
    const std::optional<TemplateCatalog>& catalog() const { return m_catalog; }
    bool isLoadingTemplates() const { return m_loadingTemplates; }

    // The card checks before the PIN (blocked, no file system, full, ...):
    // result by planned / planFailed.
    void planRequest();
    bool isPlanning() const { return m_planning; }
    const std::optional<RequestPlan>& plan() const { return m_plan; }

    // Generates the key and signs on the worker: requestFinished / requestFailed.
    void startRequest(const Secret& pin);
    bool isGenerating() const { return m_generating; }
    const std::optional<RequestResult>& result() const { return m_result; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void templatesLoaded();
    void templatesFailed(const tpmvsc::Error& error);
    void planned();
    void planFailed(const tpmvsc::Error& error);
    void requestStarted();
    void requestFinished();
    // A wrong PIN's error carries the tries the card has left (ErrorFacts).
    void requestFailed(const tpmvsc::Error& error);
    // A key (and with self-signed, a certificate) was added to the card.
    void cardChanged(int instance);

private:
    void loadTemplates();
    void explainBusy();

    CardWorker& m_worker;
    int m_instance;
    RequestModel m_model;
    SubjectDefaults m_defaults;
    std::optional<TemplateCatalog> m_catalog;
    bool m_loadingTemplates = false;
    bool m_planning = false;
    int m_planGeneration = 0; // a plan answered for older choices is ignored
    std::optional<RequestPlan> m_plan;
    bool m_generating = false;
    std::optional<RequestResult> m_result;
    QPointer<QMessageBox> m_busyBox;
};

} // namespace tpmvsc
