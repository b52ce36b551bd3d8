#include "VpcdLink.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace tpmvsc::reader {

std::optional<QByteArray> VpcdFramer::next()
{
    if (m_buffer.size() < 2)
        return std::nullopt;
    const int length = (quint8(m_buffer[0]) << 8) | quint8(m_buffer[1]);
    if (m_buffer.size() < 2 + length)
        return std::nullopt;
    QByteArray message = m_buffer.mid(2, length);
    m_buffer.remove(0, 2 + length);
    return message;
}

QByteArray vpcdMessage(const QByteArray& payload)
{
    const qsizetype size = qMin<qsizetype>(payload.size(), 0xffff);
    QByteArray out;
    out.append(char(size >> 8));
    out.append(char(size & 0xff));
    out.append(payload.left(size));
    return out;
}

QByteArray cardAtr()
{
    const QByteArray historical = QByteArrayLiteral("tpmvsc PIV");
    QByteArray atr;
    atr.append(char(0x3B));                     // TS: direct convention
    atr.append(char(0x80 | historical.size())); // T0: TD1 follows, K historical bytes
    atr.append(char(0x80));                     // TD1: TD2 follows, T=0 offered
    atr.append(char(0x01));                     // TD2: T=1
    atr.append(historical);
    char check = 0; // TCK: the XOR of T0 to the last historical byte
    for (qsizetype i = 1; i < atr.size(); ++i)
        check = char(check ^ atr[i]);
    atr.append(check);
    return atr;
}

VpcdLink::VpcdLink(std::function<QByteArray(const QByteArray&)> apdu, std::function<void()> reset,
                   QObject* parent)
    : QObject(parent), m_apdu(std::move(apdu)), m_reset(std::move(reset)),
      m_server(new QTcpServer(this)), m_emptySlot(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &VpcdLink::accept);
    connect(m_emptySlot, &QTcpServer::newConnection, this, &VpcdLink::acceptEmptySlot);
}

VpcdLink::~VpcdLink() = default;

quint16 VpcdLink::listen(const QHostAddress& address, quint16 port)
{
    if (port == 0 || port == 0xffff || !m_server->listen(address, port) ||
        !m_emptySlot->listen(address, quint16(port + 1))) {
        m_server->close();
        return 0;
    }
    return port;
}

void VpcdLink::acceptEmptySlot()
{
    // vpcd's second slot: a placeholder card that selects nothing (see the header).
    while (QTcpSocket* socket = m_emptySlot->nextPendingConnection()) {
        auto framer = std::make_shared<VpcdFramer>();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, framer] {
            framer->feed(socket->readAll());
            while (const std::optional<QByteArray> message = framer->next()) {
                if (message->size() == 1) {
                    if (quint8(message->at(0)) == quint8(VpcdControl::Atr))
                        socket->write(vpcdMessage(QByteArray::fromHex("3b80800101")));
                    continue;
                }
                socket->write(vpcdMessage(QByteArray::fromHex("6a82")));
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void VpcdLink::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // One reader at a time: a new connection is vpcd coming back after pcscd restarted.
        if (m_reader)
            m_reader->deleteLater();
        m_reader = socket;
        m_framer = VpcdFramer();
        m_reset();
        connect(socket, &QTcpSocket::readyRead, this, &VpcdLink::readMessages);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void VpcdLink::readMessages()
{
    auto* socket = qobject_cast<QTcpSocket*>(sender());
    if (!socket || socket != m_reader)
        return;
    m_framer.feed(socket->readAll());
    while (const std::optional<QByteArray> message = m_framer.next()) {
        if (message->size() == 1) {
            switch (VpcdControl(quint8(message->at(0)))) {
            case VpcdControl::PowerOff:
            case VpcdControl::PowerOn:
            case VpcdControl::Reset: m_reset(); break;
            case VpcdControl::Atr: socket->write(vpcdMessage(cardAtr())); break;
            }
            continue;
        }
        socket->write(vpcdMessage(m_apdu(*message)));
    }
}

} // namespace tpmvsc::reader
