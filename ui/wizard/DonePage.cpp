#include "DonePage.h"

#include "CreateCardWizard.h"
#include "core/store/InstanceId.h"
#include "ui/widgets/Notice.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

QIcon themedIcon(const QString& resource, QStyle::StandardPixmap fallback, const QWidget* widget)
{
    // The SVG icons are embedded by resources/ (HiDPI-sharp); the style's icon otherwise.
    if (QFile::exists(resource))
        return QIcon(resource);
    return widget->style()->standardIcon(fallback, nullptr, widget);
}

} // namespace

DonePage::DonePage(CreateCardWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("The card is ready"));
    setSubTitle(tr("It lives in this computer's TPM and is ready to use."));
    setFinalPage(true);

    auto* layout = new QVBoxLayout(this);
    m_created = new QLabel(this);
    m_created->setObjectName(QStringLiteral("createdLabel"));
    m_created->setWordWrap(true);
    m_created->setTextFormat(Qt::PlainText);
    layout->addWidget(m_created);

    auto* idRow = new QHBoxLayout;
    auto* idLabel = new QLabel(tr("&Instance ID:"), this);
    m_instanceId = new QLineEdit(this);
    m_instanceId->setObjectName(QStringLiteral("instanceIdEdit"));
    m_instanceId->setAccessibleName(tr("Instance ID"));
    m_instanceId->setReadOnly(true);
    idLabel->setBuddy(m_instanceId);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyInstanceButton"));
    m_copy->setText(tr("Co&py"));
    m_copy->setAccessibleName(tr("Copy the instance ID"));
    m_copy->setToolTip(tr("Copy the instance ID to the clipboard"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setIcon(themedIcon(QStringLiteral(":/icons/actions/copy.svg"),
                               QStyle::SP_FileDialogContentsView, this));
    m_copy->setFocusPolicy(Qt::StrongFocus);
    idRow->addWidget(idLabel);
    idRow->addWidget(m_instanceId, 1);
    idRow->addWidget(m_copy);
    layout->addLayout(idRow);
    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("copiedLabel"));
    layout->addWidget(m_copied);

    m_reminderArea = new QWidget(this);
    auto* reminders = new QVBoxLayout(m_reminderArea);
    reminders->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reminderArea);

    auto* next = new QGroupBox(tr("Next step"), this);
    auto* nextLayout = new QVBoxLayout(next);
    m_requestText = new QLabel(next);
    m_requestText->setWordWrap(true);
    nextLayout->addWidget(m_requestText);
    m_request = new QPushButton(tr("&Request a certificate…"), next);
    m_request->setObjectName(QStringLiteral("requestCertificateButton"));
    m_request->setAccessibleName(tr("Request a certificate for the card"));
    m_request->setIcon(themedIcon(QStringLiteral(":/icons/actions/card-new.svg"),
                                  QStyle::SP_FileDialogNewFolder, this));
    nextLayout->addWidget(m_request, 0, Qt::AlignLeft);
    layout->addWidget(next);
    layout->addStretch(1);

    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_instanceId->text());
        m_copied->setText(tr("Copied."));
    });
    connect(m_request, &QPushButton::clicked, this, [this] {
        const int instance = m_wizard.createdInstance();
        m_wizard.accept();
        Q_EMIT m_wizard.requestCertificate(instance);
    });
}

void DonePage::initializePage()
{
    const CreateCardModel& m = m_wizard.model();
    const int instance = m_wizard.createdInstance();
    m_created->setText(
        tr("The virtual smart card \"%1\" was created in the TPM.").arg(m.name.trimmed()));
    m_instanceId->setText(formatInstanceId(instance));
    m_copied->clear();

    qDeleteAll(m_reminders);
    m_reminders.clear();
    auto remind = [this](Notice::Kind kind, const QString& text) {
        auto* notice = new Notice(kind, m_reminderArea);
        notice->setText(text);
        m_reminderArea->layout()->addWidget(notice);
        m_reminders.append(notice);
    };
    if (m.useDefaultPin)
        remind(Notice::Kind::Warning,
               tr("The card still has the default PIN %1. Change it (Change PIN in the card "
                  "list) before you use the card for anything real.")
                   .arg(defaultPinText()));
    if (!m.fileSystem)
        remind(Notice::Kind::Information,
               tr("The card has no file system yet: it holds no keys until a management tool "
                  "initialises it."));

    const bool available = m_wizard.canRequestCertificate() && m.fileSystem;
    m_request->setEnabled(available);
    if (!m.fileSystem) {
        m_requestText->setText(tr("A certificate needs a key on the card, and keys need the "
                                  "card's file system."));
        m_request->setToolTip(m_requestText->text());
    } else if (!available) {
        m_requestText->setText(tr("Certificate requests are not available in this window. Use "
                                  "tpmvscmgr to generate a key and request a certificate."));
        m_request->setToolTip(m_requestText->text());
    } else {
        m_requestText->setText(tr("Make a key on the card and a certificate request for your "
                                  "certificate authority, then import the certificate it "
                                  "issues."));
        m_request->setToolTip(QString());
    }
}

} // namespace tpmvsc
