#include "CardActionDialog.h"

#include "ui/widgets/PinEntry.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tpmvsc {

CardActionDialog::CardActionDialog(CardWorker& worker, const CardStatus& card, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_card(card)
{
    connect(&m_worker, &CardWorker::cardsChanged, this, &CardActionDialog::cardsChanged);
    auto* layout = new QVBoxLayout(this);
    m_cardLabel = new QLabel(this);
    m_cardLabel->setObjectName(QStringLiteral("cardLabel"));
    m_cardLabel->setTextFormat(Qt::RichText);
    m_cardLabel->setText(
        tr("Card: <b>%1</b> (%2)").arg(card.name.toHtmlEscaped(), card.instanceId.toHtmlEscaped()));
    layout->addWidget(m_cardLabel);
    layout->addSpacing(layout->spacing());

    m_inputs = new QWidget(this);
    m_content = new QVBoxLayout(m_inputs);
    m_content->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_inputs);
    // Extra height goes below the inputs, not between their rows.
    layout->addStretch(1);

    m_job = new JobPanel(QString(), tr("Working"), QStringLiteral("errorNotice"), this);
    layout->addWidget(m_job);
    connect(m_job, &JobPanel::runningChanged, this, &CardActionDialog::runningChanged);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_accept = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    QPushButton* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(m_buttons);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (!m_job->isRunning() && inputsValid()) {
            clearError();
            start();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CardActionDialog::reject);
}

CardActionDialog::~CardActionDialog()
{
    // The child widgets are destroyed after this object (in ~QWidget), and the secret
    // fields clear themselves then, emitting edits: no slot of this half-destroyed dialog
    // may run for them.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

PinEntry* CardActionDialog::addNewPinEntry()
{
    auto* box = new QGroupBox(tr("Choose the new PIN"), m_inputs);
    auto* boxLayout = new QVBoxLayout(box);
    auto* entry = new PinEntry(SecretKind::Pin, PinEntry::Mode::NewWithConfirmation, box);
    entry->setPolicy(m_card.pinPolicy);
    boxLayout->addWidget(entry);
    m_content->addWidget(box);
    connect(entry, &PinEntry::edited, this, &CardActionDialog::updateAcceptButton);
    return entry;
}

void CardActionDialog::setAcceptButton(const QString& text, const QString& objectName,
                                       bool destructive)
{
    m_accept->setText(text);
    m_accept->setObjectName(objectName);
    m_accept->setAccessibleName(QString(text).remove(u'&'));
    m_accept->setAutoDefault(!destructive);
    m_accept->setDefault(!destructive);
    updateAcceptButton();
}

void CardActionDialog::updateAcceptButton()
{
    m_accept->setEnabled(!m_job->isRunning() && inputsValid());
}

QString CardActionDialog::errorText() const
{
    return m_job->outcomeText();
}

void CardActionDialog::showError(const Error& error)
{
    m_job->showError(error);
}

void CardActionDialog::clearError()
{
    m_job->clearOutcome();
}

void CardActionDialog::runningChanged(bool running)
{
    m_inputs->setEnabled(!running);
    if (QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(!running);
    updateAcceptButton();
}

void CardActionDialog::cardsChanged(const CardChanges& changes)
{
    if (const CardStatus* card = changes.updatedCard(m_card.instance)) {
        m_card = *card;
        cardRefreshed();
    }
}

void CardActionDialog::reject()
{
    if (m_job->holdOpen())
        return;
    QDialog::reject();
}

} // namespace tpmvsc
