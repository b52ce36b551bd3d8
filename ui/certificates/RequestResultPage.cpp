#include "RequestResultPage.h"

#include "EnrollText.h"
#include "RequestCertificateWizard.h"
#include "enroll/CertificateInfo.h"
#include "enroll/Pem.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

QIcon iconOr(const QString& resource, QStyle::StandardPixmap fallback, const QWidget* widget)
{
    // The project's SVG icons are embedded by resources/; the style's icon otherwise.
    return QFile::exists(resource) ? QIcon(resource)
                                   : widget->style()->standardIcon(fallback, nullptr, widget);
}

} // namespace

RequestResultPage::RequestResultPage(RequestCertificateWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("requestResultPage"));
    setFinalPage(true);

    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_pemView = new QPlainTextEdit(this);
    m_pemView->setObjectName(QStringLiteral("pemView"));
    m_pemView->setReadOnly(true);
    m_pemView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_pemView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pemView->setTabChangesFocus(true);
    layout->addWidget(m_pemView, 1);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save…"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, this));
    m_copy = new QPushButton(tr("&Copy to clipboard"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setIcon(iconOr(QStringLiteral(":/icons/actions/copy.svg"),
                           QStyle::SP_FileDialogContentsView, this));
    buttons->addWidget(m_save);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("resultFeedbackLabel"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    layout->addWidget(m_feedback);
    m_nextStep = new QLabel(this);
    m_nextStep->setObjectName(QStringLiteral("nextStepLabel"));
    m_nextStep->setWordWrap(true);
    layout->addWidget(m_nextStep);

    connect(m_save, &QPushButton::clicked, this, &RequestResultPage::openSaveDialog);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(QString::fromLatin1(pem()));
        m_feedback->setText(m_wizard.model().selfSigned
                                ? tr("The certificate is on the clipboard (PEM).")
                                : tr("The request is on the clipboard (PEM)."));
    });
}

QByteArray RequestResultPage::der() const
{
    const RequestResult& r = *m_wizard.result();
    return m_wizard.model().selfSigned ? r.certificateDer : r.requestDer;
}

QByteArray RequestResultPage::pem() const
{
    const RequestResult& r = *m_wizard.result();
    return m_wizard.model().selfSigned ? pemEncode(r.certificateDer, "CERTIFICATE") : r.requestPem;
}

void RequestResultPage::initializePage()
{
    const bool self = m_wizard.model().selfSigned;
    const RequestResult& r = *m_wizard.result();
    setTitle(self ? tr("The certificate is on the card") : tr("The certificate request is ready"));
    setSubTitle(self ? tr("The self-signed certificate is stored on the card with its key.")
                     : tr("Send the request to your certificate authority."));
    QString summary =
        tr("Key: %1, \"%2\", ID %3")
            .arg(EnrollText::keyAlgorithm(r.key.algorithm), r.key.label,
                 QString::fromLatin1(r.key.id.toHex().left(16)) + QStringLiteral("…"));
    if (self) {
        try {
            const CertificateInfo info = describeCertificate(r.certificateDer);
            summary +=
                QLatin1Char('\n') + tr("Valid until: %1").arg(EnrollText::dateTime(info.notAfter));
            summary +=
                QLatin1Char('\n') + tr("SHA-256 fingerprint: %1").arg(info.sha256Fingerprint);
        } catch (const Error&) {
            // The card took it; describing it for the page is not worth failing over.
        }
    }
    m_summary->setText(summary);
    m_pemView->setPlainText(QString::fromLatin1(pem()));
    m_pemView->setAccessibleName(self ? tr("The certificate in PEM form")
                                      : tr("The certificate request in PEM form"));
    m_save->setText(self ? tr("&Save certificate…") : tr("&Save request…"));
    m_save->setAccessibleName(self ? tr("Save the certificate to a file")
                                   : tr("Save the request to a file"));
    m_copy->setAccessibleName(self ? tr("Copy the certificate to the clipboard")
                                   : tr("Copy the request to the clipboard"));
    m_feedback->clear();
    m_nextStep->setText(
        self ? tr("The certificate is stored with its key: \"Certificates…\" lists and exports it.")
             : tr("When the certificate authority has issued the certificate, store it on the "
                  "card with \"Import certificate…\". The key waits on the card until then."));
    m_save->setFocus();
}

QFileDialog* RequestResultPage::openSaveDialog()
{
    const bool self = m_wizard.model().selfSigned;
    auto* dialog =
        new QFileDialog(this, self ? tr("Save the certificate") : tr("Save the request"));
    dialog->setObjectName(QStringLiteral("saveResultDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString pemFilter =
        self ? tr("PEM certificate (*.pem *.crt)") : tr("PEM request (*.pem *.csr)");
    const QString derFilter =
        self ? tr("DER certificate (*.der *.cer)") : tr("DER request (*.der)");
    dialog->setNameFilters({pemFilter, derFilter});
    dialog->setDefaultSuffix(self ? QStringLiteral("pem") : QStringLiteral("csr"));
    QString base = m_wizard.model().certificateTemplate ? m_wizard.model().certificateTemplate->id
                                                        : QStringLiteral("request");
    dialog->setDirectory(QDir::homePath());
    dialog->selectFile(
        base + (self ? QStringLiteral("-certificate.pem") : QStringLiteral("-request.csr")));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog, derFilter](const QString& path) {
                const QString suffix = QFileInfo(path).suffix().toLower();
                const bool der = dialog->selectedNameFilter() == derFilter || suffix == u"der" ||
                                 suffix == u"cer";
                save(path, der);
            });
    dialog->open();
    return dialog;
}

void RequestResultPage::save(const QString& path, bool der)
{
    QSaveFile file(path);
    const QByteArray bytes = der ? this->der() : pem();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_feedback->setText(
            tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_feedback->setText(der ? tr("Saved to %1 (DER).").arg(QDir::toNativeSeparators(path))
                            : tr("Saved to %1 (PEM).").arg(QDir::toNativeSeparators(path)));
    Q_EMIT saved(path);
}

} // namespace tpmvsc
