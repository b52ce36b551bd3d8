// The little DER that OpenSSL has no type for: structures of drafts and other bodies
// (an attestation bundle, a TCG statement) written and read by hand. Writing is
// tag-length-value; reading never trusts a length: every element must fit in what holds
// it, and definite short or long lengths of at most four octets are all that DER allows
// here (a longer one is refused, not truncated).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tpmvsc::der {

constexpr char kInteger = 0x02;
constexpr char kOctetString = 0x04;
constexpr char kObjectIdentifier = 0x06;
constexpr char kUtf8String = 0x0c;
constexpr char kSequence = 0x30;
constexpr char kSet = 0x31;

QByteArray length(qsizetype length);
QByteArray element(char tag, const QByteArray& content);
// "1.2.840.113549.1.9.16.2.59" as the whole element (tag 06 included).
QByteArray objectIdentifier(const char* dotted);

// One element read from a buffer.
struct Element {
    unsigned char tag = 0;
    QByteArrayView content; // the value octets
    QByteArrayView whole;   // tag, length and value
};

// Reads elements one after the other; `ok()` turns false at the first malformed one and
// stays false (every later read fails too), so a caller checks once at the end.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes) : m_rest(bytes) {}
    bool atEnd() const { return m_rest.isEmpty(); }
    bool ok() const { return m_ok; }
    // The next element if it has `tag`; otherwise not ok.
    Element read(unsigned char tag);
    // The next element whatever its tag.
    Element readAny();
    // Whether the next element has `tag` (false at the end).
    bool next(unsigned char tag) const;

private:
    QByteArrayView m_rest;
    bool m_ok = true;
};

} // namespace tpmvsc::der
