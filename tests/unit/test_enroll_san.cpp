// Subject alternative names as typed on the command line and in the wizard.

#include "enroll/SubjectAltName.h"
#include "tests/support/ExpectError.h"

#include <QTest>

using namespace tpmvsc;

class TestEnrollSan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGood_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        QTest::newRow("upn") << QStringLiteral("upn:alice@example.com") << int(SanType::Upn)
                             << QStringLiteral("alice@example.com");
        QTest::newRow("upn prefix case") << QStringLiteral("UPN:alice@corp.local")
                                         << int(SanType::Upn) << QStringLiteral("alice@corp.local");
        QTest::newRow("upn non-ASCII user")
            << QStringLiteral("upn:jörg@example.com") << int(SanType::Upn)
            << QStringLiteral("jörg@example.com");
        QTest::newRow("email") << QStringLiteral("email:a@b") << int(SanType::Email)
                               << QStringLiteral("a@b");
        QTest::newRow("e-mail spelling")
            << QStringLiteral("E-Mail:alice.smith+tag@example.com") << int(SanType::Email)
            << QStringLiteral("alice.smith+tag@example.com");
        QTest::newRow("email IDN domain")
            << QStringLiteral("email:alice@bücher.example") << int(SanType::Email)
            << QStringLiteral("alice@xn--bcher-kva.example");
        QTest::newRow("dns") << QStringLiteral("dns:host.example.com") << int(SanType::Dns)
                             << QStringLiteral("host.example.com");
        QTest::newRow("dns spaces trimmed") << QStringLiteral("DNS: host.example ")
                                            << int(SanType::Dns) << QStringLiteral("host.example");
        QTest::newRow("dns wildcard") << QStringLiteral("dns:*.example.com") << int(SanType::Dns)
                                      << QStringLiteral("*.example.com");
        QTest::newRow("dns IDN") << QStringLiteral("dns:bücher.example") << int(SanType::Dns)
                                 << QStringLiteral("xn--bcher-kva.example");
    }
    void parsesGood()
    {
        QFETCH(QString, input);
        QFETCH(int, type);
        QFETCH(QString, value);
        const SubjectAltName san = parseSubjectAltName(input);
        QCOMPARE(int(san.type), type);
        QCOMPARE(san.value, value);
        QCOMPARE(parseSubjectAltName(san.toString()), san);
    }

    void refusesBad_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("phrase");
        auto row = [](const char* name, const QString& in, const char* phrase) {
            QTest::newRow(name) << in << QString::fromUtf8(phrase);
        };
        row("no kind", QStringLiteral("alice@example.com"), "write the kind first");
        row("unknown kind", QStringLiteral("ip:192.0.2.1"), "'ip' is not a kind of name");
        row("empty value", QStringLiteral("upn:"), "the value after ':' is empty");
        row("upn without realm", QStringLiteral("upn:alice"), "the '@' and realm are missing");
        row("upn empty user", QStringLiteral("upn:@example.com"),
            "the user part before '@' is empty");
        row("upn space", QStringLiteral("upn:al ice@example.com"), "may not contain spaces");
        row("upn bad realm", QStringLiteral("upn:alice@exa_mple.com"),
            "the realm after '@': the label 'exa_mple'");
        row("email no at", QStringLiteral("email:alice"), "the '@' is missing");
        row("email non-ASCII local", QStringLiteral("email:jörg@example.com"), "ASCII only");
        row("email double dot", QStringLiteral("email:a..b@example.com"), "misplaced dot");
        row("email empty domain", QStringLiteral("email:a@"), "the domain is missing");
        row("dns empty label", QStringLiteral("dns:a..example"), "empty label");
        row("dns underscore", QStringLiteral("dns:a_b.example"),
            "may hold only letters, digits and '-'");
        row("dns leading hyphen", QStringLiteral("dns:-a.example"),
            "may hold only letters, digits and '-'");
        row("dns trailing dot", QStringLiteral("dns:a.example."), "ends with a dot");
        row("dns label too long",
            QStringLiteral("dns:") + QString(64, u'a') + QStringLiteral(".example"),
            "longer than 63 characters");
        row("dns wildcard not leftmost", QStringLiteral("dns:a.*.example.com"), "the label '*'");
    }
    void refusesBad()
    {
        QFETCH(QString, input);
        QFETCH(QString, phrase);
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(parseSubjectAltName(input), ErrorCode::InvalidInput, message);
        QVERIFY2(message.startsWith(QStringLiteral("Subject alternative name \"%1\": ").arg(input)),
                 qPrintable(message));
        QVERIFY2(message.contains(phrase), qPrintable(message));
    }

    void duplicatesRefused()
    {
        QString message;
        TPMVSC_EXPECT_ERROR_MSG(parseSubjectAltNames({QStringLiteral("dns:a.example"),
                                                      QStringLiteral("DNS:A.example")}),
                                ErrorCode::InvalidInput, message);
        QVERIFY2(message.contains(QStringLiteral("twice")), qPrintable(message));
        QCOMPARE(parseSubjectAltNames(
                     {QStringLiteral("upn:a@example.com"), QStringLiteral("email:a@example.com")})
                     .size(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestEnrollSan)
#include "test_enroll_san.moc"
