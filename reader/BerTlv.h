// BER-TLV as PIV uses it (NIST SP 800-73-4 part 2, ISO/IEC 7816-4 5.2): tags of one to
// three bytes, definite lengths of one to three bytes (up to 65535). Strict: an
// indefinite or overlong length, a tag cut short or bytes after the last value are
// refused, so a program's data never reads past what it sent.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace tpmvsc::reader {

struct Tlv {
    quint32 tag = 0; // the tag's bytes as a number: 0x5C, 0x5FC105, 0x7F49
    QByteArray value;
    bool operator==(const Tlv&) const = default;
};

// tag || length || value.
QByteArray encodeTlv(quint32 tag, const QByteArray& value);

// The TLVs of `bytes`, one after the other; nothing when anything is malformed.
std::optional<QList<Tlv>> decodeTlvs(QByteArrayView bytes);

// The value of the first TLV with `tag` in `tlvs`.
std::optional<QByteArray> findTlv(const QList<Tlv>& tlvs, quint32 tag);

} // namespace tpmvsc::reader
