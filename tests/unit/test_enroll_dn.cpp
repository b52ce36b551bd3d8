// Subjects as users type them (RFC 4514): what parses, what is refused and where the
// message says the mistake is, the DER the request carries (order, string types), and
// the round trip through the openssl CLI, which must print back what was typed.

#include "enroll/CertificateRequest.h"
#include "enroll/DistinguishedName.h"
#include "test_enroll_support.h"
#include "tests/support/ExpectError.h"

#include <QTemporaryDir>

using namespace tpmvsc;
using namespace tpmvsc::test;

class TestEnrollDn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SoftwareKey> m_key;

    // A request for `subject`, signed with the test key, as PEM in a file.
    QString requestFile(const DistinguishedName& subject)
    {
        CertificateContent content;
        content.publicKeyInfo = m_key->spki();
        content.subject = subject;
        content.certificateTemplate = builtInTemplates()[2]; // clientauth
        const QString path = m_dir.filePath(QStringLiteral("req.pem"));
        if (!writeFile(path, createCertificateRequest(content, m_key->signer()).pem()))
            return {};
        return path;
    }

    QString opensslSubject(const QString& file, const QString& nameopt)
    {
        const ProcessResult r = runOpenssl({QStringLiteral("req"), QStringLiteral("-in"), file,
                                            QStringLiteral("-noout"), QStringLiteral("-subject"),
                                            QStringLiteral("-nameopt"), nameopt});
        if (r.exitCode != 0)
            return QStringLiteral("openssl failed: ") + QString::fromUtf8(r.err);
        QString out = QString::fromUtf8(r.out).trimmed();
        if (out.startsWith(QStringLiteral("subject=")))
            out = out.mid(8);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = std::make_unique<SoftwareKey>(KeyAlgorithm::EccP256);
    }

    void parsesGood_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("rdns");
        auto row = [](const char* name, const QString& in, const QString& out, int rdns) {
            QTest::newRow(name) << in << out << rdns;
        };
        row("simple", QStringLiteral("CN=Alice"), QStringLiteral("CN=Alice"), 1);
        row("full", QStringLiteral("CN=Alice Ä,OU=IT,O=Example\\, Inc.,DC=example,DC=com,C=DE"),
            QStringLiteral("CN=Alice Ä,OU=IT,O=Example\\, Inc.,DC=example,DC=com,C=DE"), 6);
        row("spaces around separators", QStringLiteral("  CN = Alice ,  O =Example  "),
            QStringLiteral("CN=Alice,O=Example"), 2);
        row("lower-case names", QStringLiteral("cn=alice,o=x,c=DE"),
            QStringLiteral("CN=alice,O=x,C=DE"), 3);
        row("e-mail aliases", QStringLiteral("E=a@b.example,EMAIL=c@d.example"),
            QStringLiteral("emailAddress=a@b.example,emailAddress=c@d.example"), 2);
        row("windows aliases", QStringLiteral("S=Bayern,T=Dr,G=Alice"),
            QStringLiteral("ST=Bayern,title=Dr,GN=Alice"), 3);
        row("long names", QStringLiteral("commonName=A,organizationName=B,surname=C,givenName=D"),
            QStringLiteral("CN=A,O=B,SN=C,GN=D"), 4);
        row("dotted OID of a known attribute", QStringLiteral("2.5.4.3=Bob"),
            QStringLiteral("CN=Bob"), 1);
        row("other dotted OID", QStringLiteral("1.3.6.1.4.1.99999.1=x y"),
            QStringLiteral("1.3.6.1.4.1.99999.1=x y"), 1);
        row("multi-valued RDN", QStringLiteral("OU=IT + OU=Sales,O=X"),
            QStringLiteral("OU=IT+OU=Sales,O=X"), 2);
        row("hex pairs as UTF-8", QStringLiteral("CN=Alice \\C3\\84\\c3\\a4"),
            QStringLiteral("CN=Alice Ää"), 1);
        row("escaped trailing space", QStringLiteral("CN=a\\ "), QStringLiteral("CN=a\\ "), 1);
        row("escaped leading space and hash", QStringLiteral("CN=\\ \\#1"),
            QStringLiteral("CN=\\ #1"), 1);
        row("leading hash escaped", QStringLiteral("CN=\\#1"), QStringLiteral("CN=\\#1"), 1);
        row("equals sign in value", QStringLiteral("CN=a=b"), QStringLiteral("CN=a=b"), 1);
        row("every escape", QStringLiteral("CN=x\\+y\\;z\\<\\>\\\"\\\\\\=\\,"),
            QStringLiteral("CN=x\\+y\\;z\\<\\>\\\"\\\\=\\,"), 1);
        row("other attributes",
            QStringLiteral("SERIALNUMBER=12345,UID=alice,L=Berlin,ST=Berlin,STREET=Main St 1"),
            QStringLiteral("serialNumber=12345,UID=alice,L=Berlin,ST=Berlin,STREET=Main St 1"), 5);
        row("non-BMP character", QStringLiteral("CN=Alice 😀"), QStringLiteral("CN=Alice 😀"), 1);
        row("empty", QString(), QString(), 0);
    }
    void parsesGood()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QFETCH(int, rdns);
        const DistinguishedName dn = parseDistinguishedName(input);
        QCOMPARE(dn.rdns.size(), rdns);
        QCOMPARE(dn.toString(), canonical);
        // The canonical form parses to the same name, and DER decodes to it too.
        QCOMPARE(parseDistinguishedName(canonical), dn);
        if (!dn.isEmpty())
            QCOMPARE(distinguishedNameFromDer(dn.toDer()).toString(), canonical);
    }

    void refusesBad_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // the start of the sentence after "Subject: "
        auto row = [](const char* name, const QString& in, const char* what) {
            QTest::newRow(name) << in << QString::fromUtf8(what);
        };
        row("no equals", QStringLiteral("CN"), "at character 3: expected '=' after 'CN'");
        row("no name", QStringLiteral("=Alice"),
            "at character 1: an attribute name is missing before '='");
        row("empty RDN", QStringLiteral("CN=Alice,,O=X"),
            "at character 10: empty RDN between two commas");
        row("trailing comma", QStringLiteral("CN=Alice,"),
            "at character 9: nothing follows the last ','");
        row("trailing plus", QStringLiteral("CN=a+"), "at character 5: nothing follows '+'");
        row("unknown attribute", QStringLiteral("CN=a,XX=1"),
            "at character 6: 'XX' is not a known attribute");
        row("empty value", QStringLiteral("O=x,CN="), "at character 8: CN has no value");
        row("empty value before comma", QStringLiteral("CN=,O=x"),
            "at character 4: CN has no value");
        row("hex value", QStringLiteral("CN=#0403616263"),
            "at character 4: values in #hex (BER) form are not accepted");
        row("quoted value", QStringLiteral("CN=\"Alice\""),
            "at character 4: quoted values are not RFC 4514");
        row("semicolon separator", QStringLiteral("CN=a;O=b"),
            "at character 5: ';' must be escaped");
        row("angle bracket", QStringLiteral("CN=a<b"), "at character 5: '<' must be escaped");
        row("lone backslash", QStringLiteral("CN=a\\"), "at character 5: '\\' at the end");
        row("bad escape", QStringLiteral("CN=a\\G"), "at character 5: '\\G' is not an escape");
        row("half hex pair", QStringLiteral("CN=a\\4"),
            "at character 5: '\\4' must be followed by a second hex digit");
        row("bad UTF-8", QStringLiteral("CN=x\\C3"),
            "at character 5: the escaped bytes are not valid UTF-8");
        row("country too long", QStringLiteral("CN=a,C=Germany"),
            "at character 8: C (country) must be two capital letters");
        row("country lower case", QStringLiteral("C=de"),
            "at character 3: C (country) must be two capital letters");
        row("DC with dot", QStringLiteral("DC=example.com"),
            "at character 4: DC takes one domain label");
        row("DC non-ASCII", QStringLiteral("DC=bücher"),
            "at character 4: DC takes ASCII characters only");
        row("e-mail without at", QStringLiteral("E=alice"),
            "at character 3: 'alice' is not an e-mail address");
        row("e-mail non-ASCII", QStringLiteral("emailAddress=jörg@example.com"),
            "at character 14: emailAddress takes ASCII characters only");
        row("CN too long", QStringLiteral("CN=") + QString(65, u'x'),
            "at character 4: the value of CN has 65 characters; at most 64 are allowed");
        row("control character", QStringLiteral("CN=a\u0001b"),
            "at character 5: control character U+0001");
        row("bad OID", QStringLiteral("1.2.=x"),
            "at character 1: '1.2.' is not a valid dotted object identifier");
        // Found by fuzz_distinguished_name: DER would turn 1.99999 into 2.99959.
        row("OID second arc over 39", QStringLiteral("1.99999.1=x"),
            "at character 1: '1.99999.1' is not a valid dotted object identifier");
        row("duplicate in RDN", QStringLiteral("CN=a+CN=a"),
            "at character 6: CN=a appears twice in the same RDN");
        row("junk after comma", QStringLiteral("CN=a,;"),
            "at character 6: expected an attribute name");
        row("serial number not printable", QStringLiteral("SERIALNUMBER=ab_c"),
            "at character 14: serialNumber takes only letters, digits");
    }
    void refusesBad()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(parseDistinguishedName(input), ErrorCode::InvalidInput, message);
        QVERIFY2(message.startsWith(QStringLiteral("Subject: ") + expected), qPrintable(message));
        // Programs that point at the place (the request wizard) get it as a number.
        try {
            parseDistinguishedName(input);
            QFAIL("no error");
        } catch (const DistinguishedNameError& e) {
            QCOMPARE(QStringLiteral("at character %1:").arg(e.position() + 1),
                     expected.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':'));
        }
    }

    void tooLong()
    {
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(parseDistinguishedName(QStringLiteral("CN=") + QString(5000, u'a')),
                                ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("at most 4096")), qPrintable(message));
    }

    // Short names grow when a name is written out ("E=" becomes "emailAddress=", "T="
    // "title="): what parses must still be within the limit once formatted, or it could
    // not be parsed again from its own display form.
    void formattedSubjectsParseAgain_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("canonicalLength");
        // "emailAddress=a@b" is 16 characters, with its comma 17: 241 of them are 4096.
        QStringList emails(241, QStringLiteral("E=a@b"));
        QTest::newRow("E=, canonical 4096") << emails.join(u',') << 4096;
        emails.last() = QStringLiteral("E=ab@b");
        QTest::newRow("E=, canonical 4097") << emails.join(u',') << 4097;
        // Escapes keep their length or shrink ("\2C" is "\,"); the names still grow.
        // "title=\#a\,b" and its comma: 13 characters, 316 of them 4107.
        const QStringList titles(316, QStringLiteral("T=\\#a\\2Cb"));
        QTest::newRow("T= with escapes") << titles.join(u',') << 4107;
    }

    void formattedSubjectsParseAgain()
    {
        QFETCH(QString, subject);
        QFETCH(int, canonicalLength);
        QVERIFY(subject.size() < 4096); // the text as typed is within the limit
        DistinguishedName dn;
        const std::optional<Error> error = errorFrom([&] { dn = parseDistinguishedName(subject); });
        if (canonicalLength > 4096) {
            QVERIFY2(error, "a subject too long once formatted was accepted");
            QCOMPARE(errorCodeName(error->code()), errorCodeName(ErrorCode::InvalidInput));
            QVERIFY2(error->message().startsWith(QStringLiteral("Subject: ")) &&
                         error->message().contains(QString::number(canonicalLength)) &&
                         error->message().contains(QStringLiteral("at most 4096")),
                     qPrintable(error->message()));
            return;
        }
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        const QString formatted = dn.toString();
        QCOMPARE(formatted.size(), canonicalLength);
        DistinguishedName again;
        const std::optional<Error> reparse =
            errorFrom([&] { again = parseDistinguishedName(formatted); });
        QVERIFY2(!reparse, reparse ? qPrintable(reparse->message()) : "");
        QCOMPARE(again, dn);
    }

    // DER lists the most specific RDN last; string types follow RFC 5280.
    void derOrderAndTypes()
    {
        const QByteArray der =
            parseDistinguishedName(
                QStringLiteral("CN=Alice,DC=example,emailAddress=a@b.example,C=DE"))
                .toDer();
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        X509_NAME* name = d2i_X509_NAME(nullptr, &p, der.size());
        QVERIFY(name);
        QCOMPARE(X509_NAME_entry_count(name), 4);
        const int expectedNids[] = {NID_countryName, NID_pkcs9_emailAddress, NID_domainComponent,
                                    NID_commonName};
        const int expectedTypes[] = {V_ASN1_PRINTABLESTRING, V_ASN1_IA5STRING, V_ASN1_IA5STRING,
                                     V_ASN1_UTF8STRING};
        for (int i = 0; i < 4; ++i) {
            const X509_NAME_ENTRY* e = X509_NAME_get_entry(name, i);
            QCOMPARE(OBJ_obj2nid(X509_NAME_ENTRY_get_object(e)), expectedNids[i]);
            QCOMPARE(ASN1_STRING_type(X509_NAME_ENTRY_get_data(e)), expectedTypes[i]);
        }
        X509_NAME_free(name);
    }

    void multiValuedRdnFromDer()
    {
        const DistinguishedName dn =
            parseDistinguishedName(QStringLiteral("CN=a,OU=Sales+OU=IT,O=X"));
        const DistinguishedName back = distinguishedNameFromDer(dn.toDer());
        QCOMPARE(back.rdns.size(), 3);
        QCOMPARE(back.rdns[1].attributes.size(), 2);
        QCOMPARE(back.value(QStringLiteral("O")), QStringLiteral("X"));
    }

    // The openssl CLI prints back exactly what was typed (canonical spelling).
    void roundTripThroughOpenssl_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::newRow("issue example")
            << QStringLiteral("CN=Alice Ä,OU=IT,O=Example\\, Inc.,DC=example,DC=com,C=DE");
        QTest::newRow("escapes") << QStringLiteral(
            "CN=Bob \\\"the builder\\\" \\<b\\>,O=A\\;B\\+C,L=Köln,ST=NRW,C=DE");
        QTest::newRow("edge spaces and hash") << QStringLiteral("CN=\\#hash\\ ,O=\\ x");
        QTest::newRow("person attributes")
            << QStringLiteral("emailAddress=alice@example.com,CN=Alice,SN=Smith,GN=Alice,title=Dr.,"
                              "serialNumber=123,UID=alice,L=Berlin");
        QTest::newRow("japanese") << QStringLiteral("CN=山田太郎,O=例,C=JP");
    }
    void roundTripThroughOpenssl()
    {
        QFETCH(QString, subject);
        const DistinguishedName dn = parseDistinguishedName(subject);
        QCOMPARE(dn.toString(), subject);
        const QString file = requestFile(dn);
        QVERIFY(!file.isEmpty());
        QCOMPARE(opensslSubject(file, QStringLiteral("RFC2253,-esc_msb")), subject);
        // Plain RFC2253 escapes non-ASCII bytes as \XX: that form parses to the same name.
        const QString escaped = opensslSubject(file, QStringLiteral("RFC2253"));
        QCOMPARE(parseDistinguishedName(escaped), dn);
    }
};

QTEST_GUILESS_MAIN(TestEnrollDn)
#include "test_enroll_dn.moc"
