#include "SubjectAltName.h"

#include "core/util/Error.h"

#include <QRegularExpression>
#include <QUrl>

namespace tpmvsc {

namespace {

// RFC 1035 limits; RFC 5321 4.5.3.1 for e-mail addresses.
constexpr int kMaxDnsName = 253;
constexpr int kMaxLabel = 63;
constexpr int kMaxEmail = 254;
constexpr int kMaxEmailLocal = 64;
// Active Directory's userPrincipalName is at most 1024 characters; real ones are short.
constexpr int kMaxUpn = 1024;

[[noreturn]] void refuse(const QString& text, const Sentence& what)
{
    throw Error(
        ErrorCode::InvalidInput,
        Sentence("SubjectAltName", "Subject alternative name \"%1\": %2.").arg(text).arg(what));
}

// The ASCII form of a domain, every label checked; empty with `problem` set otherwise.
QString asciiDomain(const QString& domain, bool allowWildcard, Sentence* problem)
{
    if (domain.isEmpty()) {
        *problem = Sentence("SubjectAltName", "the domain is missing");
        return {};
    }
    if (domain.endsWith(u'.')) {
        *problem = Sentence("SubjectAltName", "the domain ends with a dot");
        return {};
    }
    QString ascii = domain;
    bool isAscii = true;
    for (QChar c : domain)
        isAscii = isAscii && c.unicode() < 0x80;
    if (!isAscii) {
        ascii = QString::fromLatin1(QUrl::toAce(domain, QUrl::AceTransitionalProcessing));
        if (ascii.isEmpty()) {
            *problem = Sentence("SubjectAltName", "'%1' is not a valid internationalised domain")
                           .arg(domain);
            return {};
        }
    }
    if (ascii.size() > kMaxDnsName) {
        *problem =
            Sentence("SubjectAltName", "the domain has %1 characters; at most %2 are allowed")
                .arg(ascii.size())
                .arg(kMaxDnsName);
        return {};
    }
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"));
    const QStringList labels = ascii.split(u'.');
    for (int i = 0; i < labels.size(); ++i) {
        const QString& l = labels[i];
        if (l == u"*" && i == 0 && allowWildcard && labels.size() > 2)
            continue;
        if (l.isEmpty()) {
            *problem =
                Sentence("SubjectAltName", "the domain has an empty label (two dots in a row, or a "
                                           "leading dot)");
            return {};
        }
        if (l.size() > kMaxLabel) {
            *problem = Sentence("SubjectAltName", "the label '%1' is longer than %2 characters")
                           .arg(l)
                           .arg(kMaxLabel);
            return {};
        }
        if (!label.match(l).hasMatch()) {
            *problem = Sentence("SubjectAltName",
                                "the label '%1' may hold only letters, digits and '-' (not "
                                "first or last)")
                           .arg(l);
            return {};
        }
    }
    return ascii;
}

SubjectAltName parseUpn(const QString& text, const QString& value)
{
    if (value.size() > kMaxUpn)
        refuse(text, Sentence("SubjectAltName", "a UPN has at most %1 characters").arg(kMaxUpn));
    const qsizetype at = value.lastIndexOf(u'@');
    if (at < 0)
        refuse(text, Sentence("SubjectAltName",
                              "a UPN is user@realm (for example alice@example.com); the "
                              "'@' and realm are missing"));
    const QString user = value.left(at);
    const QString realm = value.mid(at + 1);
    if (user.isEmpty())
        refuse(text, Sentence("SubjectAltName", "the user part before '@' is empty"));
    for (QChar c : user) {
        if (c.isSpace() || c.unicode() < 0x20 || c == u'@')
            refuse(text, Sentence("SubjectAltName",
                                  "the user part may not contain spaces, control characters "
                                  "or a second '@'"));
    }
    Sentence problem;
    if (asciiDomain(realm, false, &problem).isEmpty())
        refuse(text, Sentence("SubjectAltName", "the realm after '@': %1").arg(problem));
    // The UPN keeps the realm as typed: it is a UTF8String matched against the directory.
    return SubjectAltName{SanType::Upn, value};
}

SubjectAltName parseEmail(const QString& text, const QString& value)
{
    const qsizetype at = value.lastIndexOf(u'@');
    if (at < 0)
        refuse(text,
               Sentence("SubjectAltName", "an e-mail address is name@domain; the '@' is missing"));
    const QString local = value.left(at);
    if (local.isEmpty())
        refuse(text, Sentence("SubjectAltName", "the name before '@' is empty"));
    if (local.size() > kMaxEmailLocal)
        refuse(text, Sentence("SubjectAltName", "the name before '@' has more than %1 characters")
                         .arg(kMaxEmailLocal));
    for (QChar c : local) {
        if (c.unicode() >= 0x80)
            refuse(text,
                   Sentence("SubjectAltName", "certificates carry e-mail addresses in ASCII only "
                                              "(rfc822Name); %1 is not ASCII")
                       .arg(c));
        if (c.isSpace() || c.unicode() < 0x20 || c == u'@' || c == u'"' || c == u'\\' ||
            c == u'<' || c == u'>' || c == u'(' || c == u')' || c == u',' || c == u';' ||
            c == u':' || c == u'[' || c == u']')
            refuse(text, Sentence("SubjectAltName", "the name before '@' contains '%1'").arg(c));
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringLiteral("..")))
        refuse(text, Sentence("SubjectAltName", "the name before '@' has a misplaced dot"));
    Sentence problem;
    const QString domain = asciiDomain(value.mid(at + 1), false, &problem);
    if (domain.isEmpty())
        refuse(text, Sentence("SubjectAltName", "the domain after '@': %1").arg(problem));
    const QString address = local + u'@' + domain;
    if (address.size() > kMaxEmail)
        refuse(text, Sentence("SubjectAltName", "an e-mail address has at most %1 characters")
                         .arg(kMaxEmail));
    return SubjectAltName{SanType::Email, address};
}

SubjectAltName parseDns(const QString& text, const QString& value)
{
    Sentence problem;
    const QString name = asciiDomain(value, true, &problem);
    if (name.isEmpty())
        refuse(text, problem);
    return SubjectAltName{SanType::Dns, name};
}

} // namespace

QString SubjectAltName::toString() const
{
    return sanTypeName(type) + u':' + value;
}

QString sanTypeName(SanType type)
{
    switch (type) {
    case SanType::Upn: return QStringLiteral("upn");
    case SanType::Email: return QStringLiteral("email");
    case SanType::Dns: return QStringLiteral("dns");
    }
    return {};
}

Sentence sanTypeDisplayName(SanType type)
{
    switch (type) {
    case SanType::Upn: return Sentence("SubjectAltName", "user principal name (UPN)");
    case SanType::Email: return Sentence("SubjectAltName", "e-mail address");
    case SanType::Dns: return Sentence("SubjectAltName", "DNS name");
    }
    return {};
}

bool parseSanType(const QString& text, SanType* out)
{
    const QString t = text.trimmed().toLower();
    if (t == u"upn" || t == u"msupn") {
        *out = SanType::Upn;
    } else if (t == u"email" || t == u"e-mail" || t == u"rfc822") {
        *out = SanType::Email;
    } else if (t == u"dns") {
        *out = SanType::Dns;
    } else {
        return false;
    }
    return true;
}

SubjectAltName parseSubjectAltName(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        refuse(text, Sentence("SubjectAltName",
                              "write the kind first: upn:user@realm, email:name@domain or "
                              "dns:host.domain"));
    SanType type;
    if (!parseSanType(text.left(colon), &type))
        refuse(text,
               Sentence("SubjectAltName", "'%1' is not a kind of name this program requests (upn, "
                                          "email, dns)")
                   .arg(text.left(colon)));
    const QString value = text.mid(colon + 1).trimmed();
    if (value.isEmpty())
        refuse(text, Sentence("SubjectAltName", "the value after ':' is empty"));
    switch (type) {
    case SanType::Upn: return parseUpn(text, value);
    case SanType::Email: return parseEmail(text, value);
    case SanType::Dns: return parseDns(text, value);
    }
    refuse(text, Sentence("SubjectAltName", "unknown kind"));
}

QList<SubjectAltName> parseSubjectAltNames(const QStringList& texts)
{
    QList<SubjectAltName> out;
    for (const QString& text : texts) {
        const SubjectAltName san = parseSubjectAltName(text);
        for (const SubjectAltName& other : out) {
            if (other.type == san.type && other.value.compare(san.value, Qt::CaseInsensitive) == 0)
                refuse(text, Sentence("SubjectAltName", "the same name is given twice"));
        }
        out.append(san);
    }
    return out;
}

} // namespace tpmvsc
