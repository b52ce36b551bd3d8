#include "main/ChangePinDialog.h"

#include "widgets/PinEntry.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tpmvsc {

ChangePinDialog::ChangePinDialog(CardWorker& worker, const CardStatus& card, QWidget* parent)
    : CardActionDialog(worker, card, parent)
{
    setObjectName(QStringLiteral("changePinDialog"));
    setWindowTitle(tr("Change PIN"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/actions/pin-change.svg")));

    m_tries = new QLabel(inputArea());
    m_tries->setObjectName(QStringLiteral("pinTriesLabel"));
    m_tries->setWordWrap(true);
    showTries();

    m_current = new PinEntry(SecretKind::Pin, PinEntry::Mode::Current, inputArea());
    auto* newBox = new QGroupBox(tr("Choose the new PIN"), inputArea());
    auto* newLayout = new QVBoxLayout(newBox);
    m_new = new PinEntry(SecretKind::Pin, PinEntry::Mode::NewWithConfirmation, newBox);
    m_new->setPolicy(card.pinPolicy);
    newLayout->addWidget(m_new);

    contentLayout()->addWidget(m_current);
    contentLayout()->addWidget(m_tries);
    contentLayout()->addWidget(newBox);

    connect(m_current, &PinEntry::edited, this, &ChangePinDialog::updateAcceptButton);
    connect(m_new, &PinEntry::edited, this, &ChangePinDialog::updateAcceptButton);
    setAcceptButton(tr("&Change PIN"), QStringLiteral("changePinButton"));
    m_current->setFocus();
}

bool ChangePinDialog::inputsValid() const
{
    return !m_current->field()->text().isEmpty() && m_new->isValid();
}

void ChangePinDialog::start()
{
    const int instance = card().instance;
    run(
        tr("Changing the PIN…"),
        [instance, oldPin = m_current->secret(), newPin = m_new->secret()](CardContext& c) {
            c.service().changePin(instance, oldPin, newPin);
        },
        tr("The PIN of “%1” was changed.").arg(card().name));
}

void ChangePinDialog::showTries()
{
    m_tries->setText(card().blocked ? tr("The card is blocked: no PIN tries are left.")
                                    : tr("%n wrong PIN(s) left before the card is blocked.",
                                         nullptr, card().pinTriesLeft));
}

void ChangePinDialog::cardRefreshed()
{
    showTries();
}

void ChangePinDialog::failed(const Error& error)
{
    Q_UNUSED(error);
    // The current PIN is what was most likely wrong; the new one stays as typed.
    m_current->clear();
    m_current->field()->setFocus();
}

} // namespace tpmvsc
