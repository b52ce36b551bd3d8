// Unblock with PUK: the PUK (checked by the TPM; a wrong one costs one of the PUK's own
// tries) and a new PIN under the card's policy. The PIN's tries start afresh.
#pragma once

#include "NewPinDialog.h"

namespace tpmvsc {

class UnblockDialog : public NewPinDialog
{
    Q_OBJECT

public:
    UnblockDialog(CardWorker& worker, const CardStatus& card, QWidget* parent = nullptr);

    PinEntry* puk() const { return proof(); }

protected:
    bool inputsValid() const override;
    void start() override;
    QString triesText() const override;
};

} // namespace tpmvsc
