#include "core/util/Secret.h"

#include <QSet>
#include <QTest>
#include <utility>

using namespace tpmvsc;

namespace {

QByteArray bytesOf(const Secret& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), static_cast<qsizetype>(s.size()));
}

} // namespace

class TestSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsEmpty();
    void constructFromPointer();
    void fromText_data();
    void fromText();
    void fromBytes();
    void copyIsDeep();
    void copyAssignReplacesAndIsDeep();
    void selfCopyAssignKeepsBytes();
    void moveLeavesSourceEmpty();
    void moveAssignLeavesSourceEmpty();
    void wipeEmpties();
    void append();
    void appendToEmpty();
    void resizeShrinks();
    void resizeGrowsWithZeros();
    void resizeFromEmpty();
    void equality_data();
    void equality();
    void randomSize_data();
    void randomSize();
    void randomDiffers();
    void wipeByteArrayLeavesSharedCopy();
    void wipeByteArrayEmpty();
    void wipeStringLeavesSharedCopy();
};

void TestSecret::defaultIsEmpty()
{
    const Secret s;
    QVERIFY(s.empty());
    QCOMPARE(s.size(), std::size_t(0));
}

void TestSecret::constructFromPointer()
{
    const char raw[] = {'\x00', '\x01', '\xff', '\x7f'};
    const Secret s(raw, sizeof raw);
    QCOMPARE(s.size(), sizeof raw);
    QCOMPARE(bytesOf(s), QByteArray(raw, sizeof raw));
    QVERIFY(static_cast<const void*>(s.data()) != static_cast<const void*>(raw));
}

void TestSecret::fromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("ascii") << QStringLiteral("12345678") << QByteArrayLiteral("12345678");
    QTest::newRow("printable") << QStringLiteral("Aa1 !~") << QByteArrayLiteral("Aa1 !~");
    // UTF-8, so distinct non-ASCII PINs never collapse into the same bytes (Latin-1 would
    // turn every non-Latin-1 character into '?'); the policy then refuses them.
    QTest::newRow("latin-1 letter") << QString(QChar(0xe9)) << QByteArray("\xc3\xa9", 2);
    QTest::newRow("cyrillic") << QStringLiteral("\u041f\u0418\u041d")
                              << QByteArray("\xd0\x9f\xd0\x98\xd0\x9d", 6);
}

void TestSecret::fromText()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    const Secret s = Secret::fromText(text);
    QCOMPARE(bytesOf(s), bytes);
    QCOMPARE(text.toUtf8(), bytes); // source untouched
}

void TestSecret::fromBytes()
{
    QByteArray source("\x00secret\xff", 8);
    const Secret s = Secret::fromBytes(source);
    QCOMPARE(bytesOf(s), source);
    source[1] = 'X';
    QCOMPARE(bytesOf(s), QByteArray("\x00secret\xff", 8)); // a copy, not a view
}

void TestSecret::copyIsDeep()
{
    Secret original = Secret::fromText(QStringLiteral("12345678"));
    Secret copy(original);
    QVERIFY(copy == original);
    QVERIFY(copy.data() != original.data());
    copy.data()[0] = 'X';
    QCOMPARE(bytesOf(original), QByteArrayLiteral("12345678"));
    copy.wipe();
    QCOMPARE(bytesOf(original), QByteArrayLiteral("12345678"));
}

void TestSecret::copyAssignReplacesAndIsDeep()
{
    const Secret source = Secret::fromText(QStringLiteral("new"));
    Secret target = Secret::fromText(QStringLiteral("a much longer old value"));
    target = source;
    QCOMPARE(bytesOf(target), QByteArrayLiteral("new"));
    QVERIFY(target.data() != source.data());
    target.data()[0] = 'X';
    QCOMPARE(bytesOf(source), QByteArrayLiteral("new"));
}

void TestSecret::selfCopyAssignKeepsBytes()
{
    Secret s = Secret::fromText(QStringLiteral("keep me"));
    Secret& alias = s;
    s = alias; // must not wipe itself first
    QCOMPARE(bytesOf(s), QByteArrayLiteral("keep me"));
}

void TestSecret::moveLeavesSourceEmpty()
{
    Secret source = Secret::fromText(QStringLiteral("12345678"));
    const std::uint8_t* buffer = source.data();
    Secret target(std::move(source));
    QCOMPARE(bytesOf(target), QByteArrayLiteral("12345678"));
    QVERIFY(target.data() == buffer); // moved, not copied: no stray copy left behind
    QVERIFY(source.empty());          // NOLINT(bugprone-use-after-move): the point of the test
    QCOMPARE(source.size(), std::size_t(0));
}

void TestSecret::moveAssignLeavesSourceEmpty()
{
    Secret source = Secret::fromText(QStringLiteral("source"));
    Secret target = Secret::fromText(QStringLiteral("target"));
    target = std::move(source);
    QCOMPARE(bytesOf(target), QByteArrayLiteral("source"));
    QVERIFY(source.empty()); // NOLINT(bugprone-use-after-move)
    // A moved-from secret stays usable.
    source = Secret::fromText(QStringLiteral("again"));
    QCOMPARE(bytesOf(source), QByteArrayLiteral("again"));
}

void TestSecret::wipeEmpties()
{
    Secret s = Secret::fromText(QStringLiteral("12345678"));
    s.wipe();
    QVERIFY(s.empty());
    s.wipe(); // twice is harmless
    QVERIFY(s.empty());
    QVERIFY(s == Secret());
}

void TestSecret::append()
{
    Secret s = Secret::fromText(QStringLiteral("1234"));
    s.append("5678", 4);
    QCOMPARE(bytesOf(s), QByteArrayLiteral("12345678"));
    s.append("", 0);
    QCOMPARE(bytesOf(s), QByteArrayLiteral("12345678"));
}

void TestSecret::appendToEmpty()
{
    Secret s;
    s.append("abc", 3);
    QCOMPARE(bytesOf(s), QByteArrayLiteral("abc"));
}

void TestSecret::resizeShrinks()
{
    Secret s = Secret::fromText(QStringLiteral("12345678"));
    s.resize(4);
    QCOMPARE(bytesOf(s), QByteArrayLiteral("1234"));
    s.resize(4);
    QCOMPARE(bytesOf(s), QByteArrayLiteral("1234"));
    s.resize(0);
    QVERIFY(s.empty());
}

void TestSecret::resizeGrowsWithZeros()
{
    Secret s = Secret::fromText(QStringLiteral("ab"));
    s.resize(5);
    QCOMPARE(bytesOf(s), QByteArray("ab\0\0\0", 5));
}

void TestSecret::resizeFromEmpty()
{
    Secret s;
    s.resize(3);
    QCOMPARE(bytesOf(s), QByteArray(3, '\0'));
}

void TestSecret::equality_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("same") << QByteArrayLiteral("12345678") << QByteArrayLiteral("12345678") << true;
    QTest::newRow("differ in last byte")
        << QByteArrayLiteral("12345678") << QByteArrayLiteral("12345679") << false;
    QTest::newRow("differ in first byte")
        << QByteArrayLiteral("12345678") << QByteArrayLiteral("02345678") << false;
    QTest::newRow("prefix") << QByteArrayLiteral("1234") << QByteArrayLiteral("12345678") << false;
    QTest::newRow("empty vs one") << QByteArray() << QByteArrayLiteral("1") << false;
    QTest::newRow("embedded zero") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
    QTest::newRow("case matters") << QByteArrayLiteral("abc") << QByteArrayLiteral("ABC") << false;
}

void TestSecret::equality()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    const Secret sa = Secret::fromBytes(a);
    const Secret sb = Secret::fromBytes(b);
    QCOMPARE(sa == sb, equal);
    QCOMPARE(sb == sa, equal);
    QVERIFY(sa == sa);
}

void TestSecret::randomSize_data()
{
    QTest::addColumn<int>("size");
    for (int n : {0, 1, 8, 24, 32, 1000})
        QTest::addRow("%d", n) << n;
}

void TestSecret::randomSize()
{
    QFETCH(int, size);
    const Secret s = Secret::random(static_cast<std::size_t>(size));
    QCOMPARE(s.size(), static_cast<std::size_t>(size));
    QCOMPARE(s.empty(), size == 0);
}

void TestSecret::randomDiffers()
{
    // 32 random bytes colliding, or being all zero, would mean the CSPRNG is not used.
    QSet<QByteArray> seen;
    for (int i = 0; i < 16; ++i) {
        const QByteArray b = bytesOf(Secret::random(32));
        QVERIFY(b != QByteArray(32, '\0'));
        QVERIFY(!seen.contains(b));
        seen.insert(b);
    }
}

void TestSecret::wipeByteArrayLeavesSharedCopy()
{
    QByteArray original("secret");
    QByteArray shared = original; // implicitly shared: one buffer, two owners
    tpmvsc::wipe(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(original, QByteArrayLiteral("secret"));

    QByteArray alone("another");
    tpmvsc::wipe(alone);
    QVERIFY(alone.isEmpty());
}

void TestSecret::wipeByteArrayEmpty()
{
    QByteArray empty;
    tpmvsc::wipe(empty);
    QVERIFY(empty.isEmpty());
    QByteArray null;
    tpmvsc::wipe(null);
    QVERIFY(null.isNull() || null.isEmpty());
}

void TestSecret::wipeStringLeavesSharedCopy()
{
    QString original = QStringLiteral("12345678");
    QString shared = original;
    tpmvsc::wipe(shared);
    QVERIFY(shared.isEmpty());
    QCOMPARE(original, QStringLiteral("12345678"));

    QString empty;
    tpmvsc::wipe(empty);
    QVERIFY(empty.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecret)
#include "test_secret.moc"
