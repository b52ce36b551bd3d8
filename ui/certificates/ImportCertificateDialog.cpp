#include "ImportCertificateDialog.h"

#include "CertificateDropArea.h"
#include "EnrollText.h"
#include "enroll/CertificateImport.h"
#include "services/CardWorker.h"
#include "ui/common/ErrorText.h"
#include "ui/common/JobPanel.h"
#include "ui/widgets/Notice.h"
#include "ui/widgets/PinEntry.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

QLabel* valueLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString severityName(CheckSeverity severity)
{
    return checkSeverityName(severity); // "ok", "warning", "error": for tests and styling
}

} // namespace

ImportCertificateDialog::ImportCertificateDialog(CardWorker& worker, int instance, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_instance(instance)
{
    setObjectName(QStringLiteral("importCertificateDialog"));
    setWindowTitle(tr("Import a Certificate"));

    auto* outer = new QVBoxLayout(this);
    m_scroll = new QScrollArea(this);
    QScrollArea* scroll = m_scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    // A little room on the right, so nothing touches the scroll bar when it appears.
    layout->setContentsMargins(0, 0, 6, 0);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto* intro = new QLabel(tr("Store the certificate your certificate authority issued "
                                "for a key on this card. The certificate is checked before "
                                "anything is stored."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_drop = new CertificateDropArea(content);
    layout->addWidget(m_drop);

    auto* caLine = new QHBoxLayout;
    auto* caTitle = new QLabel(tr("Trusted authorities:"), content);
    m_caLabel = valueLabel(QString(), QStringLiteral("caBundleLabel"), content);
    caLine->addWidget(caTitle);
    caLine->addWidget(m_caLabel, 1);
    layout->addLayout(caLine);
    auto* caButtons = new QHBoxLayout;
    m_caChoose = new QPushButton(tr("C&hoose CA bundle…"), content);
    m_caChoose->setObjectName(QStringLiteral("caBundleButton"));
    m_caChoose->setAccessibleName(tr("Choose a file of trusted CA certificates"));
    m_caSystem = new QPushButton(tr("Use the s&ystem's"), content);
    m_caSystem->setObjectName(QStringLiteral("caSystemButton"));
    m_caSystem->setAccessibleName(tr("Trust the system's certificate authorities"));
    caButtons->addStretch(1);
    caButtons->addWidget(m_caChoose);
    caButtons->addWidget(m_caSystem);
    layout->addLayout(caButtons);

    m_previewStatus = new QLabel(content);
    m_previewStatus->setObjectName(QStringLiteral("previewStatusLabel"));
    m_previewStatus->hide();
    layout->addWidget(m_previewStatus);
    m_previewError = new Notice(Notice::Kind::Error, content);
    m_previewError->setObjectName(QStringLiteral("previewErrorNotice"));
    m_previewError->hide();
    layout->addWidget(m_previewError);

    m_details = new QGroupBox(tr("Certificate"), content);
    m_form = new QFormLayout(m_details);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_details->hide();
    layout->addWidget(m_details);

    m_checksBox = new QGroupBox(tr("Checks"), content);
    m_checks = new QVBoxLayout(m_checksBox);
    m_checksBox->hide();
    layout->addWidget(m_checksBox);

    m_checksSummary = new Notice(Notice::Kind::Information, content);
    m_checksSummary->setObjectName(QStringLiteral("checksSummaryNotice"));
    m_checksSummary->hide();
    layout->addWidget(m_checksSummary);

    m_replaces = new Notice(Notice::Kind::Warning, content);
    m_replaces->setObjectName(QStringLiteral("replacesNotice"));
    m_replaces->hide();
    layout->addWidget(m_replaces);

    m_force = new QCheckBox(tr("Store &anyway, despite the warnings above"), content);
    m_force->setObjectName(QStringLiteral("storeAnywayCheck"));
    m_force->setAccessibleName(tr("Store anyway, despite the warnings"));
    m_force->hide();
    layout->addWidget(m_force);

    m_pin = new PinEntry(SecretKind::Pin, PinEntry::Mode::Current, content);
    m_pin->setEnabled(false);
    layout->addWidget(m_pin);

    m_job = new JobPanel(QStringLiteral("import"), tr("Working"),
                         QStringLiteral("importErrorNotice"), content);
    m_job->usePin(m_pin);
    layout->addWidget(m_job);
    m_done = new Notice(Notice::Kind::Information, content);
    m_done->setObjectName(QStringLiteral("importDoneNotice"));
    m_done->hide();
    layout->addWidget(m_done);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_store = m_buttons->addButton(tr("&Store on card"), QDialogButtonBox::AcceptRole);
    m_store->setObjectName(QStringLiteral("storeButton"));
    m_store->setAccessibleName(tr("Store the certificate on the card"));
    m_store->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    outer->addWidget(m_buttons);

    connect(m_drop, &CertificateDropArea::fileDropped, this, &ImportCertificateDialog::loadFile);
    connect(m_drop, &CertificateDropArea::textDropped, this,
            [this](const QString& pem) { loadText(pem.toUtf8(), tr("dropped text")); });
    connect(m_drop, &CertificateDropArea::chooseRequested, this,
            &ImportCertificateDialog::chooseFile);
    connect(m_drop, &CertificateDropArea::pasteRequested, this,
            &ImportCertificateDialog::pasteFromClipboard);
    connect(m_caChoose, &QPushButton::clicked, this, &ImportCertificateDialog::chooseCaBundle);
    connect(m_caSystem, &QPushButton::clicked, this, [this] { setCaBundle(QString()); });
    connect(m_force, &QCheckBox::toggled, this, &ImportCertificateDialog::updateButtons);
    connect(m_pin, &PinEntry::validityChanged, this, &ImportCertificateDialog::updateButtons);
    connect(m_job, &JobPanel::runningChanged, this, &ImportCertificateDialog::updateButtons);
    // Store does not close the dialog: the result (or a wrong PIN) is shown here.
    disconnect(m_buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_store, &QPushButton::clicked, this, &ImportCertificateDialog::store);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportCertificateDialog::reject);

    setCaBundle(QString());
    m_drop->chooseButton()->setFocus();
    resize(640, 720);
}

void ImportCertificateDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose the certificate"));
    dialog->setObjectName(QStringLiteral("chooseCertificateDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c)"), tr("All files (*)")});
    dialog->setDirectory(QDir::homePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportCertificateDialog::loadFile);
    dialog->open();
}

void ImportCertificateDialog::chooseCaBundle()
{
    auto* dialog = new QFileDialog(this, tr("Choose the trusted CA certificates"));
    dialog->setObjectName(QStringLiteral("chooseCaBundleDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportCertificateDialog::setCaBundle);
    dialog->open();
}

void ImportCertificateDialog::setCaBundle(const QString& path)
{
    m_caBundle = path;
    m_caLabel->setText(path.isEmpty() ? tr("the system's trusted certificates")
                                      : QDir::toNativeSeparators(path));
    m_caLabel->setAccessibleName(tr("Trusted authorities: %1").arg(m_caLabel->text()));
    m_caSystem->setEnabled(!path.isEmpty());
    if (!m_bytes.isEmpty())
        startPreview(); // the trust check depends on it
}

void ImportCertificateDialog::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (!text.contains(QStringLiteral("-----BEGIN "))) {
        clearPreview();
        showPreviewFailure(tr("The clipboard holds no PEM text. Copy the certificate including "
                              "its \"-----BEGIN CERTIFICATE-----\" line.")
                               .toHtmlEscaped());
        return;
    }
    loadText(text.toUtf8(), tr("pasted text"));
}

void ImportCertificateDialog::loadFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        m_bytes.clear();
        m_drop->setSource(name);
        clearPreview();
        showPreviewFailure(tr("Cannot read %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString())
                               .toHtmlEscaped());
        return;
    }
    // One byte more than the parser takes, so it can say "too large" without the GUI
    // reading a huge file into memory.
    loadText(file.read(kMaxCertificateFileSize + 1), name);
}

void ImportCertificateDialog::loadText(const QByteArray& bytes, const QString& sourceName)
{
    m_bytes = bytes;
    m_drop->setSource(sourceName);
    m_stored = false;
    m_done->hide();
    m_pin->show();
    startPreview();
}

void ImportCertificateDialog::clearPreview()
{
    m_preview.reset();
    m_previewError->hide();
    if (!m_job->isBlocked())
        m_job->clearOutcome();
    m_details->hide();
    m_checksBox->hide();
    m_checksSummary->hide();
    m_replaces->hide();
    m_force->hide();
    m_force->setChecked(false);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    while (QLayoutItem* item = m_checks->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    updateButtons();
}

void ImportCertificateDialog::startPreview()
{
    clearPreview();
    m_previewing = true;
    m_previewStatus->setText(tr("Checking the certificate…"));
    m_previewStatus->show();
    const int generation = ++m_previewGeneration;
    ImportOptions options;
    options.caBundleFile = m_caBundle;
    m_worker.submit(
        this, tr("Checking the certificate…"),
        [instance = m_instance, bytes = m_bytes, options](CardServices& c) {
            return c.enroll().previewImport(instance, bytes, options);
        },
        [this, generation](ImportPreview preview) {
            if (generation != m_previewGeneration)
                return; // another file arrived meanwhile
            m_previewing = false;
            m_preview = std::move(preview);
            showPreview();
            Q_EMIT previewReady();
        },
        [this, generation](const Error& error) {
            if (generation != m_previewGeneration)
                return;
            m_previewing = false;
            // A refusal of the file itself (garbage, another key's certificate, ...) gets a
            // headline that says what it means here; store or TPM trouble keeps its own.
            showPreviewFailure(
                error.code() == ErrorCode::InvalidInput
                    ? QStringLiteral("<b>%1</b><br>%2")
                          .arg(tr("This certificate cannot be stored on the card.").toHtmlEscaped(),
                               error.sentence().said().toHtmlEscaped())
                    : ErrorText::html(error));
            Q_EMIT previewFailed(error);
        });
    updateButtons();
}

void ImportCertificateDialog::showPreviewFailure(const QString& html)
{
    m_previewStatus->hide();
    m_previewError->setHtml(html);
    m_previewError->show();
    updateButtons();
}

void ImportCertificateDialog::showPreview()
{
    m_previewStatus->hide();
    const ImportPreview& p = *m_preview;
    const CertificateInfo& leaf = p.analysis.leaf;
    auto row = [this](const QString& label, const QString& value, const char* name) {
        QLabel* v = valueLabel(value, QString::fromLatin1(name), m_details);
        v->setAccessibleName(label + QLatin1Char(' ') + value);
        m_form->addRow(label, v);
        return v;
    };
    row(tr("Subject:"), leaf.subject.isEmpty() ? tr("(empty)") : leaf.subject, "subjectValue");
    row(tr("Issuer:"), leaf.issuer, "issuerValue");
    row(tr("Valid:"),
        tr("from %1\nuntil %2")
            .arg(EnrollText::dateTime(leaf.notBefore), EnrollText::dateTime(leaf.notAfter)),
        "validityValue");
    QStringList usages;
    for (const ExtendedKeyUsageEntry& e : leaf.extendedKeyUsage) {
        const QString name = e.name.said();
        usages.append(name == e.oid ? e.oid : QStringLiteral("%1 (%2)").arg(name, e.oid));
    }
    row(tr("Extended key usage:"),
        leaf.hasExtendedKeyUsage ? usages.join(QLatin1Char('\n')) : tr("(none: any use)"),
        "ekuValue");
    if (!leaf.subjectAltNames.isEmpty())
        row(tr("Alternative names:"), leaf.subjectAltNames.join(QLatin1Char('\n')), "sanValue");
    // Two lines of 16 bytes: read aloud or compared by eye in halves, and narrow enough
    // for the dialog (colons give the label no place to wrap).
    QString grouped = leaf.sha256Fingerprint;
    if (grouped.size() > 48)
        grouped[47] = QLatin1Char('\n');
    QLabel* fingerprint = row(tr("SHA-256 fingerprint:"), grouped, "fingerprintValue");
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setAccessibleName(tr("SHA-256 fingerprint:") + QLatin1Char(' ') +
                                   leaf.sha256Fingerprint);
    row(tr("For the key:"),
        tr("%1 \"%2\" (ID %3…)")
            .arg(EnrollText::keyAlgorithm(p.key.algorithm), p.key.label,
                 QString::fromLatin1(p.key.id.toHex().left(16))),
        "keyValue");
    row(tr("Chain:"),
        p.analysis.chain.isEmpty()
            ? tr("only the certificate itself")
            : tr("%n issuer certificate(s) from the file", nullptr, int(p.analysis.chain.size())),
        "chainValue");
    m_details->show();

    for (const ImportCheck& check : p.analysis.checks)
        addCheckRow(check);
    m_checksBox->show();

    if (p.analysis.hasErrors()) {
        m_checksSummary->setKind(Notice::Kind::Error);
        m_checksSummary->setText(tr("This certificate cannot be stored on the card: a check above "
                                    "failed."));
        m_checksSummary->show();
    } else if (p.analysis.hasWarnings()) {
        m_checksSummary->setKind(Notice::Kind::Warning);
        m_checksSummary->setText(tr("Read the warnings above. To store the certificate anyway, "
                                    "tick the box below."));
        m_checksSummary->show();
    }
    if (p.replaces) {
        m_replaces->setText(tr("This key already has a certificate on the card. Storing "
                               "replaces it."));
        m_replaces->show();
    }
    const bool warnings = !p.analysis.hasErrors() && p.analysis.hasWarnings();
    m_force->setVisible(warnings);
    updateButtons();
    if (!p.analysis.hasErrors())
        m_pin->field()->setFocus();
}

void ImportCertificateDialog::addCheckRow(const ImportCheck& check)
{
    auto* row = new QWidget(m_checksBox);
    row->setObjectName(QStringLiteral("check-") + check.id);
    row->setProperty("severity", severityName(check.severity));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(EnrollText::severityIcon(check.severity, this)
                        .pixmap(QSize(size, size), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new QLabel(check.sentence.said(), row);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The result is in the words too, not only in the icon's colour.
    const QString severity = EnrollText::severity(check.severity);
    text->setAccessibleName(severity + QStringLiteral(": ") + text->text());
    icon->setAccessibleName(severity);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    m_checks->addWidget(row);
}

bool ImportCertificateDialog::isBusy() const
{
    return m_previewing || m_job->isRunning();
}

bool ImportCertificateDialog::canStore() const
{
    if (!m_preview || m_previewing || m_job->isRunning() || m_stored || m_job->isBlocked())
        return false;
    // The service's own refusal rule (errors always, warnings unless forced).
    if (!importRefusal(m_preview->analysis, m_force->isChecked()).isEmpty())
        return false;
    return m_pin->isValid();
}

void ImportCertificateDialog::updateButtons()
{
    const bool storing = m_job->isRunning();
    const bool usable =
        m_preview && !m_preview->analysis.hasErrors() && !m_stored && !m_job->isBlocked();
    m_pin->setEnabled(usable && !storing);
    m_store->setEnabled(canStore());
    m_drop->setEnabled(!storing);
    m_caChoose->setEnabled(!storing);
}

void ImportCertificateDialog::store()
{
    if (!canStore())
        return;
    ImportOptions options;
    options.caBundleFile = m_caBundle;
    options.keyId = m_preview->key.id; // the key the user saw in the preview
    options.force = m_force->isChecked();
    m_job->run(
        m_worker, tr("Storing the certificate on the card…"),
        [instance = m_instance, pin = m_pin->secret(), bytes = m_bytes, options](CardServices& c) {
            return c.enroll().importCertificate(instance, pin, bytes, options);
        },
        [this](ImportPreview) {
            m_stored = true;
            m_done->setText(tr("The certificate is stored on the card with its key. Programs "
                               "that use the card see it now."));
            m_done->show();
            m_pin->hide(); // nothing left to confirm
            updateButtons();
            // The outcome below the preview must not go unseen.
            QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_done); });
            m_buttons->button(QDialogButtonBox::Close)->setFocus();
            Q_EMIT stored(m_instance);
        },
        [this](const Error& error) { showStoreFailure(error); }, tr("The card was not changed."));
}

void ImportCertificateDialog::showStoreFailure(const Error& error)
{
    QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_job); });
    Q_EMIT storeFailed(error);
}

void ImportCertificateDialog::reject()
{
    // Writing the card takes a moment and cannot be interrupted; the dialog stays until
    // it is done, so its result is not lost.
    if (m_job->holdOpen())
        return;
    QDialog::reject();
}

} // namespace tpmvsc
