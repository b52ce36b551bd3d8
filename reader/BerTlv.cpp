#include "BerTlv.h"

namespace tpmvsc::reader {

namespace {

void appendTag(QByteArray& out, quint32 tag)
{
    if (tag > 0xffff)
        out.append(char(tag >> 16));
    if (tag > 0xff)
        out.append(char((tag >> 8) & 0xff));
    out.append(char(tag & 0xff));
}

void appendLength(QByteArray& out, qsizetype length)
{
    if (length < 0x80) {
        out.append(char(length));
    } else if (length <= 0xff) {
        out.append(char(0x81));
        out.append(char(length));
    } else {
        out.append(char(0x82));
        out.append(char((length >> 8) & 0xff));
        out.append(char(length & 0xff));
    }
}

} // namespace

QByteArray encodeTlv(quint32 tag, const QByteArray& value)
{
    QByteArray out;
    appendTag(out, tag);
    appendLength(out, value.size());
    out.append(value);
    return out;
}

std::optional<QList<Tlv>> decodeTlvs(QByteArrayView bytes)
{
    QList<Tlv> out;
    qsizetype at = 0;
    const auto next = [&](quint32* value) {
        if (at >= bytes.size())
            return false;
        *value = static_cast<quint8>(bytes[at++]);
        return true;
    };
    while (at < bytes.size()) {
        quint32 byte = 0;
        next(&byte);
        quint32 tag = byte;
        // Low five bits all set: more tag bytes follow, each with bit 8 set but the last.
        if ((byte & 0x1f) == 0x1f) {
            for (int i = 0;; ++i) {
                if (i == 2 || !next(&byte))
                    return std::nullopt; // longer than three bytes, or cut short
                tag = (tag << 8) | byte;
                if (!(byte & 0x80))
                    break;
            }
        }
        quint32 length = 0;
        if (!next(&length))
            return std::nullopt;
        if (length == 0x81 || length == 0x82) {
            const int count = int(length & 0x0f);
            length = 0;
            for (int i = 0; i < count; ++i) {
                if (!next(&byte))
                    return std::nullopt;
                length = (length << 8) | byte;
            }
            // The shortest form only: a longer one is how parsers get confused.
            if ((count == 1 && length < 0x80) || (count == 2 && length <= 0xff))
                return std::nullopt;
        } else if (length >= 0x80) {
            return std::nullopt; // indefinite, or more than two length bytes
        }
        if (qsizetype(length) > bytes.size() - at)
            return std::nullopt;
        out.append(Tlv{tag, bytes.sliced(at, qsizetype(length)).toByteArray()});
        at += qsizetype(length);
    }
    return out;
}

std::optional<QByteArray> findTlv(const QList<Tlv>& tlvs, quint32 tag)
{
    for (const Tlv& tlv : tlvs)
        if (tlv.tag == tag)
            return tlv.value;
    return std::nullopt;
}

} // namespace tpmvsc::reader
