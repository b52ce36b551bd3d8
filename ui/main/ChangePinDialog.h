// Change PIN: the current PIN (checked by the TPM; a wrong one costs a try) and the new PIN,
// typed twice and checked live against the card's own policy.
#pragma once

#include "NewPinDialog.h"

namespace tpmvsc {

class ChangePinDialog : public NewPinDialog
{
    Q_OBJECT

public:
    ChangePinDialog(CardWorker& worker, const CardStatus& card, QWidget* parent = nullptr);

    PinEntry* currentPin() const { return proof(); }

protected:
    void start() override;
    QString triesText() const override;
};

} // namespace tpmvsc
