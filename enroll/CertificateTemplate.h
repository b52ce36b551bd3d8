// Certificate templates: what a certificate is for (key usage, extended key usage),
// which keys it may have and which subject alternative names it takes. Four are built
// in (as the walkthrough's CA offers them); users and administrators add their own as
// JSON files, format in doc/templates.md.
#pragma once

#include "Signer.h"
#include "SubjectAltName.h"
#include "core/store/CardRecord.h"
#include "core/util/Sentence.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tpmvsc {

// RFC 5280 4.2.1.3 bits.
enum class KeyUsage {
    DigitalSignature,
    NonRepudiation, // contentCommitment
    KeyEncipherment,
    DataEncipherment,
    KeyAgreement,
    KeyCertSign,
    CrlSign,
    EncipherOnly,
    DecipherOnly,
};
QString keyUsageName(KeyUsage usage);                   // "digitalSignature", ...
bool parseKeyUsage(const QString& text, KeyUsage* out); // case-insensitive

// Well-known extended key usages by OID.
namespace eku {
inline constexpr const char* kServerAuth = "1.3.6.1.5.5.7.3.1";
inline constexpr const char* kClientAuth = "1.3.6.1.5.5.7.3.2";
inline constexpr const char* kCodeSigning = "1.3.6.1.5.5.7.3.3";
inline constexpr const char* kEmailProtection = "1.3.6.1.5.5.7.3.4";
inline constexpr const char* kTimeStamping = "1.3.6.1.5.5.7.3.8";
inline constexpr const char* kOcspSigning = "1.3.6.1.5.5.7.3.9";
inline constexpr const char* kSmartcardLogon = "1.3.6.1.4.1.311.20.2.2"; // Microsoft
inline constexpr const char* kPkinitClient = "1.3.6.1.5.2.3.4";          // Kerberos
inline constexpr const char* kAnyExtendedKeyUsage = "2.5.29.37.0";
} // namespace eku
// "TLS client authentication", "Smart card logon", ...; the OID itself (a literal) when
// unknown.
Sentence extendedKeyUsageDisplayName(const QString& oid);
// Accepts a short name ("clientAuth", "emailProtection", "smartcardLogon", ...,
// case-insensitive) or a dotted OID; false otherwise.
bool parseExtendedKeyUsage(const QString& text, QString* oidOut);

enum class SanRule { NotAllowed, Optional, Required };

struct CertificateTemplate {
    QString id;          // stable, lower case, for the CLI: "smartcardlogon"
    QString displayName; // plain English: "Smartcard Logon" (the UI translates by id)
    QString description; // one sentence: what the certificate is for
    QString sourceFile;  // empty for built-ins

    QList<KeyUsage> keyUsage;          // for every key
    QList<KeyUsage> rsaExtraKeyUsage;  // added for RSA keys (keyEncipherment)
    QStringList extendedKeyUsage;      // dotted OIDs
    QList<KeyAlgorithm> keyAlgorithms; // allowed, in order of preference (first = default)
    int minimumRsaBits = 2048;
    int minimumEcBits = 256;
    std::optional<HashAlgorithm> digest; // unset: sha256, sha384 for P-384
    SanRule upn = SanRule::NotAllowed;
    SanRule email = SanRule::NotAllowed;
    SanRule dns = SanRule::NotAllowed;
    int validityDays = 365; // self-signed certificates made from this template

    QList<KeyUsage> keyUsageFor(KeyAlgorithm alg) const;
    HashAlgorithm digestFor(KeyAlgorithm alg) const;
    SanRule sanRule(SanType type) const;
    KeyAlgorithm defaultKeyAlgorithm() const
    {
        return keyAlgorithms.value(0, KeyAlgorithm::Rsa2048);
    }
};

// "Smartcard Logon" (smartcardlogon), "Signature and Smartcard Logon" (signature),
// "Client authentication" (clientauth), "E-mail protection (S/MIME)" (smime).
QList<CertificateTemplate> builtInTemplates();

// Strict: unknown members, wrong types, unknown usages or algorithms are refused with
// Error(InvalidInput, "<file>: ...").
CertificateTemplate parseTemplateFile(const QString& path);
CertificateTemplate parseTemplateJson(const QByteArray& json, const QString& sourceName);

struct TemplateCatalog {
    QList<CertificateTemplate> templates; // user ones first, then built-ins not overridden
    QList<Sentence> problems;             // one sentence per file that could not be used
};

// Default search path, first wins for a given id: $TPMVSC_HOME/templates,
// $XDG_CONFIG_HOME/tpmvsc/templates (~/.config/...), /etc/tpmvsc/templates.
QStringList defaultTemplateDirectories();
// Reads every *.json in `directories` (missing directories are skipped). A file with
// the id of a built-in replaces it (administrators tighten key sizes this way); a bad
// file is reported in `problems` and does not hide the others.
TemplateCatalog loadTemplates(const QStringList& directories);
inline TemplateCatalog loadTemplates()
{
    return loadTemplates(defaultTemplateDirectories());
}
// Changes when loadTemplates(directories) could read something else: a template file
// added, removed, renamed or rewritten. Costs a directory listing, no parsing.
QByteArray templateFilesStamp(const QStringList& directories);

// By id or display name, case-insensitive. Throws Error(NotFound) listing the ids.
const CertificateTemplate& findTemplate(const TemplateCatalog& catalog, const QString& name);

// Why the template refuses this key and these SANs (key type not allowed, key too
// small, a required SAN missing, a SAN kind it does not take), or an empty Sentence when
// it allows them. For live checking in the UI.
Sentence templateRefusal(const CertificateTemplate& tmpl, KeyAlgorithm alg,
                         const QList<SubjectAltName>& sans);
// Throws Error(InvalidInput, templateRefusal(...)) when not allowed.
void checkTemplateAllows(const CertificateTemplate& tmpl, KeyAlgorithm alg,
                         const QList<SubjectAltName>& sans);

} // namespace tpmvsc
