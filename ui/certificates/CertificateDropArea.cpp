#include "CertificateDropArea.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace tpmvsc {

CertificateDropArea::CertificateDropArea(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("dropArea"));
    setAccessibleName(tr("Certificate file"));
    setAccessibleDescription(tr("Drop a certificate file here, choose one, or paste PEM text."));
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    // Highlighting swaps palette roles rather than colours of our own: it stays legible
    // in dark palettes and high-contrast themes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumHeight(96);

    auto* layout = new QVBoxLayout(this);
    m_hint = new QLabel(tr("Drop the certificate file here (PEM, DER or PKCS#7)"), this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_source->setAlignment(Qt::AlignCenter);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    QFont bold = m_source->font();
    bold.setBold(true);
    m_source->setFont(bold);
    m_source->hide();
    layout->addWidget(m_source);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_choose = new QPushButton(tr("Choose &file…"), this);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_choose->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton, nullptr, this));
    m_choose->setAccessibleName(tr("Choose a certificate file"));
    m_paste = new QPushButton(tr("&Paste PEM"), this);
    m_paste->setObjectName(QStringLiteral("pasteButton"));
    m_paste->setAccessibleName(tr("Paste a PEM certificate from the clipboard"));
    buttons->addWidget(m_choose);
    buttons->addWidget(m_paste);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &CertificateDropArea::chooseRequested);
    connect(m_paste, &QPushButton::clicked, this, &CertificateDropArea::pasteRequested);
}

void CertificateDropArea::setSource(const QString& text)
{
    m_source->setText(text);
    m_source->setVisible(!text.isEmpty());
}

QString CertificateDropArea::localFileOf(const QMimeData* data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1)
        return {};
    const QUrl url = data->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

bool CertificateDropArea::isPemText(const QMimeData* data)
{
    return data && data->hasText() && data->text().contains(QStringLiteral("-----BEGIN "));
}

void CertificateDropArea::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFileOf(event->mimeData()).isEmpty() || isPemText(event->mimeData())) {
        event->acceptProposedAction();
        setHighlighted(true);
    }
}

void CertificateDropArea::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void CertificateDropArea::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    const QString file = localFileOf(event->mimeData());
    if (!file.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT fileDropped(file);
    } else if (isPemText(event->mimeData())) {
        event->acceptProposedAction();
        Q_EMIT textDropped(event->mimeData()->text());
    }
}

void CertificateDropArea::setHighlighted(bool on)
{
    setBackgroundRole(on ? QPalette::AlternateBase : QPalette::Base);
    setFrameShadow(on ? QFrame::Raised : QFrame::Sunken);
    setProperty("dropActive", on);
}

} // namespace tpmvsc
