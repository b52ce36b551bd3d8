#include "SubjectDefaults.h"

#include "DistinguishedName.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace tpmvsc {

namespace {

// krb5.conf and sssd.conf are small; anything larger is not a configuration file.
constexpr qint64 kMaxConfigSize = 1024 * 1024;

QByteArray readSmallFile(const QString& path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return file.read(kMaxConfigSize);
}

// Yields (section, key, value) for every "key = value" line of an INI-like file, as
// krb5.conf and sssd.conf write them. Comments start with '#' or ';'. krb5.conf's
// "{ ... }" sub-blocks (realm definitions) are skipped: what we read is top level.
template <class F> void forEachSetting(const QByteArray& text, F f)
{
    QString section;
    int braceDepth = 0;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && braceDepth == 0) {
            const qsizetype end = line.indexOf(QLatin1Char(']'));
            section = line.mid(1, end < 0 ? -1 : end - 1).trimmed().toLower();
            continue;
        }
        if (line.endsWith(QLatin1Char('{'))) {
            ++braceDepth;
            continue;
        }
        if (line.startsWith(QLatin1Char('}'))) {
            braceDepth = qMax(0, braceDepth - 1);
            continue;
        }
        if (braceDepth > 0)
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        if (!f(section, line.left(eq).trimmed().toLower(), line.mid(eq + 1).trimmed()))
            return;
    }
}

// A realm is a word of letters, digits, dots, dashes and underscores; anything else in
// the file (a quoted value, an unexpanded variable) is not used.
bool plausibleRealm(const QString& realm)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return re.match(realm).hasMatch();
}

} // namespace

RealmSources RealmSources::system()
{
    RealmSources sources;
    const QString env = qEnvironmentVariable("KRB5_CONFIG");
    sources.krb5ConfigFiles = env.isEmpty() ? QStringList{QStringLiteral("/etc/krb5.conf")}
                                            : env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    // With KRB5_CONFIG set, the user chose the Kerberos setup explicitly: SSSD's
    // (system-wide) configuration is not mixed in.
    if (env.isEmpty())
        sources.sssdConfigFile = QStringLiteral("/etc/sssd/sssd.conf");
    return sources;
}

QString kerberosDefaultRealmFromText(const QByteArray& krb5Conf)
{
    QString realm;
    forEachSetting(krb5Conf, [&](const QString& section, const QString& key, const QString& value) {
        if (section == u"libdefaults" && key == u"default_realm" && plausibleRealm(value)) {
            realm = value;
            return false;
        }
        return true;
    });
    return realm;
}

QString kerberosDefaultRealm(const QStringList& krb5ConfigFiles)
{
    for (const QString& file : krb5ConfigFiles) {
        const QString realm = kerberosDefaultRealmFromText(readSmallFile(file));
        if (!realm.isEmpty())
            return realm;
    }
    return {};
}

QString sssdRealmFromText(const QByteArray& sssdConf)
{
    QStringList domains;
    struct Found {
        QString krb5Realm, adDomain;
    };
    QMap<QString, Found> byDomain;
    forEachSetting(sssdConf, [&](const QString& section, const QString& key, const QString& value) {
        if (section == u"sssd" && key == u"domains") {
            for (const QString& d : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                domains.append(d.trimmed().toLower());
        } else if (section.startsWith(u"domain/")) {
            Found& f = byDomain[section.mid(7)];
            if (key == u"krb5_realm")
                f.krb5Realm = value;
            else if (key == u"ad_domain")
                f.adDomain = value;
        }
        return true;
    });
    if (domains.isEmpty())
        return {};
    const Found f = byDomain.value(domains.first());
    const QString realm = !f.krb5Realm.isEmpty() ? f.krb5Realm : f.adDomain.toUpper();
    return plausibleRealm(realm) ? realm : QString();
}

QString findRealm(const RealmSources& sources)
{
    const QString realm = kerberosDefaultRealm(sources.krb5ConfigFiles);
    if (!realm.isEmpty())
        return realm;
    return sssdRealmFromText(readSmallFile(sources.sssdConfigFile));
}

QString fullNameFromGecos(const QString& gecos, const QString& loginName)
{
    QString name = gecos.section(QLatin1Char(','), 0, 0).trimmed();
    if (name.contains(QLatin1Char('&'))) {
        QString capital = loginName;
        if (!capital.isEmpty())
            capital[0] = capital[0].toUpper();
        name.replace(QLatin1Char('&'), capital);
    }
    return name;
}

SubjectDefaults subjectDefaultsFor(const QString& loginName, const QString& gecos,
                                   const QString& realm)
{
    SubjectDefaults d;
    d.loginName = loginName;
    d.fullName = fullNameFromGecos(gecos, loginName);
    d.realm = realm;
    d.commonName = d.fullName.isEmpty() ? loginName : d.fullName;
    if (!d.commonName.isEmpty()) {
        // Built as a name and formatted by the DN code itself, so escaping (commas,
        // quotes, leading '#') is exactly what the parser reads back.
        DistinguishedName dn;
        dn.rdns.append({{DnAttribute{QStringLiteral("CN"), QStringLiteral("2.5.4.3"), d.commonName,
                                     DnStringType::Utf8, false}}});
        d.subject = dn.toString();
    }
    if (!loginName.isEmpty() && !realm.isEmpty())
        d.upn = loginName + QLatin1Char('@') + realm.toLower();
    return d;
}

SubjectDefaults subjectDefaults()
{
    QString login, gecos;
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? size_t(size) : 16384);
    passwd pw{};
    passwd* found = nullptr;
    if (getpwuid_r(getuid(), &pw, buffer.data(), buffer.size(), &found) == 0 && found) {
        login = QString::fromLocal8Bit(found->pw_name);
        if (found->pw_gecos)
            gecos = QString::fromLocal8Bit(found->pw_gecos);
    }
    return subjectDefaultsFor(login, gecos,
                              login.isEmpty() ? QString() : findRealm(RealmSources::system()));
}

} // namespace tpmvsc
