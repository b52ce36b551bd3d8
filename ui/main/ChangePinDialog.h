// Change PIN: the current PIN (checked by the TPM; a wrong one costs a try) and the new PIN,
// typed twice and checked live against the card's own policy.
#pragma once

#include "main/CardActionDialog.h"

class QLabel;

namespace tpmvsc {

class PinEntry;

class ChangePinDialog : public CardActionDialog
{
    Q_OBJECT

public:
    ChangePinDialog(CardWorker& worker, const CardStatus& card, QWidget* parent = nullptr);

    PinEntry* currentPin() const { return m_current; }
    PinEntry* newPin() const { return m_new; }

protected:
    bool inputsValid() const override;
    void start() override;
    void failed(const Error& error) override;
    void cardRefreshed() override;

private:
    void showTries();
    QLabel* m_tries = nullptr;
    PinEntry* m_current = nullptr;
    PinEntry* m_new = nullptr;
};

} // namespace tpmvsc
