// Destroy a card: its keys and certificates are gone for good, so the user types the card's
// name to confirm; the destructive button is enabled only while the typed name matches
// exactly, and is never the default button.
#pragma once

#include "main/CardActionDialog.h"

class QLineEdit;

namespace tpmvsc {

class DestroyCardDialog : public CardActionDialog
{
    Q_OBJECT

public:
    DestroyCardDialog(CardWorker& worker, const CardStatus& card, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_name; }

protected:
    bool inputsValid() const override;
    void start() override;

private:
    QLineEdit* m_name = nullptr;
};

} // namespace tpmvsc
