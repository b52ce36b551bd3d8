#include "Der.h"

#include <QList>
#include <QString>

namespace tpmvsc::der {

QByteArray length(qsizetype length)
{
    if (length < 0x80)
        return QByteArray(1, char(length));
    QByteArray bytes;
    for (qsizetype l = length; l > 0; l >>= 8)
        bytes.prepend(char(l & 0xff));
    return char(0x80 | bytes.size()) + bytes;
}

QByteArray element(char tag, const QByteArray& content)
{
    return tag + length(content.size()) + content;
}

QByteArray objectIdentifier(const char* dotted)
{
    const QList<QByteArray> arcs = QByteArray(dotted).split('.');
    QByteArray content;
    const auto base128 = [&content](quint64 value) {
        QByteArray octets(1, char(value & 0x7f));
        for (value >>= 7; value > 0; value >>= 7)
            octets.prepend(char(0x80 | (value & 0x7f)));
        content += octets;
    };
    base128(arcs.at(0).toULongLong() * 40 + arcs.at(1).toULongLong());
    for (qsizetype i = 2; i < arcs.size(); ++i)
        base128(arcs.at(i).toULongLong());
    return element(kObjectIdentifier, content);
}

Element Reader::readAny()
{
    Element e;
    if (!m_ok || m_rest.size() < 2) {
        m_ok = false;
        return e;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(m_rest.data());
    qsizetype header = 2;
    qsizetype size = p[1];
    if (p[0] == 0 || (p[0] & 0x1f) == 0x1f) {
        m_ok = false; // end-of-contents, or a multi-octet tag: neither occurs here
        return e;
    }
    if (size & 0x80) {
        const int octets = int(size & 0x7f);
        if (octets == 0 || octets > 4 || m_rest.size() < 2 + octets) {
            m_ok = false; // indefinite, or longer than anything we accept
            return e;
        }
        size = 0;
        for (int i = 0; i < octets; ++i)
            size = (size << 8) | p[2 + i];
        if (size < 0x80 || (octets > 1 && p[2] == 0)) {
            m_ok = false; // not the shortest form, which DER demands
            return e;
        }
        header += octets;
    }
    if (size > m_rest.size() - header) {
        m_ok = false;
        return e;
    }
    e.tag = p[0];
    e.content = m_rest.sliced(header, size);
    e.whole = m_rest.first(header + size);
    m_rest = m_rest.sliced(header + size);
    return e;
}

Element Reader::read(unsigned char tag)
{
    if (!next(tag)) {
        m_ok = false;
        return {};
    }
    return readAny();
}

bool Reader::next(unsigned char tag) const
{
    return m_ok && !m_rest.isEmpty() && static_cast<unsigned char>(m_rest.front()) == tag;
}

} // namespace tpmvsc::der
