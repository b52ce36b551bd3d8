#include "ChangePinDialog.h"

#include "ui/widgets/PinEntry.h"

#include <QIcon>

namespace tpmvsc {

ChangePinDialog::ChangePinDialog(CardWorker& worker, const CardStatus& card, QWidget* parent)
    : NewPinDialog(SecretKind::Pin, worker, card, parent)
{
    setObjectName(QStringLiteral("changePinDialog"));
    setWindowTitle(tr("Change PIN"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/actions/pin-change.svg")));
    setAcceptButton(tr("C&hange PIN"), QStringLiteral("changePinButton"));
    showTries();
}

void ChangePinDialog::start()
{
    const int instance = card().instance;
    run(
        tr("Changing the PIN…"),
        [instance, oldPin = proof()->secret(), newPin = newPin()->secret()](CardServices& c) {
            c.service().changePin(instance, oldPin, newPin);
        },
        tr("The PIN of “%1” was changed.").arg(card().name));
}

QString ChangePinDialog::triesText() const
{
    return card().blocked ? tr("The card is blocked: no PIN tries are left.")
                          : tr("%n wrong PIN(s) left before the card is blocked.", nullptr,
                               card().pinTriesLeft);
}

} // namespace tpmvsc
