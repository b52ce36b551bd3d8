// Unblock with PUK: the PUK (checked by the TPM; a wrong one costs one of the PUK's own
// tries) and a new PIN under the card's policy. The PIN's tries start afresh.
#pragma once

#include "main/CardActionDialog.h"

class QLabel;

namespace tpmvsc {

class PinEntry;

class UnblockDialog : public CardActionDialog
{
    Q_OBJECT

public:
    UnblockDialog(CardWorker& worker, const CardStatus& card, QWidget* parent = nullptr);

    PinEntry* puk() const { return m_puk; }
    PinEntry* newPin() const { return m_new; }

protected:
    bool inputsValid() const override;
    void start() override;
    void failed(const Error& error) override;
    void cardRefreshed() override;

private:
    void showTries();
    QLabel* m_tries = nullptr;
    PinEntry* m_puk = nullptr;
    PinEntry* m_new = nullptr;
};

} // namespace tpmvsc
