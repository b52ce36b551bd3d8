// What the request pages put into the subject before the user types anything: the
// login's full name (GECOS) as the common name, and the Kerberos user principal name
// when this machine is in a realm. Only what the system states is used: no e-mail
// address is guessed, and without a configured realm the UPN stays empty.
#pragma once

#include <QString>
#include <QStringList>

namespace tpmvsc {

struct SubjectDefaults {
    QString loginName;  // "alice"; empty when the account cannot be looked up
    QString fullName;   // GECOS' first field ("Alice Example"); may be empty
    QString realm;      // Kerberos realm as configured ("EXAMPLE.COM"); may be empty
    QString commonName; // fullName, else loginName
    QString subject;    // "CN=<commonName>" (RFC 4514 escaped), empty without a name
    QString upn;        // "alice@example.com": login @ realm lower-cased; empty without realm
};

// Where the realm may be read from: the Kerberos configuration files ($KRB5_CONFIG, a
// colon-separated list, else /etc/krb5.conf) and SSSD's configuration when readable.
struct RealmSources {
    QStringList krb5ConfigFiles;
    QString sssdConfigFile;
    static RealmSources system();
};

// The current user (getpwuid(getuid())) with the realm from RealmSources::system().
SubjectDefaults subjectDefaults();
// For tests and other accounts: the same from explicit values.
SubjectDefaults subjectDefaultsFor(const QString& loginName, const QString& gecos,
                                   const QString& realm);

// The first `default_realm` in a [libdefaults] section of these files; empty if none.
QString kerberosDefaultRealm(const QStringList& krb5ConfigFiles);
QString kerberosDefaultRealmFromText(const QByteArray& krb5Conf);
// The realm of SSSD's first domain (krb5_realm, else ad_domain upper-cased); empty if
// none or the file cannot be read (it is normally readable by root only).
QString sssdRealmFromText(const QByteArray& sssdConf);
// The realm from the sources, Kerberos first.
QString findRealm(const RealmSources& sources);

// The full name in a GECOS field: its first comma-separated part, '&' standing for the
// login name with a capital first letter (the BSD convention).
QString fullNameFromGecos(const QString& gecos, const QString& loginName);

} // namespace tpmvsc
