#include "Notice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>

namespace tpmvsc {

Notice::Notice(Kind kind, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    updateIcon();
}

void Notice::setKind(Kind kind)
{
    m_kind = kind;
    updateIcon();
    setAccessibleName(kindName() + QStringLiteral(": ") + m_text->text());
}

void Notice::setText(const QString& text)
{
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(text);
    setAccessibleName(kindName() + QStringLiteral(": ") + text);
}

void Notice::setHtml(const QString& html)
{
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(html);
    QString plain = html;
    plain.replace(QStringLiteral("<br>"), QStringLiteral(" "));
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    setAccessibleName(kindName() + QStringLiteral(": ") + plain);
}

QString Notice::text() const
{
    return m_text->text();
}

QString Notice::kindName() const
{
    switch (m_kind) {
    case Kind::Information: return tr("Note");
    case Kind::Warning: return tr("Warning");
    case Kind::Error: return tr("Error");
    }
    return QString();
}

void Notice::updateIcon()
{
    const QStyle::StandardPixmap pixmap = m_kind == Kind::Information
                                              ? QStyle::SP_MessageBoxInformation
                                          : m_kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                    : QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_icon->setPixmap(style()
                          ->standardIcon(pixmap, nullptr, this)
                          .pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setFixedWidth(size);
}

void Notice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::StyleChange)
        updateIcon();
    QWidget::changeEvent(event);
}

} // namespace tpmvsc
