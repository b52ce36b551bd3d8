#include "DistinguishedName.h"

#include "Oid.h"
#include "OpenSslSupport_p.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace tpmvsc {

DistinguishedNameError::DistinguishedNameError(qsizetype position, const Sentence& what)
    : Error(ErrorCode::InvalidInput, Sentence("DistinguishedName", "Subject: at character %1: %2.")
                                         .arg(position + 1)
                                         .arg(what)),
      m_position(position)
{}

namespace {

// Subjects longer than this are refused: no real subject comes close, and a 16 KiB
// certificate slot must hold the rest of the certificate too. The bound holds for the
// text as typed (checked before parsing, so nothing longer is ever parsed) and for the
// name written out in canonical form (checked after): short names grow there ("E=" is
// "emailAddress="), and a subject that parses must parse again once formatted.
constexpr int kMaxSubjectLength = 4096;

struct AttributeSpec {
    const char* name; // canonical spelling, as OpenSSL prints it
    const char* oid;
    DnStringType type;
    int maxLength;       // characters; RFC 5280 Appendix A upper bounds where defined
    const char* aliases; // comma-separated, compared case-insensitively
};

// The ub-* values: ub-common-name 64, ub-organization-name 64, ub-organizational-unit-
// name 64, ub-locality-name 128, ub-state-name 128, ub-title 64, ub-serial-number 64,
// ub-emailaddress-length 255, ub-name 32768 (givenName, surname). DC: one DNS label (63);
// UID and street have no bound in the standards, 256 and 128 (X.520) are used.
constexpr AttributeSpec kAttributes[] = {
    {"CN", "2.5.4.3", DnStringType::Utf8, 64, "commonName"},
    {"O", "2.5.4.10", DnStringType::Utf8, 64, "organizationName"},
    {"OU", "2.5.4.11", DnStringType::Utf8, 64, "organizationalUnitName"},
    {"L", "2.5.4.7", DnStringType::Utf8, 128, "localityName"},
    {"ST", "2.5.4.8", DnStringType::Utf8, 128, "S,stateOrProvinceName"},
    {"C", "2.5.4.6", DnStringType::Printable, 2, "countryName"},
    {"STREET", "2.5.4.9", DnStringType::Utf8, 128, "streetAddress"},
    {"DC", "0.9.2342.19200300.100.1.25", DnStringType::Ia5, 63, "domainComponent"},
    {"UID", "0.9.2342.19200300.100.1.1", DnStringType::Utf8, 256, "userId"},
    {"emailAddress", "1.2.840.113549.1.9.1", DnStringType::Ia5, 255, "E,EMAIL"},
    {"serialNumber", "2.5.4.5", DnStringType::Printable, 64, ""},
    {"title", "2.5.4.12", DnStringType::Utf8, 64, "T"},
    {"GN", "2.5.4.42", DnStringType::Utf8, 32768, "G,givenName"},
    {"SN", "2.5.4.4", DnStringType::Utf8, 32768, "surname"},
};

// Attributes typed as dotted OIDs that are none of the above.
constexpr int kMaxOtherValueLength = 256;

const AttributeSpec* specByName(const QString& name)
{
    for (const AttributeSpec& spec : kAttributes) {
        if (name.compare(QLatin1String(spec.name), Qt::CaseInsensitive) == 0)
            return &spec;
        const QStringList aliases =
            QString::fromLatin1(spec.aliases).split(u',', Qt::SkipEmptyParts);
        for (const QString& alias : aliases) {
            if (name.compare(alias, Qt::CaseInsensitive) == 0)
                return &spec;
        }
    }
    return nullptr;
}

const AttributeSpec* specByOid(const QString& oid)
{
    for (const AttributeSpec& spec : kAttributes) {
        if (oid == QLatin1String(spec.oid))
            return &spec;
    }
    return nullptr;
}

// X.680 PrintableString: letters, digits, space and '()+,-./:=?
bool isPrintableStringChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
           QStringView(u" '()+,-./:=?").contains(c);
}

QString describeChar(QChar c)
{
    if (c.isPrint() && c != u' ')
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
}

// The RFC 4514 parser. Positions in messages are 1-based characters of the input.
class Parser
{
public:
    explicit Parser(const QString& text) : m_text(text) {}

    DistinguishedName parse()
    {
        DistinguishedName dn;
        skipSpaces();
        if (atEnd())
            return dn;
        while (true) {
            dn.rdns.append(parseRdn());
            skipSpaces();
            if (atEnd())
                break;
            const QChar c = m_text[m_pos];
            if (c == u',') {
                ++m_pos;
                skipSpaces();
                if (atEnd())
                    fail(m_pos - 1, Sentence("DistinguishedName", "nothing follows the last ','"));
                if (m_text[m_pos] == u',')
                    fail(m_pos, Sentence("DistinguishedName", "empty RDN between two commas"));
                continue;
            }
            if (c == u';')
                fail(m_pos, Sentence("DistinguishedName",
                                     "';' does not separate RDNs in RFC 4514: use ',' "
                                     "(or write \\; for a semicolon in a value)"));
            fail(m_pos, Sentence("DistinguishedName", "expected ',' or '+' but found %1")
                            .arg(describeChar(c)));
        }
        return dn;
    }

private:
    [[noreturn]] void fail(qsizetype index, const Sentence& what) const
    {
        throw DistinguishedNameError(index, what);
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpaces()
    {
        while (!atEnd() && m_text[m_pos] == u' ')
            ++m_pos;
    }

    RelativeDistinguishedName parseRdn()
    {
        RelativeDistinguishedName rdn;
        while (true) {
            const qsizetype start = m_pos;
            DnAttribute attr = parseAttribute();
            for (const DnAttribute& other : rdn.attributes) {
                if (other.oid == attr.oid && other.value == attr.value)
                    fail(start, Sentence("DistinguishedName", "%1=%2 appears twice in the same RDN")
                                    .arg(attr.name, attr.value));
            }
            rdn.attributes.append(attr);
            skipSpaces();
            if (!atEnd() && m_text[m_pos] == u'+') {
                ++m_pos;
                skipSpaces();
                if (atEnd())
                    fail(m_pos - 1, Sentence("DistinguishedName", "nothing follows '+'"));
                continue;
            }
            return rdn;
        }
    }

    DnAttribute parseAttribute()
    {
        skipSpaces();
        const qsizetype keyStart = m_pos;
        while (!atEnd() &&
               (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'-' || m_text[m_pos] == u'.'))
            ++m_pos;
        const QString key = m_text.mid(keyStart, m_pos - keyStart);
        if (key.isEmpty()) {
            if (atEnd())
                fail(keyStart, Sentence("DistinguishedName", "an attribute name is missing"));
            const QChar c = m_text[keyStart];
            if (c == u'=')
                fail(keyStart,
                     Sentence("DistinguishedName", "an attribute name is missing before '='"));
            if (c == u',')
                fail(keyStart,
                     Sentence("DistinguishedName", "empty RDN (two commas, or a comma first)"));
            fail(keyStart, Sentence("DistinguishedName",
                                    "expected an attribute name (CN, O, OU, ...) but found %1")
                               .arg(describeChar(c)));
        }
        DnAttribute attr = resolveKey(key, keyStart);
        skipSpaces();
        if (atEnd() || m_text[m_pos] != u'=')
            fail(m_pos, Sentence("DistinguishedName", "expected '=' after '%1'").arg(key));
        ++m_pos;
        skipSpaces();
        const qsizetype valueStart = m_pos;
        attr.value = parseValue(attr.name);
        checkValue(attr, valueStart);
        return attr;
    }

    DnAttribute resolveKey(const QString& key, qsizetype at) const
    {
        DnAttribute attr;
        QString oid;
        if (key.front().isDigit()) {
            if (!isValidDottedOid(key))
                fail(at,
                     Sentence("DistinguishedName", "'%1' is not a valid dotted object identifier")
                         .arg(key));
            oid = key;
        }
        const AttributeSpec* spec = oid.isEmpty() ? specByName(key) : specByOid(oid);
        if (spec) {
            attr.name = QLatin1String(spec->name);
            attr.oid = QLatin1String(spec->oid);
            attr.type = spec->type;
        } else if (!oid.isEmpty()) {
            attr.name = oid;
            attr.oid = oid;
            attr.type = DnStringType::Utf8;
        } else {
            fail(at, Sentence("DistinguishedName",
                              "'%1' is not a known attribute (known: %2; or a dotted OID)")
                         .arg(key, knownDnAttributeNames().join(QStringLiteral(", "))));
        }
        return attr;
    }

    // Reads up to the next unescaped ',' or '+' (or the end). Unescaped trailing spaces
    // are dropped (RFC 2253 section 4 lets writers put spaces around separators).
    QString parseValue(const QString& key)
    {
        if (!atEnd() && m_text[m_pos] == u'#')
            fail(m_pos, Sentence("DistinguishedName",
                                 "values in #hex (BER) form are not accepted: type the text "
                                 "itself (write \\# for a value that starts with '#')"));
        if (!atEnd() && m_text[m_pos] == u'"')
            fail(m_pos, Sentence("DistinguishedName",
                                 "quoted values are not RFC 4514: remove the quotes and "
                                 "escape ',' '+' '\"' '\\' ';' '<' '>' with a backslash"));
        QString value;
        qsizetype keepLength = 0; // length without unescaped trailing spaces
        QByteArray pendingBytes;  // \XX pairs, decoded as UTF-8 when they end
        qsizetype pendingStart = -1;
        auto flushBytes = [&]() {
            if (pendingBytes.isEmpty())
                return;
            const QString decoded = QString::fromUtf8(pendingBytes);
            if (decoded.toUtf8() != pendingBytes || decoded.contains(QChar::ReplacementCharacter))
                fail(pendingStart,
                     Sentence("DistinguishedName", "the escaped bytes are not valid UTF-8"));
            value += decoded;
            keepLength = value.size();
            pendingBytes.clear();
        };
        while (!atEnd()) {
            const QChar c = m_text[m_pos];
            if (c == u',' || c == u'+')
                break;
            if (c == u'\\') {
                const qsizetype at = m_pos;
                if (m_pos + 1 >= m_text.size())
                    fail(at, Sentence("DistinguishedName", "'\\' at the end: escape what?"));
                const QChar n = m_text[m_pos + 1];
                if (isHex(n)) {
                    if (m_pos + 2 >= m_text.size() || !isHex(m_text[m_pos + 2]))
                        fail(at, Sentence("DistinguishedName",
                                          "'\\%1' must be followed by a second hex digit "
                                          "(\\XX) or be a special character")
                                     .arg(n));
                    if (pendingBytes.isEmpty())
                        pendingStart = at;
                    pendingBytes.append(
                        char(QStringView(m_text).mid(m_pos + 1, 2).toUInt(nullptr, 16)));
                    m_pos += 3;
                    continue;
                }
                flushBytes();
                if (!QStringView(u"\"+,;<>\\ #=").contains(n))
                    fail(at, Sentence("DistinguishedName",
                                      "'\\%1' is not an escape: escape only "
                                      "\" + , ; < > \\ space # = or a hex pair \\XX")
                                 .arg(n));
                value += n;
                keepLength = value.size();
                m_pos += 2;
                continue;
            }
            flushBytes();
            if (c == u'"' || c == u';' || c == u'<' || c == u'>')
                fail(m_pos,
                     Sentence("DistinguishedName", "%1 must be escaped as \\%2 inside a value")
                         .arg(describeChar(c), c));
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                fail(m_pos, Sentence("DistinguishedName", "control character %1 in the value of %2")
                                .arg(describeChar(c), key));
            if (c.isHighSurrogate() &&
                (m_pos + 1 >= m_text.size() || !m_text[m_pos + 1].isLowSurrogate()))
                fail(m_pos, Sentence("DistinguishedName", "broken UTF-16 surrogate pair"));
            value += c;
            if (c != u' ')
                keepLength = value.size();
            ++m_pos;
        }
        flushBytes();
        value.truncate(keepLength);
        return value;
    }

    static bool isHex(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
    }

    void checkValue(const DnAttribute& attr, qsizetype at) const
    {
        const QString& v = attr.value;
        if (v.isEmpty())
            fail(at, Sentence("DistinguishedName", "%1 has no value").arg(attr.name));
        const AttributeSpec* spec = specByOid(attr.oid);
        const qsizetype length = v.toUcs4().size();
        const int max = spec ? spec->maxLength : kMaxOtherValueLength;
        if (attr.name == u"C") {
            if (length != 2 || !v[0].isUpper() || !v[1].isUpper() || v[0].unicode() > 'Z' ||
                v[1].unicode() > 'Z')
                fail(at, Sentence("DistinguishedName",
                                  "C (country) must be two capital letters as in ISO 3166, "
                                  "for example C=DE, not '%1'")
                             .arg(v));
            return;
        }
        if (length > max)
            fail(at, Sentence("DistinguishedName",
                              "the value of %1 has %2 characters; at most %3 are allowed")
                         .arg(attr.name)
                         .arg(length)
                         .arg(max));
        for (qsizetype i = 0; i < v.size(); ++i) {
            const QChar c = v[i];
            if (c.unicode() == 0)
                fail(at, Sentence("DistinguishedName", "the value of %1 contains a NUL character")
                             .arg(attr.name));
            if (attr.type == DnStringType::Ia5 && c.unicode() > 0x7f)
                fail(at,
                     Sentence("DistinguishedName", "%1 takes ASCII characters only, not %2 (write "
                                                   "internationalised domains in their xn-- form)")
                         .arg(attr.name, describeChar(c)));
            if (attr.type == DnStringType::Printable && !isPrintableStringChar(c))
                fail(at, Sentence("DistinguishedName",
                                  "%1 takes only letters, digits, space and '()+,-./:=? "
                                  "(PrintableString), not %2")
                             .arg(attr.name, describeChar(c)));
        }
        if (attr.name == u"DC") {
            static const QRegularExpression label(
                QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"));
            if (!label.match(v).hasMatch())
                fail(at, Sentence("DistinguishedName",
                                  "DC takes one domain label (letters, digits, '-'; no dots: "
                                  "write DC=example,DC=com), not '%1'")
                             .arg(v));
        }
        if (attr.name == u"emailAddress") {
            const qsizetype atSign = v.indexOf(u'@');
            if (atSign <= 0 || atSign != v.lastIndexOf(u'@') || atSign == v.size() - 1 ||
                v.contains(u' '))
                fail(at,
                     Sentence("DistinguishedName", "'%1' is not an e-mail address (name@domain)")
                         .arg(v));
        }
    }

    const QString& m_text;
    qsizetype m_pos = 0;
};

// RFC 4514 2.4 escaping, as OpenSSL's RFC2253 output does it (so a subject typed in
// canonical form prints back identically): the special characters with a backslash,
// a leading '#' or space and a trailing space, control characters as \XX.
QString escapeValue(const QString& value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        const bool edgeSpace = c == u' ' && (i == 0 || i == value.size() - 1);
        if (QStringView(u",+\"\\<>;").contains(c) || edgeSpace || (c == u'#' && i == 0)) {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += QStringLiteral("\\%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

int asn1Type(DnStringType type)
{
    switch (type) {
    case DnStringType::Printable: return V_ASN1_PRINTABLESTRING;
    case DnStringType::Ia5: return V_ASN1_IA5STRING;
    case DnStringType::Utf8: return V_ASN1_UTF8STRING;
    }
    return V_ASN1_UTF8STRING;
}

} // namespace

QString DistinguishedName::value(const QString& nameOrOid) const
{
    for (const RelativeDistinguishedName& rdn : rdns) {
        for (const DnAttribute& attr : rdn.attributes) {
            if (attr.oid == nameOrOid || attr.name.compare(nameOrOid, Qt::CaseInsensitive) == 0)
                return attr.value;
        }
    }
    return {};
}

QString DistinguishedName::toString() const
{
    QStringList parts;
    for (const RelativeDistinguishedName& rdn : rdns) {
        QStringList avas;
        for (const DnAttribute& attr : rdn.attributes) {
            avas.append(attr.name + u'=' + (attr.berValue ? attr.value : escapeValue(attr.value)));
        }
        parts.append(avas.join(u'+'));
    }
    return parts.join(u',');
}

QByteArray DistinguishedName::toDer() const
{
    ossl::ErrorQueueGuard guard;
    ossl::Owned<X509_NAME> name(X509_NAME_new());
    if (!name)
        ossl::internal("allocate a name");
    for (auto rdn = rdns.crbegin(); rdn != rdns.crend(); ++rdn) {
        bool first = true;
        for (const DnAttribute& attr : rdn->attributes) {
            const auto obj = ossl::oidObject(attr.oid);
            const QByteArray bytes = attr.value.toUtf8();
            // set 0: a new RDN; -1: add to the RDN just added (multi-valued).
            if (X509_NAME_add_entry_by_OBJ(
                    name.get(), obj.get(), asn1Type(attr.type),
                    reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()),
                    -1, first ? 0 : -1) != 1)
                ossl::fail(
                    ErrorCode::InvalidInput,
                    Sentence("DistinguishedName", "The subject attribute %1 cannot be encoded")
                        .arg(attr.name));
            first = false;
        }
    }
    return ossl::toDer(name.get(), i2d_X509_NAME);
}

DistinguishedName parseDistinguishedName(const QString& text)
{
    if (text.size() > kMaxSubjectLength)
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("DistinguishedName", "Subject: it has %1 characters; at most %2 are accepted.")
                .arg(text.size())
                .arg(kMaxSubjectLength));
    DistinguishedName dn = Parser(text).parse();
    const qsizetype canonical = dn.toString().size();
    if (canonical > kMaxSubjectLength)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("DistinguishedName",
                             "Subject: written out with full attribute names it has %1 "
                             "characters; at most %2 are accepted.")
                        .arg(canonical)
                        .arg(kMaxSubjectLength));
    return dn;
}

DistinguishedName distinguishedNameFromDer(const QByteArray& nameDer)
{
    ossl::ErrorQueueGuard guard;
    const auto name = ossl::fromDer<X509_NAME>(nameDer, d2i_X509_NAME);
    if (!name)
        ossl::fail(ErrorCode::InvalidInput,
                   Sentence("DistinguishedName", "The distinguished name is not valid DER"));
    DistinguishedName dn;
    QList<RelativeDistinguishedName> encodingOrder;
    int lastSet = -1;
    for (int i = 0; i < X509_NAME_entry_count(name.get()); ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name.get(), i);
        const int set = X509_NAME_ENTRY_set(entry);
        if (set != lastSet || encodingOrder.isEmpty())
            encodingOrder.append(RelativeDistinguishedName{});
        lastSet = set;
        DnAttribute attr;
        attr.oid = ossl::oidText(X509_NAME_ENTRY_get_object(entry));
        const AttributeSpec* spec = specByOid(attr.oid);
        attr.name = spec ? QLatin1String(spec->name) : attr.oid;
        const ASN1_STRING* data = X509_NAME_ENTRY_get_data(entry);
        const int type = ASN1_STRING_type(data);
        attr.type = type == V_ASN1_PRINTABLESTRING ? DnStringType::Printable
                    : type == V_ASN1_IA5STRING     ? DnStringType::Ia5
                                                   : DnStringType::Utf8;
        unsigned char* utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, data);
        if (len >= 0) {
            attr.value = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
            OPENSSL_free(utf8);
        } else {
            ERR_clear_error();
            // Not a string type: RFC 4514 2.4 says "#" and the hex of the BER encoding.
            ossl::Owned<ASN1_TYPE> any(ASN1_TYPE_new());
            if (!any || ASN1_TYPE_set1(any.get(), type, data) != 1)
                ossl::internal("copy a name attribute");
            attr.name = attr.oid;
            attr.berValue = true;
            attr.value = u'#' + ossl::hexUpper(ossl::toDer(any.get(), i2d_ASN1_TYPE));
        }
        encodingOrder.last().attributes.append(attr);
    }
    std::reverse(encodingOrder.begin(), encodingOrder.end());
    dn.rdns = encodingOrder;
    return dn;
}

QString formatDistinguishedName(const QByteArray& nameDer)
{
    return distinguishedNameFromDer(nameDer).toString();
}

QStringList knownDnAttributeNames()
{
    QStringList names;
    for (const AttributeSpec& spec : kAttributes)
        names.append(QLatin1String(spec.name));
    return names;
}

} // namespace tpmvsc
