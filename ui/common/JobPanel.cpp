#include "JobPanel.h"

#include "ErrorText.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/PinEntry.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace tpmvsc {

JobPanel::JobPanel(const QString& busyPrefix, const QString& busyName, const QString& outcomeName,
                   QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_busy = new BusyIndicator(busyPrefix, busyName, this);
    layout->addWidget(m_busy);
    m_outcome = new Notice(Notice::Kind::Error, this);
    m_outcome->setObjectName(outcomeName);
    m_outcome->hide();
    layout->addWidget(m_outcome);
}

void JobPanel::usePin(PinEntry* pin)
{
    m_pin = pin;
    connect(pin, &PinEntry::edited, this, [this] {
        // The complaint is about the PIN typed before; a blocked card's stays.
        if (!m_running && !m_blocked && m_outcome->kind() == Notice::Kind::Error)
            m_outcome->hide();
    });
}

void JobPanel::start(const QString& status)
{
    m_status = status;
    m_outcome->hide();
    m_busy->start(status);
    setRunning(true);
}

void JobPanel::finish()
{
    m_busy->stop();
    if (m_pin)
        m_pin->clear();
    setRunning(false);
}

void JobPanel::fail(const Error& error, const QString& afterwards)
{
    m_busy->stop();
    // Cleared before the error is shown: clearing counts as an edit, which hides the
    // complaint about the previous PIN.
    if (m_pin)
        m_pin->clear();
    showError(error, afterwards);
    setRunning(false);
    if (m_pin && !m_blocked && m_pin->isEnabled())
        m_pin->field()->setFocus();
}

void JobPanel::showError(const Error& error, const QString& afterwards)
{
    m_blocked = error.code() == ErrorCode::Blocked;
    QString html = ErrorText::html(error);
    if (!afterwards.isEmpty())
        html += QStringLiteral("<br>") + afterwards.toHtmlEscaped();
    m_outcome->setKind(Notice::Kind::Error);
    m_outcome->setHtml(html);
    m_outcome->show();
}

void JobPanel::showMessage(Notice::Kind kind, const QString& text)
{
    m_outcome->setKind(kind);
    m_outcome->setText(text);
    m_outcome->show();
}

void JobPanel::clearOutcome()
{
    m_blocked = false;
    m_outcome->hide();
    m_outcome->setText(QString());
}

QString JobPanel::outcomeText() const
{
    return m_outcome->isHidden() ? QString() : m_outcome->accessibleName();
}

bool JobPanel::holdOpen()
{
    if (!m_running)
        return false;
    m_busy->setStatus(tr("%1 The window can be closed when this is done.").arg(m_status));
    return true;
}

void JobPanel::setRunning(bool running)
{
    m_running = running;
    Q_EMIT runningChanged(running);
}

} // namespace tpmvsc
