#include "TemplatePage.h"

#include "EnrollText.h"
#include "RequestCertificateWizard.h"
#include "ui/common/ErrorText.h"
#include "ui/widgets/Notice.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace tpmvsc {

TemplatePage::TemplatePage(RequestCertificateWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("templatePage"));
    setTitle(tr("Choose the certificate template"));
    setSubTitle(tr("The template decides what the certificate can be used for. Ask your "
                   "certificate authority which one to use."));

    auto* layout = new QVBoxLayout(this);
    m_loading = new QLabel(tr("Reading the templates…"), this);
    m_loading->setObjectName(QStringLiteral("templateLoadingLabel"));
    layout->addWidget(m_loading);

    auto* listLabel = new QLabel(tr("&Templates:"), this);
    layout->addWidget(listLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Certificate templates"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    listLabel->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    auto* details = new QFormLayout;
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("templateDescriptionLabel"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    details->addRow(tr("Used for:"), m_description);
    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("templateKeysLabel"));
    m_keys->setWordWrap(true);
    m_keys->setTextFormat(Qt::PlainText);
    details->addRow(tr("Key types:"), m_keys);
    layout->addLayout(details);

    m_problems = new Notice(Notice::Kind::Warning, this);
    m_problems->setObjectName(QStringLiteral("templateProblemsNotice"));
    m_problems->hide();
    layout->addWidget(m_problems);
    m_error = new Notice(Notice::Kind::Error, this);
    m_error->setObjectName(QStringLiteral("templateErrorNotice"));
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatePage::showSelection);
    connect(&m_wizard, &RequestCertificateWizard::templatesLoaded, this, &TemplatePage::fill);
    connect(&m_wizard, &RequestCertificateWizard::templatesFailed, this, [this](const Error& e) {
        m_loading->hide();
        m_error->setHtml(ErrorText::html(e));
        m_error->show();
    });
}

void TemplatePage::initializePage()
{
    if (m_wizard.catalog())
        fill();
}

void TemplatePage::fill()
{
    m_loading->hide();
    const TemplateCatalog& catalog = *m_wizard.catalog();
    const QString chosen =
        m_wizard.model().certificateTemplate ? m_wizard.model().certificateTemplate->id : QString();
    m_list->clear();
    int select = 0;
    for (int i = 0; i < catalog.templates.size(); ++i) {
        const CertificateTemplate& t = catalog.templates.at(i);
        auto* item = new QListWidgetItem(EnrollText::templateName(t), m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(EnrollText::templateDescription(t));
        if (t.id == chosen)
            select = i;
    }
    if (!catalog.problems.isEmpty()) {
        QStringList problems;
        for (const Sentence& problem : catalog.problems)
            problems << problem.said();
        m_problems->setText(tr("Some template files could not be used:") + QLatin1Char('\n') +
                            problems.join(QLatin1Char('\n')));
        m_problems->show();
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(select);
    m_list->setFocus();
    Q_EMIT completeChanged();
}

void TemplatePage::showSelection()
{
    const int row = m_list->currentRow();
    if (!m_wizard.catalog() || row < 0 || row >= m_wizard.catalog()->templates.size()) {
        m_description->clear();
        m_keys->clear();
        Q_EMIT completeChanged();
        return;
    }
    const CertificateTemplate& t = m_wizard.catalog()->templates.at(row);
    m_description->setText(EnrollText::templateDescription(t));
    QString keys = EnrollText::keyAlgorithmList(t.keyAlgorithms);
    if (!t.sourceFile.isEmpty())
        keys += QLatin1Char('\n') + tr("From the file %1").arg(t.sourceFile);
    m_keys->setText(keys);
    m_list->setAccessibleDescription(m_description->text());
    Q_EMIT completeChanged();
}

bool TemplatePage::isComplete() const
{
    return m_wizard.catalog() && m_list->currentRow() >= 0;
}

bool TemplatePage::validatePage()
{
    const CertificateTemplate& t = m_wizard.catalog()->templates.at(m_list->currentRow());
    RequestModel& m = m_wizard.model();
    const bool changed = !m.certificateTemplate || m.certificateTemplate->id != t.id;
    m.certificateTemplate = t;
    if (changed) {
        // The new template's first key type and validity; a key type the old template
        // allowed may be refused by this one.
        m.keyAlgorithm = t.defaultKeyAlgorithm();
        m.validityDays = t.validityDays;
    }
    return true;
}

} // namespace tpmvsc
