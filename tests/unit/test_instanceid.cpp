#include "core/store/InstanceId.h"

#include <QTest>
#include <limits>

using namespace tpmvsc;

class TestInstanceId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void roundTrip_data();
    void roundTrip();
};

void TestInstanceId::format_data()
{
    QTest::addColumn<int>("instance");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first card") << 0 << QStringLiteral("ROOT\\SMARTCARDREADER\\0000");
    QTest::newRow("one digit") << 3 << QStringLiteral("ROOT\\SMARTCARDREADER\\0003");
    QTest::newRow("two digits") << 42 << QStringLiteral("ROOT\\SMARTCARDREADER\\0042");
    QTest::newRow("three digits") << 999 << QStringLiteral("ROOT\\SMARTCARDREADER\\0999");
    QTest::newRow("four digits") << 9999 << QStringLiteral("ROOT\\SMARTCARDREADER\\9999");
    QTest::newRow("five digits, not truncated")
        << 10000 << QStringLiteral("ROOT\\SMARTCARDREADER\\10000");
    QTest::newRow("six digits") << 123456 << QStringLiteral("ROOT\\SMARTCARDREADER\\123456");
    QTest::newRow("int max") << std::numeric_limits<int>::max()
                             << QStringLiteral("ROOT\\SMARTCARDREADER\\2147483647");
}

void TestInstanceId::format()
{
    QFETCH(int, instance);
    QFETCH(QString, expected);
    QCOMPARE(formatInstanceId(instance), expected);
}

void TestInstanceId::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("canonical") << QStringLiteral("ROOT\\SMARTCARDREADER\\0003") << 3;
    QTest::newRow("first card") << QStringLiteral("ROOT\\SMARTCARDREADER\\0000") << 0;
    QTest::newRow("lower case") << QStringLiteral("root\\smartcardreader\\0003") << 3;
    QTest::newRow("mixed case") << QStringLiteral("Root\\SmartCardReader\\0012") << 12;
    QTest::newRow("forward slashes") << QStringLiteral("ROOT/SMARTCARDREADER/0007") << 7;
    QTest::newRow("mixed slashes") << QStringLiteral("root/SMARTCARDREADER\\0007") << 7;
    QTest::newRow("five digits") << QStringLiteral("ROOT\\SMARTCARDREADER\\10000") << 10000;
    QTest::newRow("unpadded number") << QStringLiteral("ROOT\\SMARTCARDREADER\\5") << 5;
    QTest::newRow("int max") << QStringLiteral("ROOT\\SMARTCARDREADER\\2147483647")
                             << std::numeric_limits<int>::max();
    QTest::newRow("bare number") << QStringLiteral("3") << 3;
    QTest::newRow("bare padded") << QStringLiteral("0003") << 3;
    QTest::newRow("bare zero") << QStringLiteral("0") << 0;
    QTest::newRow("bare many zeros") << QStringLiteral("000000000000000000000042") << 42;
    QTest::newRow("bare large") << QStringLiteral("12345") << 12345;
    QTest::newRow("bare int max") << QStringLiteral("2147483647")
                                  << std::numeric_limits<int>::max();
    QTest::newRow("surrounding whitespace")
        << QStringLiteral("  ROOT\\SMARTCARDREADER\\0001\n") << 1;
    QTest::newRow("bare with whitespace") << QStringLiteral(" 4 ") << 4;
}

void TestInstanceId::parseValid()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<int> parsed = parseInstanceId(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, expected);
}

void TestInstanceId::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("only whitespace") << QStringLiteral("   ");
    QTest::newRow("negative bare") << QStringLiteral("-1");
    QTest::newRow("negative full") << QStringLiteral("ROOT\\SMARTCARDREADER\\-1");
    QTest::newRow("plus sign") << QStringLiteral("+3");
    QTest::newRow("trailing junk") << QStringLiteral("3a");
    QTest::newRow("leading junk") << QStringLiteral("x3");
    QTest::newRow("hex") << QStringLiteral("0x3");
    QTest::newRow("decimal point") << QStringLiteral("3.0");
    QTest::newRow("inner space") << QStringLiteral("3 4");
    QTest::newRow("prefix without number") << QStringLiteral("ROOT\\SMARTCARDREADER\\");
    QTest::newRow("prefix without separator") << QStringLiteral("ROOT\\SMARTCARDREADER");
    QTest::newRow("no separator before number") << QStringLiteral("ROOT\\SMARTCARDREADER0003");
    QTest::newRow("other reader") << QStringLiteral("ROOT\\OTHERREADER\\0003");
    QTest::newRow("other root") << QStringLiteral("USB\\SMARTCARDREADER\\0003");
    QTest::newRow("missing root") << QStringLiteral("SMARTCARDREADER\\0003");
    QTest::newRow("leading separator") << QStringLiteral("\\ROOT\\SMARTCARDREADER\\0003");
    QTest::newRow("trailing separator") << QStringLiteral("ROOT\\SMARTCARDREADER\\0003\\");
    QTest::newRow("doubled backslashes") << QStringLiteral("ROOT\\\\SMARTCARDREADER\\\\0003");
    QTest::newRow("extra component") << QStringLiteral("ROOT\\SMARTCARDREADER\\X\\0003");
    QTest::newRow("junk after number") << QStringLiteral("ROOT\\SMARTCARDREADER\\0003x");
    QTest::newRow("other separator") << QStringLiteral("ROOT:SMARTCARDREADER:0003");
    QTest::newRow("overflow bare") << QStringLiteral("2147483648");
    QTest::newRow("overflow full") << QStringLiteral("ROOT\\SMARTCARDREADER\\2147483648");
    QTest::newRow("overflow huge") << QStringLiteral("99999999999999999999999999");
    QTest::newRow("arabic-indic digit") << QString(QChar(0x0663));
    QTest::newRow("full-width digit") << QString(QChar(0xFF13));
}

void TestInstanceId::parseInvalid()
{
    QFETCH(QString, text);
    const std::optional<int> parsed = parseInstanceId(text);
    QVERIFY2(!parsed.has_value(),
             qPrintable(QStringLiteral("accepted %1 as %2").arg(text).arg(parsed.value_or(-1))));
}

void TestInstanceId::roundTrip_data()
{
    QTest::addColumn<int>("instance");
    for (int n :
         {0, 1, 9, 10, 99, 100, 1000, 9999, 10000, 65535, 1000000, std::numeric_limits<int>::max()})
        QTest::addRow("%d", n) << n;
}

void TestInstanceId::roundTrip()
{
    QFETCH(int, instance);
    const QString id = formatInstanceId(instance);
    QCOMPARE(parseInstanceId(id), std::optional<int>(instance));
    QCOMPARE(parseInstanceId(id.toLower()), std::optional<int>(instance));
    QCOMPARE(parseInstanceId(QString(id).replace(u'\\', u'/')), std::optional<int>(instance));
}

QTEST_GUILESS_MAIN(TestInstanceId)
#include "test_instanceid.moc"
