#include "CertificatesDialog.h"

#include "EnrollText.h"
#include "services/CardWorker.h"
#include "ui/common/JobPanel.h"
#include "ui/widgets/PinEntry.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tpmvsc {

CertificatesDialog::CertificatesDialog(CardWorker& worker, int instance, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_instance(instance)
{
    connect(&m_worker, &CardWorker::cardsChanged, this, &CertificatesDialog::cardsChanged);
    setObjectName(QStringLiteral("certificatesDialog"));
    setWindowTitle(tr("Certificates on the Card"));

    auto* layout = new QVBoxLayout(this);
    auto* listLabel = new QLabel(tr("&Certificates:"), this);
    layout->addWidget(listLabel);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("certificateList"));
    m_list->setAccessibleName(tr("Certificates on the card"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Key"), tr("Subject"), tr("Issuer"), tr("Valid until")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    listLabel->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    auto* row = new QHBoxLayout;
    m_withChain = new QCheckBox(tr("Include the c&hain"), this);
    m_withChain->setObjectName(QStringLiteral("withChainCheck"));
    m_withChain->setAccessibleName(tr("Include the issuers' certificates in the export"));
    m_withChain->setToolTip(tr("PEM: the issuers' certificates follow the certificate. DER: a "
                               "PKCS#7 bundle (.p7b)."));
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the selected certificate to a file"));
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, this));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setAccessibleName(tr("Delete the selected certificate from the card"));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon, nullptr, this));
    row->addWidget(m_withChain);
    row->addStretch(1);
    row->addWidget(m_export);
    row->addWidget(m_delete);
    layout->addLayout(row);

    m_deleteArea = new QWidget(this);
    auto* deleteLayout = new QVBoxLayout(m_deleteArea);
    deleteLayout->setContentsMargins(0, 0, 0, 0);
    auto* explain = new QLabel(tr("The certificate is removed from the card; its key stays, so "
                                  "a new certificate can be imported for it later. Enter the "
                                  "PIN to confirm."),
                               m_deleteArea);
    explain->setWordWrap(true);
    deleteLayout->addWidget(explain);
    m_pin = new PinEntry(SecretKind::Pin, PinEntry::Mode::Current, m_deleteArea);
    deleteLayout->addWidget(m_pin);
    m_confirmDelete = new QPushButton(tr("De&lete certificate"), m_deleteArea);
    m_confirmDelete->setObjectName(QStringLiteral("confirmDeleteButton"));
    m_confirmDelete->setAccessibleName(tr("Delete the certificate now"));
    deleteLayout->addWidget(m_confirmDelete, 0, Qt::AlignRight);
    m_deleteArea->hide();
    layout->addWidget(m_deleteArea);

    m_job = new JobPanel(QStringLiteral("certificates"), tr("Working"),
                         QStringLiteral("certificatesMessage"), this);
    m_job->usePin(m_pin);
    layout->addWidget(m_job);
    connect(m_job, &JobPanel::runningChanged, this, &CertificatesDialog::updateButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificatesDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_deleteArea->hide();
        m_pin->clear();
        updateButtons();
    });
    connect(m_export, &QPushButton::clicked, this, &CertificatesDialog::openExportDialog);
    connect(m_delete, &QPushButton::clicked, this, &CertificatesDialog::askToDelete);
    connect(m_confirmDelete, &QPushButton::clicked, this, &CertificatesDialog::deleteSelected);
    connect(m_pin, &PinEntry::validityChanged, this, &CertificatesDialog::updateButtons);

    resize(720, 420);
    reload();
}

// The list follows the card as the worker publishes it: a delete here, a wrong PIN's
// counted try, another program's import all reach it the same way.
void CertificatesDialog::cardsChanged(const CardChanges& changes)
{
    if (changes.concerns(m_instance))
        reload();
}

void CertificatesDialog::reload()
{
    ++m_reloads;
    updateButtons();
    m_worker.submit(
        this, tr("Reading the certificates…"),
        [instance = m_instance](CardServices& c) { return c.enroll().certificates(instance); },
        [this](QList<CertificateEntry> entries) {
            --m_reloads;
            const QByteArray current = selected() ? selected()->key.id : QByteArray();
            m_entries = std::move(entries);
            m_list->clear();
            for (const CertificateEntry& e : m_entries) {
                auto* item = new QTreeWidgetItem(m_list);
                item->setText(0, QStringLiteral("%1 (%2)").arg(
                                     e.key.label, EnrollText::keyAlgorithm(e.key.algorithm)));
                item->setText(1, e.certificate.subject);
                item->setText(2, e.certificate.issuer);
                item->setText(3, EnrollText::shortDateTime(e.certificate.notAfter));
                item->setToolTip(3, EnrollText::dateTime(e.certificate.notAfter));
                item->setData(0, Qt::UserRole, e.key.id);
            }
            if (!selectKey(current) && m_list->topLevelItemCount() > 0)
                m_list->setCurrentItem(m_list->topLevelItem(0));
            if (m_entries.isEmpty() && m_job->outcomeText().isEmpty())
                m_job->showMessage(Notice::Kind::Information,
                                   tr("This card holds no certificate yet."));
            updateButtons();
            Q_EMIT loaded();
        },
        [this](const Error& error) {
            --m_reloads;
            m_job->showError(error);
            jobFailed(error);
        });
}

bool CertificatesDialog::selectKey(const QByteArray& keyId)
{
    for (int i = 0; !keyId.isEmpty() && i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toByteArray() == keyId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

const CertificateEntry* CertificatesDialog::selected() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return nullptr;
    const QByteArray id = item->data(0, Qt::UserRole).toByteArray();
    for (const CertificateEntry& e : m_entries)
        if (e.key.id == id)
            return &e;
    return nullptr;
}

void CertificatesDialog::updateButtons()
{
    // A list being read again (the card was published) locks nothing: the service checks
    // the key when an export or a delete runs.
    const bool have = selected() != nullptr && !m_job->isRunning();
    m_export->setEnabled(have);
    m_delete->setEnabled(have);
    m_withChain->setEnabled(have && !selected()->chain.isEmpty());
    m_confirmDelete->setEnabled(have && !m_job->isBlocked() && m_pin->isValid());
    m_pin->setEnabled(have && !m_job->isBlocked());
}

QFileDialog* CertificatesDialog::openExportDialog()
{
    const CertificateEntry* entry = selected();
    if (!entry)
        return nullptr;
    auto* dialog = new QFileDialog(this, tr("Export the certificate"));
    dialog->setObjectName(QStringLiteral("exportCertificateDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString pemFilter = tr("PEM (*.pem *.crt)");
    const QString derFilter = tr("DER, or PKCS#7 with the chain (*.der *.cer *.p7b)");
    dialog->setNameFilters({pemFilter, derFilter});
    dialog->setDefaultSuffix(QStringLiteral("pem"));
    dialog->setDirectory(QDir::homePath());
    QString name = entry->certificate.commonName.isEmpty() ? QStringLiteral("certificate")
                                                           : entry->certificate.commonName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    dialog->selectFile(name + QStringLiteral(".pem"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog, derFilter](const QString& path) {
                const QString suffix = QFileInfo(path).suffix().toLower();
                exportTo(path, dialog->selectedNameFilter() == derFilter || suffix == u"der" ||
                                   suffix == u"cer" || suffix == u"p7b");
            });
    dialog->open();
    return dialog;
}

void CertificatesDialog::exportTo(const QString& path, bool der)
{
    const CertificateEntry* entry = selected();
    if (!entry)
        return;
    m_job->run(
        m_worker, tr("Exporting the certificate…"),
        [instance = m_instance, keyId = entry->key.id, der,
         chain = m_withChain->isEnabled() && m_withChain->isChecked()](CardServices& c) {
            return c.enroll().exportCertificate(instance, keyId, !der, chain);
        },
        [this, path](QByteArray bytes) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit()) {
                m_job->showMessage(Notice::Kind::Error,
                                   tr("Could not save %1: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
                return;
            }
            m_job->showMessage(Notice::Kind::Information,
                               tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(path);
        },
        [this](const Error& error) { jobFailed(error); });
}

void CertificatesDialog::askToDelete()
{
    m_job->clearOutcome();
    m_deleteArea->show();
    m_pin->clear();
    m_pin->field()->setFocus();
    updateButtons();
}

void CertificatesDialog::deleteSelected()
{
    const CertificateEntry* entry = selected();
    if (!entry || !m_pin->isValid())
        return;
    m_job->run(
        m_worker, tr("Deleting the certificate…"),
        [instance = m_instance, pin = m_pin->secret(), keyId = entry->key.id](CardServices& c) {
            c.enroll().deleteCertificate(instance, pin, keyId);
        },
        [this] {
            m_deleteArea->hide();
            m_job->showMessage(Notice::Kind::Information,
                               tr("The certificate was deleted. Its key is still on the card."));
            Q_EMIT deleted(m_instance); // the list follows the published card
        },
        [this](const Error& error) { jobFailed(error); });
}

void CertificatesDialog::reject()
{
    if (m_job->holdOpen())
        return;
    QDialog::reject();
}

bool CertificatesDialog::isBusy() const
{
    return m_job->isRunning() || m_reloads > 0;
}

void CertificatesDialog::jobFailed(const Error& error)
{
    updateButtons();
    Q_EMIT failed(error);
}

} // namespace tpmvsc
