// The card's end of vsmartcard's virtual reader (vpcd, the pcscd driver of Debian's
// vsmartcard-vpcd): a TCP stream of messages, each a two-byte big-endian length and that
// many bytes. A one-byte message is a command of the reader (power off, on, reset, send
// the ATR); anything longer is an APDU, answered with the card's response. tpmvsc listens
// on the loopback address and vpcd connects to it (its "reversed" mode: DEVICENAME
// 127.0.0.1:PORT), so no other machine reaches the card, unlike vpcd's default mode,
// which listens on every interface. vpcd (3.3) also opens a second slot at PORT+1 and, in
// the reversed mode, takes pcscd down when that slot is not answered (an abort on a closed
// socket, or a hang on an empty ATR): it is answered with a placeholder card that has an
// ATR and no application (6A82 to everything).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace tpmvsc::reader {

// Splits the byte stream into messages.
class VpcdFramer
{
public:
    void feed(const QByteArray& bytes) { m_buffer += bytes; }
    // The next whole message, or nothing until more bytes came.
    std::optional<QByteArray> next();

private:
    QByteArray m_buffer;
};

// A message for vpcd: its length, then the bytes (at most 65535 of them).
QByteArray vpcdMessage(const QByteArray& payload);

// The reader's one-byte commands.
enum class VpcdControl : quint8 { PowerOff = 0, PowerOn = 1, Reset = 2, Atr = 4 };

// tpmvsc's ATR: direct convention, T=1, historical bytes naming the card, and the check
// byte T=1 requires.
QByteArray cardAtr();

class VpcdLink : public QObject
{
    Q_OBJECT

public:
    // `apdu` answers one APDU; `reset` runs on power off, power on and reset.
    VpcdLink(std::function<QByteArray(const QByteArray&)> apdu, std::function<void()> reset,
             QObject* parent = nullptr);
    ~VpcdLink() override;
    // Listens on `address`:`port` (1..65534) and the next port (the placeholder slot);
    // `port`, or 0 when either cannot be had.
    quint16 listen(const QHostAddress& address, quint16 port);

private:
    void accept();
    void acceptEmptySlot();
    void readMessages();

    std::function<QByteArray(const QByteArray&)> m_apdu;
    std::function<void()> m_reset;
    QTcpServer* m_server;
    QTcpServer* m_emptySlot;
    QPointer<QTcpSocket> m_reader;
    VpcdFramer m_framer;
};

} // namespace tpmvsc::reader
