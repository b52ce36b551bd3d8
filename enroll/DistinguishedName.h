// Certificate subjects as users write them: RFC 4514 strings
//   CN=Alice Ä,OU=IT,O=Example\, Inc.,DC=example,DC=com,C=DE
// parsed into attributes with the ASN.1 string type each must have, encoded to a DER
// Name, and formatted back for display.
//
// Order: an RFC 4514 string lists the most specific RDN first; the DER Name lists it
// last. `rdns` keeps the string order, toDer() reverses it, so "CN=a,O=b,C=DE" encodes
// as C, O, CN and `openssl ... -nameopt RFC2253` prints back exactly what was typed.
//
// String types (RFC 5280 4.1.2.4 / 4.2.1.6 and the attribute definitions):
//   C             PrintableString, exactly two capital letters (ISO 3166)
//   serialNumber  PrintableString (X520SerialNumber)
//   DC, emailAddress  IA5String (ASCII only)
//   every other attribute  UTF8String, as RFC 5280 asks of CAs since 2004
//   (PrintableString is never chosen for DirectoryString: the subject in the request
//   is then byte-identical to what CAs following RFC 5280 put into the certificate).
#pragma once

#include "core/util/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tpmvsc {

enum class DnStringType { Printable, Utf8, Ia5 };

struct DnAttribute {
    QString name;  // canonical short name ("CN", "emailAddress", ...) or the dotted OID
    QString oid;   // dotted
    QString value; // the unescaped value
    DnStringType type = DnStringType::Utf8;
    // Decoded from DER, not a string type: `value` is "#" + hex of its BER (RFC 4514 2.4).
    bool berValue = false;
    bool operator==(const DnAttribute&) const = default;
};

// Several attributes joined with '+' ("OU=IT+OU=Sales"): one RDN.
struct RelativeDistinguishedName {
    QList<DnAttribute> attributes;
    bool operator==(const RelativeDistinguishedName&) const = default;
};

struct DistinguishedName {
    QList<RelativeDistinguishedName> rdns; // in RFC 4514 string order (CN first)

    bool isEmpty() const { return rdns.isEmpty(); }
    // First value of the attribute (by canonical name or OID), empty when absent.
    QString value(const QString& nameOrOid) const;
    // RFC 4514, canonical names, escaping only what RFC 4514 requires.
    QString toString() const;
    // DER of the X.501 Name (RDNs in reverse string order, each SET DER-sorted).
    QByteArray toDer() const;
    bool operator==(const DistinguishedName&) const = default;
};

// A syntax error in a subject: the message says "Subject: at character N: ..." (1-based)
// for people; position() gives the same place to programs that point at it (0-based
// index into the parsed text; its length when something is missing at the end).
class DistinguishedNameError : public Error
{
public:
    DistinguishedNameError(qsizetype position, const Sentence& what);
    qsizetype position() const noexcept { return m_position; }

private:
    qsizetype m_position;
};

// Throws DistinguishedNameError (an Error(InvalidInput)) saying where and what, or
// Error(InvalidInput) when the text, or the name in toString() form, is longer than
// 4096 characters (so what parses here parses again after toString()).
// An empty string is an empty DN (valid in a CSR when the SAN names the subject).
DistinguishedName parseDistinguishedName(const QString& text);

// Decodes a DER Name (from a certificate or CSR). Attributes this file does not know
// keep their dotted OID; their value is the string when it is one, else "#" + hex DER
// (RFC 4514 2.4). Throws Error(InvalidInput) on malformed DER.
DistinguishedName distinguishedNameFromDer(const QByteArray& nameDer);

// Shorthand for display: distinguishedNameFromDer(der).toString().
QString formatDistinguishedName(const QByteArray& nameDer);

// Attribute names parseDistinguishedName() knows, canonical spelling ("CN", "O", ...),
// for help texts.
QStringList knownDnAttributeNames();

} // namespace tpmvsc
