// Subject alternative names a request can carry, typed as users write them:
//   upn:alice@example.com    Microsoft UPN, otherName 1.3.6.1.4.1.311.20.2.3 (UTF8String):
//                            what Windows and SSSD map a smart-card logon to an account by
//   email:alice@example.com  rfc822Name (S/MIME, and some logon mappings)
//   dns:host.example.com     dNSName
// Prefixes are case-insensitive. Internationalised domain names are stored in their
// ASCII (punycode) form, as certificates must carry them.
#pragma once

#include "core/util/Sentence.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tpmvsc {

enum class SanType { Upn, Email, Dns };

struct SubjectAltName {
    SanType type = SanType::Upn;
    QString value;            // without prefix; domains in ASCII form
    QString toString() const; // "upn:alice@example.com"
    bool operator==(const SubjectAltName&) const = default;
};

QString sanTypeName(SanType type);                    // "upn", "email", "dns"
Sentence sanTypeDisplayName(SanType type);            // "user principal name (UPN)", ...
bool parseSanType(const QString& text, SanType* out); // "upn", "email"/"e-mail", "dns"

// Throws Error(InvalidInput) saying what is wrong ("upn:alice" -> the realm is missing).
SubjectAltName parseSubjectAltName(const QString& text);
// Each entry parsed; duplicates refused.
QList<SubjectAltName> parseSubjectAltNames(const QStringList& texts);

} // namespace tpmvsc
