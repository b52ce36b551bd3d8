// The PIV card application (NIST SP 800-73-4 part 2) over a PivCard: one APDU in, one
// response out, with the card's security state (the PIN verified or not) kept between
// them. It answers SELECT, GET DATA (the discovery object, CHUID, CCC and the certificates
// of slots 9A, 9C, 9D and 9E), VERIFY, CHANGE REFERENCE DATA and RESET RETRY COUNTER of
// the card PIN (with the PUK), GENERAL AUTHENTICATE (a signature,
// or an RSA decryption, by a slot's key after the PIN), GET RESPONSE for answers longer
// than a short Le, and command chaining. Every other instruction is answered 6D00.
#pragma once

#include "Apdu.h"
#include "PivCard.h"

#include <QByteArray>

namespace tpmvsc::reader {

// The PIV application's AID (the RID of NIST and the PIX of the PIV application, version 1).
inline const QByteArray& pivAid()
{
    static const QByteArray aid = QByteArray::fromHex("a000000308000010000100");
    return aid;
}

class PivApplet
{
public:
    explicit PivApplet(PivCard& card) : m_card(card) {}

    // One command APDU as the reader got it; the response with its status word.
    QByteArray process(QByteArrayView apdu);
    // A card reset or power cycle: nothing selected, the PIN no longer verified.
    void reset();

    bool pinVerified() const { return m_pinVerified; }

    // Commands longer than this (all parts of a chain together) are refused: no PIV object
    // comes near it.
    static constexpr qsizetype kMaxCommandData = 16 * 1024;

private:
    QByteArray answer(const CommandApdu& command);
    QByteArray select(const CommandApdu& command);
    QByteArray getData(const CommandApdu& command);
    QByteArray verify(const CommandApdu& command);
    QByteArray generalAuthenticate(const CommandApdu& command);
    QByteArray changeReferenceData(const CommandApdu& command);
    QByteArray resetRetryCounter(const CommandApdu& command);
    QByteArray getResponse(const CommandApdu& command);
    // `data` with 9000, or its first part and 61xx when the program takes less.
    QByteArray send(const QByteArray& data, const CommandApdu& command);
    QByteArray dataObject(quint32 tag) const;

    PivCard& m_card;
    bool m_selected = false;
    bool m_pinVerified = false;
    QByteArray m_pending;  // response bytes that wait for GET RESPONSE
    QByteArray m_chain;    // data of a chained command so far
    quint8 m_chainIns = 0; // the instruction being chained
};

} // namespace tpmvsc::reader
