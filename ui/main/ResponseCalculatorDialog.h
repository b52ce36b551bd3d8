// Helpdesk: response calculator. The user reads out the challenge their computer shows; the
// helpdesk, on its own computer, enters it with the card's admin key and reads back the
// response. Pure computation (3DES of the challenge, core/card/AdminResponse): no TPM, no
// card store, so it runs on the GUI thread and works on a machine without any card.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tpmvsc {

class AdminKeyEntry;
class HexInput;

class ResponseCalculatorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResponseCalculatorDialog(QWidget* parent = nullptr);
    ~ResponseCalculatorDialog() override;

    // The response as shown ("0123 4567 89AB CDEF"), empty while the inputs are incomplete.
    QString response() const;
    HexInput* challengeInput() const { return m_challenge; }
    AdminKeyEntry* adminKeyInput() const { return m_adminKey; }

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void recompute();

    HexInput* m_challenge = nullptr;
    AdminKeyEntry* m_adminKey = nullptr;
    QPushButton* m_defaultKey = nullptr;
    QLineEdit* m_response = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_copied = nullptr;
};

} // namespace tpmvsc
