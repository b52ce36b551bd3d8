// Built-in templates and the user template file format (doc/templates.md has the full
// description and an example). In short, one JSON object per *.json file:
//   {
//     "formatVersion": 1,                      required, 1
//     "id": "vpn-client",                      required, [a-z0-9-], 1..32 characters
//     "displayName": "VPN client",             required
//     "description": "Logs on to the VPN.",    optional
//     "keyUsage": ["digitalSignature"],        required, not empty
//     "rsaKeyUsage": ["keyEncipherment"],      optional, added for RSA keys
//     "extendedKeyUsage": ["clientAuth"],      optional; short names or dotted OIDs
//     "keyAlgorithms": ["rsa2048", "p256"],    required, not empty; first = default
//     "minimumRsaBits": 2048,                  optional, 2048..16384
//     "minimumEcBits": 256,                    optional, 256..521
//     "digest": "sha256",                      optional; default sha256, sha384 for P-384
//     "subjectAltNames": {"upn": "optional", "email": "required", "dns": "not-allowed"},
//                                              optional; a kind left out is not allowed
//     "validityDays": 365                      optional, 1..3650 (self-signed certificates)
//   }
// Parsing is strict: an unknown member, a wrong type or an unknown value refuses the
// file with a sentence naming the file and the member, so a typo never silently turns
// into a certificate with other usages.
#include "CertificateTemplate.h"

#include "Oid.h"
#include "core/util/Error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

namespace tpmvsc {

namespace {

constexpr qint64 kMaxTemplateFileSize = 64 * 1024;

struct KeyUsageName {
    KeyUsage usage;
    const char* name;
};
constexpr KeyUsageName kKeyUsageNames[] = {
    {KeyUsage::DigitalSignature, "digitalSignature"},
    {KeyUsage::NonRepudiation, "nonRepudiation"},
    {KeyUsage::KeyEncipherment, "keyEncipherment"},
    {KeyUsage::DataEncipherment, "dataEncipherment"},
    {KeyUsage::KeyAgreement, "keyAgreement"},
    {KeyUsage::KeyCertSign, "keyCertSign"},
    {KeyUsage::CrlSign, "cRLSign"},
    {KeyUsage::EncipherOnly, "encipherOnly"},
    {KeyUsage::DecipherOnly, "decipherOnly"},
};

struct EkuName {
    const char* oid;
    const char* shortName; // as OpenSSL spells it
};
constexpr const char* kDocumentSigning = "1.3.6.1.4.1.311.10.3.12";
constexpr const char* kEfs = "1.3.6.1.4.1.311.10.3.4";
constexpr EkuName kEkuNames[] = {
    {eku::kServerAuth, "serverAuth"},
    {eku::kClientAuth, "clientAuth"},
    {eku::kCodeSigning, "codeSigning"},
    {eku::kEmailProtection, "emailProtection"},
    {eku::kTimeStamping, "timeStamping"},
    {eku::kOcspSigning, "OCSPSigning"},
    {eku::kSmartcardLogon, "smartcardLogon"},
    {eku::kPkinitClient, "pkinitClient"},
    {eku::kAnyExtendedKeyUsage, "anyExtendedKeyUsage"},
    {kDocumentSigning, "msDocumentSigning"},
    {kEfs, "msEFS"},
};

// The words for a known purpose; empty for other OIDs.
Sentence ekuDisplay(const QString& oid)
{
    if (oid == QLatin1String(eku::kServerAuth))
        return Sentence("CertificateTemplate", "TLS server authentication");
    if (oid == QLatin1String(eku::kClientAuth))
        return Sentence("CertificateTemplate", "TLS client authentication");
    if (oid == QLatin1String(eku::kCodeSigning))
        return Sentence("CertificateTemplate", "Code signing");
    if (oid == QLatin1String(eku::kEmailProtection))
        return Sentence("CertificateTemplate", "E-mail protection");
    if (oid == QLatin1String(eku::kTimeStamping))
        return Sentence("CertificateTemplate", "Time stamping");
    if (oid == QLatin1String(eku::kOcspSigning))
        return Sentence("CertificateTemplate", "OCSP signing");
    if (oid == QLatin1String(eku::kSmartcardLogon))
        return Sentence("CertificateTemplate", "Smart card logon");
    if (oid == QLatin1String(eku::kPkinitClient))
        return Sentence("CertificateTemplate", "Kerberos client authentication (PKINIT)");
    if (oid == QLatin1String(eku::kAnyExtendedKeyUsage))
        return Sentence("CertificateTemplate", "Any purpose");
    if (oid == QLatin1String(kDocumentSigning))
        return Sentence("CertificateTemplate", "Document signing");
    if (oid == QLatin1String(kEfs))
        return Sentence("CertificateTemplate", "Encrypting file system");
    return {};
}

// "a, b, c": the items said one after the other.
Sentence listed(const QList<Sentence>& items)
{
    Sentence out;
    for (const Sentence& item : items)
        out = out.isEmpty() ? item : Sentence("CertificateTemplate", "%1, %2").arg(out).arg(item);
    return out;
}

QString keyAlgorithmDisplay(KeyAlgorithm alg)
{
    switch (alg) {
    case KeyAlgorithm::Rsa2048: return QStringLiteral("RSA 2048");
    case KeyAlgorithm::Rsa3072: return QStringLiteral("RSA 3072");
    case KeyAlgorithm::EccP256: return QStringLiteral("ECDSA P-256");
    case KeyAlgorithm::EccP384: return QStringLiteral("ECDSA P-384");
    }
    return {};
}

int keyBits(KeyAlgorithm alg)
{
    switch (alg) {
    case KeyAlgorithm::Rsa2048: return 2048;
    case KeyAlgorithm::Rsa3072: return 3072;
    case KeyAlgorithm::EccP256: return 256;
    case KeyAlgorithm::EccP384: return 384;
    }
    return 0;
}

const QList<KeyAlgorithm> kAllAlgorithms = {KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072,
                                            KeyAlgorithm::EccP256, KeyAlgorithm::EccP384};

QString sanRuleName(SanRule rule)
{
    switch (rule) {
    case SanRule::NotAllowed: return QStringLiteral("not-allowed");
    case SanRule::Optional: return QStringLiteral("optional");
    case SanRule::Required: return QStringLiteral("required");
    }
    return {};
}

// Strict reading of one template object; every message starts with the file name.
class TemplateReader
{
public:
    TemplateReader(const QJsonObject& object, const QString& source)
        : m_object(object), m_source(source)
    {}

    CertificateTemplate read()
    {
        static const QStringList known = {
            QStringLiteral("formatVersion"),    QStringLiteral("id"),
            QStringLiteral("displayName"),      QStringLiteral("description"),
            QStringLiteral("keyUsage"),         QStringLiteral("rsaKeyUsage"),
            QStringLiteral("extendedKeyUsage"), QStringLiteral("keyAlgorithms"),
            QStringLiteral("minimumRsaBits"),   QStringLiteral("minimumEcBits"),
            QStringLiteral("digest"),           QStringLiteral("subjectAltNames"),
            QStringLiteral("validityDays"),
        };
        for (const QString& key : m_object.keys()) {
            if (!known.contains(key))
                fail(Sentence("CertificateTemplate", "unknown member \"%1\" (the members are: %2)")
                         .arg(key, known.join(QStringLiteral(", "))));
        }
        const int version = integer(QStringLiteral("formatVersion"), 1, 1, true, 1);
        Q_UNUSED(version);
        CertificateTemplate t;
        t.sourceFile = m_source;
        t.id = string(QStringLiteral("id"), true);
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,31}$"));
        if (!idPattern.match(t.id).hasMatch())
            fail(Sentence("CertificateTemplate",
                          "\"id\" must be 1 to 32 lower-case letters, digits or '-' (it is "
                          "typed on the command line), not \"%1\"")
                     .arg(t.id));
        t.displayName = string(QStringLiteral("displayName"), true);
        t.description = string(QStringLiteral("description"), false);
        t.keyUsage = keyUsages(QStringLiteral("keyUsage"), true);
        t.rsaExtraKeyUsage = keyUsages(QStringLiteral("rsaKeyUsage"), false);
        for (const QString& text : strings(QStringLiteral("extendedKeyUsage"), false)) {
            QString oid;
            if (!parseExtendedKeyUsage(text, &oid))
                fail(Sentence("CertificateTemplate",
                              "\"extendedKeyUsage\": \"%1\" is neither a known name "
                              "(clientAuth, serverAuth, emailProtection, smartcardLogon, "
                              "codeSigning, ...) nor a dotted OID")
                         .arg(text));
            if (t.extendedKeyUsage.contains(oid))
                fail(Sentence("CertificateTemplate", "\"extendedKeyUsage\": \"%1\" is listed twice")
                         .arg(text));
            t.extendedKeyUsage.append(oid);
        }
        for (const QString& text : strings(QStringLiteral("keyAlgorithms"), true)) {
            KeyAlgorithm alg;
            if (!parseKeyAlgorithm(text, &alg))
                fail(Sentence("CertificateTemplate",
                              "\"keyAlgorithms\": \"%1\" is not a card key type (rsa2048, "
                              "rsa3072, p256, p384)")
                         .arg(text));
            if (t.keyAlgorithms.contains(alg))
                fail(Sentence("CertificateTemplate", "\"keyAlgorithms\": \"%1\" is listed twice")
                         .arg(text));
            t.keyAlgorithms.append(alg);
        }
        t.minimumRsaBits = integer(QStringLiteral("minimumRsaBits"), 2048, 16384, false, 2048);
        t.minimumEcBits = integer(QStringLiteral("minimumEcBits"), 256, 521, false, 256);
        if (m_object.contains(QStringLiteral("digest"))) {
            const QString text = string(QStringLiteral("digest"), true);
            HashAlgorithm digest;
            if (!parseHashAlgorithm(text, &digest))
                fail(Sentence("CertificateTemplate",
                              "\"digest\": \"%1\" is not sha256, sha384 or sha512")
                         .arg(text));
            t.digest = digest;
        }
        readSans(t);
        t.validityDays = integer(QStringLiteral("validityDays"), 1, 3650, false, 365);
        bool anyUsable = false;
        for (KeyAlgorithm alg : t.keyAlgorithms) {
            anyUsable =
                anyUsable || keyBits(alg) >= (isRsa(alg) ? t.minimumRsaBits : t.minimumEcBits);
        }
        if (!anyUsable)
            fail(Sentence("CertificateTemplate",
                          "no key type in \"keyAlgorithms\" meets the minimum sizes"));
        return t;
    }

private:
    [[noreturn]] void fail(const Sentence& what) const
    {
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CertificateTemplate", "Certificate template %1: %2.")
                        .arg(m_source)
                        .arg(what));
    }

    QString string(const QString& key, bool required) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(Sentence("CertificateTemplate", "the member \"%1\" is missing").arg(key));
            return {};
        }
        if (!v.isString())
            fail(Sentence("CertificateTemplate", "\"%1\" must be a string").arg(key));
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            fail(Sentence("CertificateTemplate", "\"%1\" is empty").arg(key));
        if (s.size() > 256)
            fail(Sentence("CertificateTemplate", "\"%1\" is longer than 256 characters").arg(key));
        return s;
    }

    QStringList strings(const QString& key, bool required) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(Sentence("CertificateTemplate", "the member \"%1\" is missing").arg(key));
            return {};
        }
        if (!v.isArray())
            fail(Sentence("CertificateTemplate", "\"%1\" must be an array of strings").arg(key));
        QStringList out;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                fail(
                    Sentence("CertificateTemplate", "\"%1\" must be an array of strings").arg(key));
            out.append(item.toString());
        }
        if (required && out.isEmpty())
            fail(Sentence("CertificateTemplate", "\"%1\" is empty").arg(key));
        return out;
    }

    int integer(const QString& key, int min, int max, bool required, int fallback) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(Sentence("CertificateTemplate", "the member \"%1\" is missing").arg(key));
            return fallback;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)))
            fail(Sentence("CertificateTemplate", "\"%1\" must be a whole number").arg(key));
        if (d < min || d > max)
            fail(Sentence("CertificateTemplate", "\"%1\" must be between %2 and %3, not %4")
                     .arg(key)
                     .arg(min)
                     .arg(max)
                     .arg(qint64(d)));
        return int(d);
    }

    QList<KeyUsage> keyUsages(const QString& key, bool required) const
    {
        QList<KeyUsage> out;
        for (const QString& text : strings(key, required)) {
            KeyUsage usage;
            if (!parseKeyUsage(text, &usage))
                fail(Sentence("CertificateTemplate",
                              "\"%1\": \"%2\" is not a key usage (digitalSignature, "
                              "nonRepudiation, keyEncipherment, dataEncipherment, "
                              "keyAgreement, ...)")
                         .arg(key, text));
            if (usage == KeyUsage::KeyCertSign || usage == KeyUsage::CrlSign)
                fail(Sentence("CertificateTemplate",
                              "\"%1\": \"%2\" is for CA certificates; a card certificate is "
                              "not a CA")
                         .arg(key, text));
            if (out.contains(usage))
                fail(Sentence("CertificateTemplate", "\"%1\": \"%2\" is listed twice")
                         .arg(key, text));
            out.append(usage);
        }
        return out;
    }

    void readSans(CertificateTemplate& t) const
    {
        const QJsonValue v = m_object.value(QStringLiteral("subjectAltNames"));
        if (v.isUndefined())
            return;
        if (!v.isObject())
            fail(Sentence("CertificateTemplate",
                          "\"subjectAltNames\" must be an object such as {\"upn\": "
                          "\"optional\"}"));
        const QJsonObject sans = v.toObject();
        for (const QString& kind : sans.keys()) {
            SanType type;
            if (!parseSanType(kind, &type) || kind != sanTypeName(type))
                fail(Sentence("CertificateTemplate",
                              "\"subjectAltNames\": unknown kind \"%1\" (upn, email, dns)")
                         .arg(kind));
            const QJsonValue ruleValue = sans.value(kind);
            SanRule rule = SanRule::NotAllowed;
            bool known = false;
            for (SanRule r : {SanRule::NotAllowed, SanRule::Optional, SanRule::Required}) {
                if (ruleValue.isString() && ruleValue.toString() == sanRuleName(r)) {
                    rule = r;
                    known = true;
                }
            }
            if (!known)
                fail(Sentence("CertificateTemplate",
                              "\"subjectAltNames\": \"%1\" must be \"required\", "
                              "\"optional\" or \"not-allowed\"")
                         .arg(kind));
            (type == SanType::Upn ? t.upn : type == SanType::Email ? t.email : t.dns) = rule;
        }
    }

    const QJsonObject& m_object;
    QString m_source;
};

// "a DNS name", "an e-mail address".
Sentence withArticle(SanType type)
{
    switch (type) {
    case SanType::Upn: return Sentence("CertificateTemplate", "a user principal name (UPN)");
    case SanType::Email: return Sentence("CertificateTemplate", "an e-mail address");
    case SanType::Dns: return Sentence("CertificateTemplate", "a DNS name");
    }
    return {};
}

QString sanExample(SanType type)
{
    switch (type) {
    case SanType::Upn: return QStringLiteral("upn:user@realm");
    case SanType::Email: return QStringLiteral("email:name@domain");
    case SanType::Dns: return QStringLiteral("dns:host.domain");
    }
    return {};
}

} // namespace

QString keyUsageName(KeyUsage usage)
{
    for (const KeyUsageName& k : kKeyUsageNames) {
        if (k.usage == usage)
            return QLatin1String(k.name);
    }
    return {};
}

bool parseKeyUsage(const QString& text, KeyUsage* out)
{
    const QString t = text.trimmed();
    for (const KeyUsageName& k : kKeyUsageNames) {
        if (t.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0) {
            *out = k.usage;
            return true;
        }
    }
    if (t.compare(u"contentCommitment", Qt::CaseInsensitive) == 0) {
        *out = KeyUsage::NonRepudiation;
        return true;
    }
    return false;
}

Sentence extendedKeyUsageDisplayName(const QString& oid)
{
    const Sentence known = ekuDisplay(oid);
    return known.isEmpty() ? Sentence::literal(oid) : known;
}

bool parseExtendedKeyUsage(const QString& text, QString* oidOut)
{
    const QString t = text.trimmed();
    for (const EkuName& e : kEkuNames) {
        if (t.compare(QLatin1String(e.shortName), Qt::CaseInsensitive) == 0 ||
            t == QLatin1String(e.oid)) {
            *oidOut = QLatin1String(e.oid);
            return true;
        }
    }
    if (t.compare(u"msSmartcardLogin", Qt::CaseInsensitive) == 0) {
        *oidOut = QLatin1String(eku::kSmartcardLogon);
        return true;
    }
    if (isValidDottedOid(t)) {
        *oidOut = t;
        return true;
    }
    return false;
}

QList<KeyUsage> CertificateTemplate::keyUsageFor(KeyAlgorithm alg) const
{
    QList<KeyUsage> out = keyUsage;
    if (isRsa(alg)) {
        for (KeyUsage u : rsaExtraKeyUsage) {
            if (!out.contains(u))
                out.append(u);
        }
    }
    return out;
}

HashAlgorithm CertificateTemplate::digestFor(KeyAlgorithm alg) const
{
    if (digest)
        return *digest;
    return alg == KeyAlgorithm::EccP384 ? HashAlgorithm::Sha384 : HashAlgorithm::Sha256;
}

SanRule CertificateTemplate::sanRule(SanType type) const
{
    switch (type) {
    case SanType::Upn: return upn;
    case SanType::Email: return email;
    case SanType::Dns: return dns;
    }
    return SanRule::NotAllowed;
}

QList<CertificateTemplate> builtInTemplates()
{
    CertificateTemplate logon;
    logon.id = QStringLiteral("smartcardlogon");
    logon.displayName = QStringLiteral("Smartcard Logon");
    logon.description = QStringLiteral("Signs in to Windows domains and Linux (PAM, SSSD) with "
                                       "the card.");
    logon.keyUsage = {KeyUsage::DigitalSignature};
    logon.rsaExtraKeyUsage = {KeyUsage::KeyEncipherment};
    logon.extendedKeyUsage = {QLatin1String(eku::kClientAuth), QLatin1String(eku::kSmartcardLogon)};
    logon.keyAlgorithms = kAllAlgorithms;
    // The CA usually takes the UPN from the directory; a request may carry it.
    logon.upn = SanRule::Optional;
    logon.email = SanRule::Optional;

    CertificateTemplate signature = logon;
    signature.id = QStringLiteral("signature");
    signature.displayName = QStringLiteral("Signature and Smartcard Logon");
    signature.description = QStringLiteral("Signs documents (non-repudiation) and signs in with "
                                           "the card.");
    signature.keyUsage = {KeyUsage::DigitalSignature, KeyUsage::NonRepudiation};

    CertificateTemplate client;
    client.id = QStringLiteral("clientauth");
    client.displayName = QStringLiteral("Client authentication");
    client.description = QStringLiteral("Authenticates to TLS servers: VPN, Wi-Fi (EAP-TLS), web "
                                        "sites.");
    client.keyUsage = {KeyUsage::DigitalSignature};
    client.extendedKeyUsage = {QLatin1String(eku::kClientAuth)};
    client.keyAlgorithms = kAllAlgorithms;
    client.upn = SanRule::Optional;
    client.email = SanRule::Optional;
    client.dns = SanRule::Optional;

    CertificateTemplate smime;
    smime.id = QStringLiteral("smime");
    smime.displayName = QStringLiteral("E-mail protection (S/MIME)");
    smime.description = QStringLiteral("Signs e-mail and, with RSA keys, receives encrypted "
                                       "e-mail.");
    smime.keyUsage = {KeyUsage::DigitalSignature};
    smime.rsaExtraKeyUsage = {KeyUsage::KeyEncipherment};
    smime.extendedKeyUsage = {QLatin1String(eku::kEmailProtection)};
    smime.keyAlgorithms = kAllAlgorithms;
    smime.email = SanRule::Required;

    return {logon, signature, client, smime};
}

CertificateTemplate parseTemplateJson(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CertificateTemplate",
                             "Certificate template %1: not valid JSON at byte %2: %3.")
                        .arg(sourceName)
                        .arg(error.offset)
                        .arg(error.errorString()));
    if (!doc.isObject())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CertificateTemplate",
                             "Certificate template %1: the file must hold one JSON object {...}.")
                        .arg(sourceName));
    const QJsonObject object = doc.object();
    return TemplateReader(object, sourceName).read();
}

CertificateTemplate parseTemplateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::NotFound,
                    Sentence("CertificateTemplate", "Certificate template %1: cannot be read: %2.")
                        .arg(path, file.errorString()),
                    ErrorFacts().withFile(path));
    if (file.size() > kMaxTemplateFileSize)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CertificateTemplate",
                             "Certificate template %1: the file is larger than %2 KiB.")
                        .arg(path)
                        .arg(kMaxTemplateFileSize / 1024),
                    ErrorFacts().withFile(path).withLimit(kMaxTemplateFileSize));
    return parseTemplateJson(file.read(kMaxTemplateFileSize + 1), path);
}

QStringList defaultTemplateDirectories()
{
    QStringList dirs;
    const QString home = qEnvironmentVariable("TPMVSC_HOME");
    if (!home.isEmpty())
        dirs.append(home + QStringLiteral("/templates"));
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty())
        config = QDir::homePath() + QStringLiteral("/.config");
    dirs.append(config + QStringLiteral("/tpmvsc/templates"));
    dirs.append(QStringLiteral("/etc/tpmvsc/templates"));
    return dirs;
}

QByteArray templateFilesStamp(const QStringList& directories)
{
    QByteArray stamp;
    for (const QString& dirPath : directories) {
        const QFileInfoList files =
            QDir(dirPath).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        stamp += dirPath.toUtf8() + '\0';
        for (const QFileInfo& file : files) {
            // The change time moves with every write and rename, even one that keeps the
            // modification time (a copy with its times preserved).
            stamp += file.fileName().toUtf8() + '\0' + QByteArray::number(file.size()) + ' ' +
                     QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + ' ' +
                     QByteArray::number(
                         file.fileTime(QFileDevice::FileMetadataChangeTime).toMSecsSinceEpoch()) +
                     '\0';
        }
    }
    return stamp;
}

TemplateCatalog loadTemplates(const QStringList& directories)
{
    TemplateCatalog catalog;
    QSet<QString> ids;
    for (const QString& dirPath : directories) {
        QDir dir(dirPath);
        if (!dir.exists())
            continue;
        QSet<QString> idsHere;
        const QStringList files =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : files) {
            const QString path = dir.filePath(name);
            try {
                CertificateTemplate t = parseTemplateFile(path);
                if (idsHere.contains(t.id)) {
                    catalog.problems.append(
                        Sentence("CertificateTemplate",
                                 "Certificate template %1: another file in the same folder "
                                 "already defines \"%2\"; this one is ignored.")
                            .arg(path, t.id));
                    continue;
                }
                idsHere.insert(t.id);
                if (ids.contains(t.id))
                    continue; // an earlier folder takes precedence
                ids.insert(t.id);
                catalog.templates.append(t);
            } catch (const Error& e) {
                catalog.problems.append(e.sentence());
            }
        }
    }
    for (const CertificateTemplate& t : builtInTemplates()) {
        if (!ids.contains(t.id))
            catalog.templates.append(t);
    }
    return catalog;
}

const CertificateTemplate& findTemplate(const TemplateCatalog& catalog, const QString& name)
{
    const QString wanted = name.trimmed();
    for (const CertificateTemplate& t : catalog.templates) {
        if (t.id.compare(wanted, Qt::CaseInsensitive) == 0 ||
            t.displayName.compare(wanted, Qt::CaseInsensitive) == 0)
            return t;
    }
    QStringList names;
    for (const CertificateTemplate& t : catalog.templates)
        names.append(QStringLiteral("%1 (%2)").arg(t.id, t.displayName));
    throw Error(ErrorCode::NotFound,
                Sentence("CertificateTemplate", "There is no certificate template \"%1\". "
                                                "Templates: %2.")
                    .arg(wanted, names.join(QStringLiteral(", "))));
}

Sentence templateRefusal(const CertificateTemplate& tmpl, KeyAlgorithm alg,
                         const QList<SubjectAltName>& sans)
{
    const QString name = tmpl.displayName;
    if (!tmpl.keyAlgorithms.contains(alg)) {
        QStringList allowed;
        for (KeyAlgorithm a : tmpl.keyAlgorithms)
            allowed.append(keyAlgorithmDisplay(a));
        return Sentence("CertificateTemplate",
                        "The template \"%1\" does not take %2 keys; it takes %3.")
            .arg(name, keyAlgorithmDisplay(alg), allowed.join(QStringLiteral(", ")));
    }
    const int minimum = isRsa(alg) ? tmpl.minimumRsaBits : tmpl.minimumEcBits;
    if (keyBits(alg) < minimum)
        return Sentence("CertificateTemplate",
                        "The template \"%1\" needs %2 keys of at least %3 bits; an %4 key is "
                        "too small.")
            .arg(name, isRsa(alg) ? QStringLiteral("RSA") : QStringLiteral("ECDSA"))
            .arg(minimum)
            .arg(keyAlgorithmDisplay(alg));
    for (const SubjectAltName& san : sans) {
        if (tmpl.sanRule(san.type) == SanRule::NotAllowed) {
            QList<Sentence> taken;
            for (SanType t : {SanType::Upn, SanType::Email, SanType::Dns}) {
                if (tmpl.sanRule(t) != SanRule::NotAllowed)
                    taken.append(sanTypeDisplayName(t));
            }
            if (taken.isEmpty())
                return Sentence("CertificateTemplate",
                                "The template \"%1\" does not take %2 (%3); it takes no "
                                "alternative names.")
                    .arg(name)
                    .arg(withArticle(san.type))
                    .arg(san.toString());
            return Sentence("CertificateTemplate",
                            "The template \"%1\" does not take %2 (%3); it takes: %4.")
                .arg(name)
                .arg(withArticle(san.type))
                .arg(san.toString())
                .arg(listed(taken));
        }
    }
    for (SanType t : {SanType::Upn, SanType::Email, SanType::Dns}) {
        if (tmpl.sanRule(t) != SanRule::Required)
            continue;
        bool present = false;
        for (const SubjectAltName& san : sans)
            present = present || san.type == t;
        if (!present)
            return Sentence("CertificateTemplate",
                            "The template \"%1\" needs %2 as subject alternative name (%3).")
                .arg(name)
                .arg(withArticle(t))
                .arg(sanExample(t));
    }
    return {};
}

void checkTemplateAllows(const CertificateTemplate& tmpl, KeyAlgorithm alg,
                         const QList<SubjectAltName>& sans)
{
    const Sentence refusal = templateRefusal(tmpl, alg, sans);
    if (!refusal.isEmpty())
        throw Error(ErrorCode::InvalidInput, refusal);
}

} // namespace tpmvsc
