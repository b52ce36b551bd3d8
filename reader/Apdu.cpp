#include "Apdu.h"

namespace tpmvsc::reader {

namespace {

int byteAt(QByteArrayView bytes, qsizetype at)
{
    return static_cast<quint8>(bytes[at]);
}

} // namespace

std::optional<CommandApdu> parseCommandApdu(QByteArrayView bytes)
{
    if (bytes.size() < 4)
        return std::nullopt;
    CommandApdu c;
    c.cla = quint8(byteAt(bytes, 0));
    c.ins = quint8(byteAt(bytes, 1));
    c.p1 = quint8(byteAt(bytes, 2));
    c.p2 = quint8(byteAt(bytes, 3));
    const QByteArrayView body = bytes.sliced(4);
    const qsizetype n = body.size();
    if (n == 0)
        return c; // case 1
    if (n == 1) { // case 2 short: Le
        c.ne = byteAt(body, 0) == 0 ? 256 : byteAt(body, 0);
        return c;
    }
    if (byteAt(body, 0) != 0) { // short Lc
        const int lc = byteAt(body, 0);
        if (n == 1 + lc) { // case 3 short
            c.data = body.sliced(1, lc).toByteArray();
            return c;
        }
        if (n == 2 + lc) { // case 4 short
            c.data = body.sliced(1, lc).toByteArray();
            c.ne = byteAt(body, 1 + lc) == 0 ? 256 : byteAt(body, 1 + lc);
            return c;
        }
        return std::nullopt;
    }
    // Extended: a zero byte, then two-byte lengths.
    c.extended = true;
    if (n == 3) { // case 2 extended: 00 Le1 Le2
        const int le = (byteAt(body, 1) << 8) | byteAt(body, 2);
        c.ne = le == 0 ? 65536 : le;
        return c;
    }
    if (n < 3)
        return std::nullopt;
    const int lc = (byteAt(body, 1) << 8) | byteAt(body, 2);
    if (lc == 0)
        return std::nullopt; // an Lc of zero is not encoded; that would be case 2
    if (n == 3 + lc) {       // case 3 extended
        c.data = body.sliced(3, lc).toByteArray();
        return c;
    }
    if (n == 5 + lc) { // case 4 extended: the Le that follows has no leading zero
        c.data = body.sliced(3, lc).toByteArray();
        const int le = (byteAt(body, 3 + lc) << 8) | byteAt(body, 4 + lc);
        c.ne = le == 0 ? 65536 : le;
        return c;
    }
    return std::nullopt;
}

QByteArray responseApdu(const QByteArray& data, quint16 statusWord)
{
    QByteArray out = data;
    out.append(char(statusWord >> 8));
    out.append(char(statusWord & 0xff));
    return out;
}

} // namespace tpmvsc::reader
