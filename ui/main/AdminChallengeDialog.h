// The admin challenge-response operations: reset the PIN, or initialise the file system.
// The card's next challenge is shown in groups of four with a copy button; the card holder
// reads it to the helpdesk, who computes the response with the admin key (elsewhere: the
// key is never typed here) and reads it back. The response field checks its form (16 hex
// digits); the TPM checks the response itself. A challenge is used up by every attempt, so
// after a failure the next one is fetched and shown.
#pragma once

#include "CardActionDialog.h"

#include <QByteArray>

class QLabel;
class QPushButton;

namespace tpmvsc {

class HexInput;
class Notice;
class PinEntry;

class AdminChallengeDialog : public CardActionDialog
{
    Q_OBJECT

public:
    enum class Purpose { ResetPin, InitializeFileSystem };

    AdminChallengeDialog(Purpose purpose, CardWorker& worker, const CardStatus& card,
                         QWidget* parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    // The challenge on screen, as shown ("0123 4567 89AB CDEF"); empty while loading.
    QString challengeText() const;
    HexInput* response() const { return m_response; }
    PinEntry* newPin() const { return m_new; } // nullptr when initialising

Q_SIGNALS:
    void challengeShown(const QString& challenge);

protected:
    bool inputsValid() const override;
    void start() override;
    void failed(const Error& error) override;
    void cardRefreshed() override;

private:
    void fetchChallenge();
    void showResetsLeft();

    Purpose m_purpose;
    QByteArray m_challenge;
    QLabel* m_challengeLabel = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_copied = nullptr;
    Notice* m_changed = nullptr;
    QLabel* m_resetsLeft = nullptr;
    HexInput* m_response = nullptr;
    PinEntry* m_new = nullptr;
};

} // namespace tpmvsc
