// Destroy a card: its keys and certificates are gone for good, so the user types the card's
// name to confirm; the destructive button is enabled only while the typed name matches
// exactly, and is never the default button. On a TPM whose owner has set a password,
// removing the card's NV indices needs it: the first attempt says so and shows a field
// for it (nothing was removed), the next one takes it.
#pragma once

#include "CardActionDialog.h"

class QLabel;
class QLineEdit;

namespace tpmvsc {

class DestroyCardDialog : public CardActionDialog
{
    Q_OBJECT

public:
    DestroyCardDialog(CardWorker& worker, const CardStatus& card, QWidget* parent = nullptr);

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* ownerAuthField() const { return m_ownerAuth; }

protected:
    bool inputsValid() const override;
    void start() override;
    void failed(const Error& error) override;

private:
    QLineEdit* m_name = nullptr;
    QLabel* m_ownerAuthLabel = nullptr;
    QLineEdit* m_ownerAuth = nullptr;
};

} // namespace tpmvsc
