// The subject prefill: the realm from krb5.conf ($KRB5_CONFIG, several files, includes
// of realm blocks ignored) or SSSD, the full name from GECOS, the UPN only with a
// realm, and a name with RFC 4514 specials escaped so the DN parser reads it back.
#include "enroll/DistinguishedName.h"
#include "enroll/SubjectDefaults.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <unistd.h>

using namespace tpmvsc;

class TestSubjectDefaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void cleanup() { qunsetenv("KRB5_CONFIG"); }

    void realmFromKrb5ConfViaEnvironment()
    {
        // A realm block with its own "default_realm"-looking line and a section after
        // libdefaults: only [libdefaults] default_realm counts.
        const QString conf = write(QStringLiteral("krb5.conf"), R"(# test
[realms]
  OTHER.ORG = {
    default_realm = WRONG.ORG
    kdc = kdc.other.org
  }
[libdefaults]
    dns_lookup_realm = false
    default_realm = EXAMPLE.COM
[domain_realm]
    .example.com = EXAMPLE.COM
)");
        QVERIFY(!conf.isEmpty());
        qputenv("KRB5_CONFIG",
                QFile::encodeName(m_dir.path() + QStringLiteral("/missing.conf:") + conf));
        const RealmSources sources = RealmSources::system();
        QCOMPARE(sources.krb5ConfigFiles.size(), 2);
        QVERIFY(sources.sssdConfigFile.isEmpty()); // explicit Kerberos setup: SSSD not mixed in
        QCOMPARE(findRealm(sources), QStringLiteral("EXAMPLE.COM"));

        // The current user gets login@example.com (lower-cased realm).
        const SubjectDefaults d = subjectDefaults();
        const passwd* pw = getpwuid(getuid());
        QVERIFY(pw);
        QCOMPARE(d.loginName, QString::fromLocal8Bit(pw->pw_name));
        QCOMPARE(d.realm, QStringLiteral("EXAMPLE.COM"));
        QCOMPARE(d.upn, d.loginName + QStringLiteral("@example.com"));
        QVERIFY(!d.subject.isEmpty());
        QCOMPARE(parseDistinguishedName(d.subject).value(QStringLiteral("CN")), d.commonName);
    }

    void noRealmMeansNoUpn()
    {
        const QString conf =
            write(QStringLiteral("norealm.conf"), "[libdefaults]\n  dns_lookup_kdc = true\n");
        qputenv("KRB5_CONFIG", QFile::encodeName(conf));
        QCOMPARE(findRealm(RealmSources::system()), QString());
        const SubjectDefaults d = subjectDefaults();
        QVERIFY(d.upn.isEmpty());
        QVERIFY(d.realm.isEmpty());
        QCOMPARE(kerberosDefaultRealmFromText("default_realm = TOP.LEVEL\n"), QString());
        QCOMPARE(kerberosDefaultRealmFromText("[libdefaults]\ndefault_realm = \"QUOTED\"\n"),
                 QString()); // not a realm as written: never guessed
    }

    void realmFromSssd()
    {
        QCOMPARE(
            sssdRealmFromText("[sssd]\ndomains = corp, lab\n[domain/lab]\nkrb5_realm = LAB.ORG\n"
                              "[domain/corp]\nid_provider = ad\nad_domain = corp.example.com\n"),
            QStringLiteral("CORP.EXAMPLE.COM"));
        QCOMPARE(sssdRealmFromText("[sssd]\ndomains = lab\n[domain/lab]\nkrb5_realm = LAB.ORG\n"),
                 QStringLiteral("LAB.ORG"));
        QCOMPARE(sssdRealmFromText("[domain/lab]\nkrb5_realm = LAB.ORG\n"), QString());
        RealmSources sources;
        sources.sssdConfigFile =
            write(QStringLiteral("sssd.conf"),
                  "[sssd]\ndomains = lab\n[domain/lab]\nkrb5_realm = LAB.ORG\n");
        QCOMPARE(findRealm(sources), QStringLiteral("LAB.ORG"));
        sources.sssdConfigFile = m_dir.path() + QStringLiteral("/unreadable");
        QCOMPARE(findRealm(sources), QString());
    }

    void fullNameFromGecos_data()
    {
        QTest::addColumn<QString>("gecos");
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<QString>("subject");
        QTest::newRow("full") << QStringLiteral("Alice Example,Room 1,555,")
                              << QStringLiteral("Alice Example")
                              << QStringLiteral("CN=Alice Example");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("CN=alice");
        QTest::newRow("commas only")
            << QStringLiteral(",,,") << QString() << QStringLiteral("CN=alice");
        QTest::newRow("ampersand") << QStringLiteral("& Smith") << QStringLiteral("Alice Smith")
                                   << QStringLiteral("CN=Alice Smith");
        QTest::newRow("specials") << QStringLiteral("Müller+Sohn <IT>; \"x\"")
                                  << QStringLiteral("Müller+Sohn <IT>; \"x\"")
                                  << QStringLiteral("CN=Müller\\+Sohn \\<IT\\>\\; \\\"x\\\"");
    }

    void fullNameFromGecos()
    {
        QFETCH(QString, gecos);
        QFETCH(QString, fullName);
        QFETCH(QString, subject);
        const SubjectDefaults d =
            subjectDefaultsFor(QStringLiteral("alice"), gecos, QStringLiteral("Corp.Example.COM"));
        QCOMPARE(d.fullName, fullName);
        QCOMPARE(d.subject, subject);
        // Whatever the name holds, the parser reads back exactly that name.
        QCOMPARE(parseDistinguishedName(d.subject).value(QStringLiteral("CN")), d.commonName);
        QCOMPARE(d.upn, QStringLiteral("alice@corp.example.com"));
        QVERIFY(subjectDefaultsFor(QStringLiteral("alice"), gecos, QString()).upn.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSubjectDefaults)
#include "test_subject_defaults.moc"
