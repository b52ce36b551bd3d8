#include "main/UnblockDialog.h"

#include "widgets/PinEntry.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tpmvsc {

UnblockDialog::UnblockDialog(CardWorker& worker, const CardStatus& card, QWidget* parent)
    : CardActionDialog(worker, card, parent)
{
    setObjectName(QStringLiteral("unblockDialog"));
    setWindowTitle(tr("Unblock with PUK"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/actions/unblock.svg")));

    auto* intro = new QLabel(card.blocked ? tr("The card is blocked after too many wrong PINs. "
                                               "Enter the card's PUK and choose a new PIN.")
                                          : tr("Enter the card's PUK and choose a new PIN."),
                             inputArea());
    intro->setWordWrap(true);
    m_tries = new QLabel(inputArea());
    m_tries->setObjectName(QStringLiteral("pukTriesLabel"));
    m_tries->setWordWrap(true);
    showTries();

    m_puk = new PinEntry(SecretKind::Puk, PinEntry::Mode::Current, inputArea());
    auto* newBox = new QGroupBox(tr("Choose the new PIN"), inputArea());
    auto* newLayout = new QVBoxLayout(newBox);
    m_new = new PinEntry(SecretKind::Pin, PinEntry::Mode::NewWithConfirmation, newBox);
    m_new->setPolicy(card.pinPolicy);
    newLayout->addWidget(m_new);

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_puk);
    contentLayout()->addWidget(m_tries);
    contentLayout()->addWidget(newBox);

    connect(m_puk, &PinEntry::edited, this, &UnblockDialog::updateAcceptButton);
    connect(m_new, &PinEntry::edited, this, &UnblockDialog::updateAcceptButton);
    setAcceptButton(tr("&Unblock"), QStringLiteral("unblockButton"));
    m_puk->setFocus();
}

bool UnblockDialog::inputsValid() const
{
    return card().pukTriesLeft > 0 && !m_puk->field()->text().isEmpty() && m_new->isValid();
}

void UnblockDialog::start()
{
    const int instance = card().instance;
    run(
        tr("Unblocking the card…"),
        [instance, puk = m_puk->secret(), newPin = m_new->secret()](CardContext& c) {
            c.service().unblockWithPuk(instance, puk, newPin);
        },
        tr("“%1” is unblocked and has a new PIN.").arg(card().name));
}

void UnblockDialog::showTries()
{
    m_tries->setText(card().pukTriesLeft > 0
                         ? tr("%n wrong PUK(s) left before the PUK is blocked too.", nullptr,
                              card().pukTriesLeft)
                         : tr("The PUK is blocked: no PUK tries are left."));
}

void UnblockDialog::cardRefreshed()
{
    showTries();
    updateAcceptButton();
}

void UnblockDialog::failed(const Error& error)
{
    Q_UNUSED(error);
    m_puk->clear();
    m_puk->field()->setFocus();
}

} // namespace tpmvsc
