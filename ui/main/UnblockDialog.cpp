#include "UnblockDialog.h"

#include "ui/widgets/PinEntry.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace tpmvsc {

UnblockDialog::UnblockDialog(CardWorker& worker, const CardStatus& card, QWidget* parent)
    : NewPinDialog(SecretKind::Puk, worker, card, parent)
{
    setObjectName(QStringLiteral("unblockDialog"));
    setWindowTitle(tr("Unblock with PUK"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/actions/unblock.svg")));

    auto* intro = new QLabel(card.blocked ? tr("The card is blocked after too many wrong PINs. "
                                               "Enter the card's PUK and choose a new PIN.")
                                          : tr("Enter the card's PUK and choose a new PIN."),
                             inputArea());
    intro->setWordWrap(true);
    contentLayout()->insertWidget(0, intro); // above the PUK

    setAcceptButton(tr("&Unblock"), QStringLiteral("unblockButton"));
    showTries();
}

bool UnblockDialog::inputsValid() const
{
    return card().pukTriesLeft > 0 && NewPinDialog::inputsValid();
}

void UnblockDialog::start()
{
    const int instance = card().instance;
    run(
        tr("Unblocking the card…"),
        [instance, puk = proof()->secret(), newPin = newPin()->secret()](CardServices& c) {
            c.service().unblockWithPuk(instance, puk, newPin);
        },
        tr("“%1” is unblocked and has a new PIN.").arg(card().name));
}

QString UnblockDialog::triesText() const
{
    return card().pukTriesLeft > 0 ? tr("%n wrong PUK(s) left before the PUK is blocked too.",
                                        nullptr, card().pukTriesLeft)
                                   : tr("The PUK is blocked: no PUK tries are left.");
}

} // namespace tpmvsc
