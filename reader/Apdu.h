// ISO/IEC 7816-4 command and response APDUs, as a PC/SC reader hands them to a card and
// takes its answers back. The PIV applet reads commands only through parseCommandApdu, so
// whatever bytes a program sends end up either as a well-formed command or as a status
// word, never as a read past the end.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace tpmvsc::reader {

struct CommandApdu {
    quint8 cla = 0;
    quint8 ins = 0;
    quint8 p1 = 0;
    quint8 p2 = 0;
    QByteArray data;
    // Ne, the most response bytes the program takes: absent (case 1 and 3), else 1..65536
    // (an Le of zero means 256 in the short form, 65536 in the extended one).
    std::optional<int> ne;
    bool extended = false; // the extended length form was used
    // Command chaining (CLA bit 0x10): more of this command follows.
    bool chained() const { return (cla & 0x10) != 0; }
};

// The four cases of ISO/IEC 7816-4 5.1 in their short and extended forms. Nothing when the
// lengths do not add up (the applet answers 6700).
std::optional<CommandApdu> parseCommandApdu(QByteArrayView bytes);

// Status words the applet answers (ISO/IEC 7816-4 5.6, NIST SP 800-73-4 part 2 table 6).
namespace sw {
inline constexpr quint16 kOk = 0x9000;
inline constexpr quint16 kWrongLength = 0x6700;
inline constexpr quint16 kSecurityNotSatisfied = 0x6982;
inline constexpr quint16 kAuthenticationBlocked = 0x6983;
inline constexpr quint16 kConditionsNotSatisfied = 0x6985;
inline constexpr quint16 kWrongData = 0x6A80;
inline constexpr quint16 kFunctionNotSupported = 0x6A81;
inline constexpr quint16 kNotFound = 0x6A82;
inline constexpr quint16 kWrongP1P2 = 0x6A86;
inline constexpr quint16 kReferenceNotFound = 0x6A88;
inline constexpr quint16 kInsNotSupported = 0x6D00;
inline constexpr quint16 kClaNotSupported = 0x6E00;
inline constexpr quint16 kNoPreciseDiagnosis = 0x6F00;
// A wrong PIN with `tries` left (at most 15 can be said).
inline quint16 triesLeft(int tries)
{
    return quint16(0x63C0 | (tries < 0 ? 0 : tries > 15 ? 15 : tries));
}
// More response bytes wait for GET RESPONSE: `remaining` of them (00 for 256 or more).
inline quint16 moreData(qsizetype remaining)
{
    return quint16(0x6100 | (remaining >= 256 ? 0 : int(remaining)));
}
} // namespace sw

// A response: its data, then SW1 SW2.
QByteArray responseApdu(const QByteArray& data, quint16 statusWord);

} // namespace tpmvsc::reader
