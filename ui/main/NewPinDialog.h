// What Change PIN and Unblock with PUK share: a secret the TPM checks before it takes the
// new PIN (the current PIN, or the PUK; a wrong one costs one of its tries), a line with
// the tries left for that secret, and the new PIN, typed twice and checked live against
// the card's own policy. After a failure the secret is typed again; the new PIN stays.
#pragma once

#include "CardActionDialog.h"
#include "core/util/Error.h"

class QLabel;

namespace tpmvsc {

class NewPinDialog : public CardActionDialog
{
    Q_OBJECT

public:
    PinEntry* newPin() const { return m_new; }

protected:
    // `proof`: SecretKind::Pin asks for the current PIN, SecretKind::Puk for the PUK.
    // The tries line is pinTriesLabel or pukTriesLabel.
    NewPinDialog(SecretKind proof, CardWorker& worker, const CardStatus& card, QWidget* parent);

    PinEntry* proof() const { return m_proof; }
    // The tries line for card(). Subclasses call showTries() at the end of their
    // constructor (a virtual call from this one would not reach them).
    virtual QString triesText() const = 0;
    void showTries();

    bool inputsValid() const override;
    void failed(const Error& error) override;
    void cardRefreshed() override;

private:
    PinEntry* m_proof = nullptr;
    QLabel* m_tries = nullptr;
    PinEntry* m_new = nullptr;
};

} // namespace tpmvsc
