#include "core/card/AdminResponse.h"
#include "core/util/Error.h"
#include "tests/support/ExpectError.h"
#include "tests/support/SkipOrFail.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace tpmvsc;
using tpmvsc::test::errorFrom;

namespace {

QByteArray bytesOf(const Secret& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.data()), static_cast<qsizetype>(s.size()));
}

QByteArray randomBytes(int size)
{
    return bytesOf(Secret::random(static_cast<std::size_t>(size)));
}

// The independent answer: the openssl CLI, given the same key and challenge. ECB and
// CBC with a zero IV must agree on a single block, so both are asked.
QByteArray opensslEncrypt(const QByteArray& key, const QByteArray& block, bool cbc)
{
    QStringList args{QStringLiteral("enc"),
                     cbc ? QStringLiteral("-des-ede3-cbc") : QStringLiteral("-des-ede3"),
                     QStringLiteral("-nopad"),
                     QStringLiteral("-nosalt"),
                     QStringLiteral("-K"),
                     QString::fromLatin1(key.toHex())};
    if (cbc)
        args << QStringLiteral("-iv") << QStringLiteral("0000000000000000");
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted())
        return {};
    p.write(block);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("openssl failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

} // namespace

class TestAdminResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultKey();
    void parseAdminKeyValid_data();
    void parseAdminKeyValid();
    void parseAdminKeyInvalid_data();
    void parseAdminKeyInvalid();
    void parseAdminKeyErrorHidesKey();
    void parseHex8Valid_data();
    void parseHex8Valid();
    void parseHex8Invalid_data();
    void parseHex8Invalid();
    void knownAnswers_data();
    void knownAnswers();
    void matchesOpensslCli_data();
    void matchesOpensslCli();
    void responseDependsOnKeyAndChallenge();
    void weakKeys_data();
    void weakKeys();
    void weakKeysAreSingleDes_data();
    void weakKeysAreSingleDes();
    void rejectsWrongSizes();
    void formatGrouped_data();
    void formatGrouped();
    void formatThenParseRoundTrips();
};

void TestAdminResponse::defaultKey()
{
    const Secret key = defaultAdminKey();
    QCOMPARE(key.size(), std::size_t(kAdminKeySize));
    QCOMPARE(bytesOf(key).toHex(),
             QByteArrayLiteral("010203040506070801020304050607080102030405060708"));
    QVERIFY(key ==
            parseAdminKey(QStringLiteral("010203040506070801020304050607080102030405060708")));
}

void TestAdminResponse::parseAdminKeyValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expectedHex");
    const QByteArray k = QByteArrayLiteral("0123456789abcdeffedcba987654321089abcdef01234567");
    QTest::newRow("lower case") << QString::fromLatin1(k) << k;
    QTest::newRow("upper case") << QString::fromLatin1(k.toUpper()) << k;
    QTest::newRow("groups of four")
        << QStringLiteral("0123 4567 89AB CDEF FEDC BA98 7654 3210 89AB CDEF 0123 4567") << k;
    QTest::newRow("colons")
        << QStringLiteral("01:23:45:67:89:ab:cd:ef:fe:dc:ba:98:76:54:32:10:89:ab:cd:ef:01:23:45:67")
        << k;
    QTest::newRow("surrounding whitespace")
        << QStringLiteral("  0123456789abcdeffedcba987654321089abcdef01234567\n") << k;
    QTest::newRow("odd grouping") << QStringLiteral(
                                         "0 123456789abcdeffedcba987654321089abcdef0123456 7")
                                  << k;
    QTest::newRow("all zero") << QString(48, u'0') << QByteArray(48, '0');
    QTest::newRow("all ff") << QString(48, u'F') << QByteArray(48, 'f');
}

void TestAdminResponse::parseAdminKeyValid()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expectedHex);
    const Secret key = parseAdminKey(text);
    QCOMPARE(key.size(), std::size_t(kAdminKeySize));
    QCOMPARE(bytesOf(key).toHex(), expectedHex);
}

void TestAdminResponse::parseAdminKeyInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString k = QStringLiteral("0123456789abcdeffedcba987654321089abcdef01234567");
    QTest::newRow("46 digits")
        << k.left(46)
        << QStringLiteral("The admin key must be 48 hexadecimal digits (24 bytes); you gave 46.");
    QTest::newRow("47 digits")
        << k.left(47)
        << QStringLiteral("The admin key must be 48 hexadecimal digits (24 bytes); you gave 47.");
    QTest::newRow("50 digits")
        << k + QStringLiteral("00")
        << QStringLiteral("The admin key must be 48 hexadecimal digits (24 bytes); you gave 50.");
    QTest::newRow("empty") << QString()
                           << QStringLiteral("The admin key must be 48 hexadecimal digits (24 "
                                             "bytes); you gave 0.");
    QTest::newRow("only separators")
        << QStringLiteral(" : :")
        << QStringLiteral("The admin key must be 48 hexadecimal digits (24 bytes); you gave 0.");
    QTest::newRow("g at 7")
        << QStringLiteral("012345g789abcdeffedcba987654321089abcdef01234567")
        << QStringLiteral("The admin key has a character that is not hexadecimal at position 7.");
    // Positions count what the user typed, separators included, so they can find it.
    QTest::newRow("position counts separators")
        << QStringLiteral("0123 4567 z9AB")
        << QStringLiteral("The admin key has a character that is not hexadecimal at position 11.");
    QTest::newRow("0x prefix")
        << QStringLiteral("0x0123456789abcdeffedcba987654321089abcdef012345")
        << QStringLiteral("The admin key has a character that is not hexadecimal at position 2.");
    QTest::newRow("non-ascii")
        << QStringLiteral("01234567\u00e9")
        << QStringLiteral("The admin key has a character that is not hexadecimal at position 9.");
    QTest::newRow("control character")
        << QStringLiteral("0123\x01")
        << QStringLiteral("The admin key has a character that is not hexadecimal at position 5.");
    // A bad character is reported before the length, which would otherwise mislead.
    QTest::newRow("bad char in short key")
        << QStringLiteral("01.3")
        << QStringLiteral("The admin key has a character that is not hexadecimal at position 3.");
}

void TestAdminResponse::parseAdminKeyInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const std::optional<Error> e = errorFrom([&] { parseAdminKey(text); });
    QVERIFY(e.has_value());
    QCOMPARE(e->code(), ErrorCode::InvalidInput);
    QCOMPARE(e->message(), message);
}

void TestAdminResponse::parseAdminKeyErrorHidesKey()
{
    // Distinctive digit runs, so any leak of the key into a message would show.
    const QString nearlyKey = QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a0918273645546372");
    for (const QString& text :
         {nearlyKey, nearlyKey + QStringLiteral("q"), nearlyKey + QStringLiteral("12")}) {
        const std::optional<Error> e = errorFrom([&] { parseAdminKey(text); });
        QVERIFY(e.has_value());
        QVERIFY2(!e->message().contains(QStringLiteral("9f8e"), Qt::CaseInsensitive),
                 qPrintable(e->message()));
        QVERIFY2(!e->message().contains(QStringLiteral("6372"), Qt::CaseInsensitive),
                 qPrintable(e->message()));
        QVERIFY(!QByteArray(e->what()).contains("9f8e"));
    }
}

void TestAdminResponse::parseHex8Valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::newRow("plain") << QStringLiteral("0123456789abcdef")
                           << QByteArrayLiteral("0123456789abcdef");
    QTest::newRow("upper") << QStringLiteral("0123456789ABCDEF")
                           << QByteArrayLiteral("0123456789abcdef");
    QTest::newRow("grouped") << QStringLiteral("0123 4567 89AB CDEF")
                             << QByteArrayLiteral("0123456789abcdef");
    QTest::newRow("dashes") << QStringLiteral("0123-4567-89AB-CDEF")
                            << QByteArrayLiteral("0123456789abcdef");
    QTest::newRow("zero") << QStringLiteral("0000000000000000")
                          << QByteArrayLiteral("0000000000000000");
}

void TestAdminResponse::parseHex8Valid()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expectedHex);
    const QByteArray bytes = parseHex8(text, Sentence::literal(QStringLiteral("challenge")));
    QCOMPARE(bytes.size(), kChallengeSize);
    QCOMPARE(bytes.toHex(), expectedHex);
}

void TestAdminResponse::parseHex8Invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("short challenge")
        << QStringLiteral("0123 4567 89AB CDE") << QStringLiteral("challenge")
        << QStringLiteral("The challenge must be 16 hexadecimal digits (8 bytes); you gave 15.");
    QTest::newRow("long response")
        << QStringLiteral("0123456789ABCDEF01") << QStringLiteral("response")
        << QStringLiteral("The response must be 16 hexadecimal digits (8 bytes); you gave 18.");
    QTest::newRow("empty response")
        << QString() << QStringLiteral("response")
        << QStringLiteral("The response must be 16 hexadecimal digits (8 bytes); you gave 0.");
    QTest::newRow("bad char")
        << QStringLiteral("0123 4567 89AB CDEG") << QStringLiteral("challenge")
        << QStringLiteral(
               "The challenge has a character that is not hexadecimal at position 19: 'G'.");
    QTest::newRow("letter o for zero")
        << QStringLiteral("O123456789ABCDEF") << QStringLiteral("response")
        << QStringLiteral(
               "The response has a character that is not hexadecimal at position 1: 'O'.");
}

void TestAdminResponse::parseHex8Invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, what);
    QFETCH(QString, message);
    const std::optional<Error> e = errorFrom([&] { parseHex8(text, Sentence::literal(what)); });
    QVERIFY(e.has_value());
    QCOMPARE(e->code(), ErrorCode::InvalidInput);
    QCOMPARE(e->message(), message);
}

void TestAdminResponse::knownAnswers_data()
{
    // Derived once with the openssl CLI, e.g.
    //   printf '\x01\x02\x03\x04\x05\x06\x07\x08' |
    //     openssl enc -des-ede3-cbc -iv 0000000000000000 -nopad -nosalt -K <key> | xxd -p
    // Kept here so a regression shows even where no openssl binary is installed.
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QByteArray>("responseHex");
    // The default key repeats one DES key three times, so this is single DES in effect.
    QTest::newRow("default key") << QStringLiteral(
                                        "010203040506070801020304050607080102030405060708")
                                 << QStringLiteral("0102030405060708")
                                 << QByteArrayLiteral("77a7d6bcf57962b9");
    QTest::newRow("default key, zero challenge")
        << QStringLiteral("010203040506070801020304050607080102030405060708")
        << QStringLiteral("0000000000000000") << QByteArrayLiteral("b073dc3fb209536d");
    // Three distinct DES keys, so a mix-up of K1/K2/K3 or of EDE order shows.
    QTest::newRow("three distinct keys")
        << QStringLiteral("0123456789ABCDEFFEDCBA987654321089ABCDEF01234567")
        << QStringLiteral("4E6F772069732074") << QByteArrayLiteral("fbe62b683922941e");
}

void TestAdminResponse::knownAnswers()
{
    QFETCH(QString, key);
    QFETCH(QString, challenge);
    QFETCH(QByteArray, responseHex);
    const Secret response = computeAdminResponse(
        parseAdminKey(key), parseHex8(challenge, Sentence::literal(QStringLiteral("challenge"))));
    QCOMPARE(response.size(), std::size_t(kResponseSize));
    QCOMPARE(bytesOf(response).toHex(), responseHex);
}

void TestAdminResponse::matchesOpensslCli_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("challenge");
    QTest::newRow("default key, random challenge")
        << bytesOf(defaultAdminKey()) << randomBytes(kChallengeSize);
    for (int i = 0; i < 8; ++i)
        QTest::addRow("random %d", i) << randomBytes(kAdminKeySize) << randomBytes(kChallengeSize);
    QTest::newRow("all-ff challenge") << randomBytes(kAdminKeySize) << QByteArray(8, '\xff');
}

void TestAdminResponse::matchesOpensslCli()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        TPMVSC_SKIP_OR_FAIL(
            "the openssl command is not installed; only the built-in known answers ran");
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, challenge);
    const QByteArray ecb = opensslEncrypt(key, challenge, false);
    const QByteArray cbc = opensslEncrypt(key, challenge, true);
    QCOMPARE(ecb.size(), kResponseSize);
    QCOMPARE(cbc, ecb);
    const Secret response = computeAdminResponse(Secret::fromBytes(key), challenge);
    QCOMPARE(bytesOf(response).toHex(), ecb.toHex());
}

void TestAdminResponse::responseDependsOnKeyAndChallenge()
{
    const Secret key =
        parseAdminKey(QStringLiteral("0123456789ABCDEFFEDCBA987654321089ABCDEF01234567"));
    const QByteArray challenge = QByteArray::fromHex("4E6F772069732074");
    const QByteArray base = bytesOf(computeAdminResponse(key, challenge));
    QCOMPARE(bytesOf(computeAdminResponse(key, challenge)), base); // deterministic

    QByteArray otherChallenge = challenge;
    otherChallenge[7] = static_cast<char>(otherChallenge[7] ^ 0x01);
    QVERIFY(bytesOf(computeAdminResponse(key, otherChallenge)) != base);

    // Flip one bit in each of the three DES keys in turn (bit 1: bit 0 is parity,
    // which DES ignores); each must change the answer, so all three keys are used.
    for (int part = 0; part < 3; ++part) {
        Secret otherKey = key;
        otherKey.data()[part * 8] ^= 0x02;
        QVERIFY2(bytesOf(computeAdminResponse(otherKey, challenge)) != base,
                 qPrintable(QStringLiteral("DES key %1 is ignored").arg(part + 1)));
    }
}

void TestAdminResponse::weakKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // in the reason; empty: the key is acceptable
    const QString k1 = QStringLiteral("0123456789ABCDEF");
    const QString k2 = QStringLiteral("FEDCBA9876543210");
    const QString k3 = QStringLiteral("89ABCDEF01234567");
    // K2 with the lowest bit of every byte flipped: a different text, the same DES key.
    const QString k2Parity = QStringLiteral("FFDDBB9977553311");
    QTest::newRow("three different parts") << k1 + k2 + k3 << QString();
    // K1 = K3 is two-key 3DES (112 bits), not single DES.
    QTest::newRow("first and third equal") << k1 + k2 + k1 << QString();
    QTest::newRow("first and second equal")
        << k1 + k1 + k3 << QStringLiteral("Digits 1-16 and 17-32 of the admin key are the same");
    QTest::newRow("second and third equal")
        << k1 + k2 + k2 << QStringLiteral("Digits 17-32 and 33-48 of the admin key are the same");
    QTest::newRow("all three equal")
        << k3 + k3 + k3 << QStringLiteral("Digits 1-16 and 17-32 of the admin key are the same");
    QTest::newRow("all zero") << QString(48, u'0') << QStringLiteral("Digits 1-16 and 17-32");
    QTest::newRow("equal but for parity bits")
        << k2 + k2Parity + k3
        << QStringLiteral("Digits 1-16 and 17-32 of the admin key differ only in the lowest bit");
    QTest::newRow("second and third equal but for parity bits")
        << k1 + k2 + k2Parity
        << QStringLiteral("Digits 17-32 and 33-48 of the admin key differ only in the lowest bit");
    // Windows defines it: warned about as public where it is chosen, not refused as weak.
    QTest::newRow("the default key")
        << QStringLiteral("010203040506070801020304050607080102030405060708") << QString();
    QTest::newRow("the default key but for a parity bit")
        << QStringLiteral("000203040506070801020304050607080102030405060708")
        << QStringLiteral("Digits 1-16 and 17-32 of the admin key differ only in the lowest bit");
}

void TestAdminResponse::weakKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const AdminKeyWeakness weakness = adminKeyWeakness(parseAdminKey(key));
    const QString reason = weakness.text().english();
    if (expected.isEmpty()) {
        QVERIFY2(!weakness && reason.isEmpty(), qPrintable(reason));
        return;
    }
    QVERIFY(weakness);
    QCOMPARE(weakness.parityOnly, reason.contains(QLatin1String("lowest bit")));
    QVERIFY2(reason.contains(expected), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("single DES")), qPrintable(reason));
    // The reason may reach a log or a screen: positions, never the key's digits.
    for (int part = 0; part < 3; ++part)
        QVERIFY2(!reason.contains(key.mid(part * 16, 8), Qt::CaseInsensitive), qPrintable(reason));
    // Sizes other than 24 bytes are refused elsewhere, never called weak here.
    QVERIFY(!adminKeyWeakness(Secret()));
    QVERIFY(!adminKeyWeakness(Secret::fromText(QString(16, u'a'))));
}

// What the rule claims, checked against the cipher: a refused key gives the responses of
// single DES under its remaining part (3DES with K, K, K), for every challenge tried.
void TestAdminResponse::weakKeysAreSingleDes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("singleDesKey");
    const QString k1 = QStringLiteral("0123456789ABCDEF");
    const QString k2 = QStringLiteral("FEDCBA9876543210");
    const QString k2Parity = QStringLiteral("FFDDBB9977553311");
    const QString k3 = QStringLiteral("89ABCDEF01234567");
    QTest::newRow("K1 = K2: K3 is left") << k1 + k1 + k3 << k3;
    QTest::newRow("K2 = K3: K1 is left") << k1 + k2 + k2 << k1;
    QTest::newRow("K1 = K2 but for parity: K3 is left") << k2 + k2Parity + k3 << k3;
}

void TestAdminResponse::weakKeysAreSingleDes()
{
    QFETCH(QString, key);
    QFETCH(QString, singleDesKey);
    const Secret weak = parseAdminKey(key);
    QVERIFY(adminKeyWeakness(weak));
    const Secret single = parseAdminKey(singleDesKey + singleDesKey + singleDesKey);
    for (int i = 0; i < 4; ++i) {
        const QByteArray challenge = randomBytes(kChallengeSize);
        QCOMPARE(bytesOf(computeAdminResponse(weak, challenge)),
                 bytesOf(computeAdminResponse(single, challenge)));
    }
}

void TestAdminResponse::rejectsWrongSizes()
{
    const Secret key = defaultAdminKey();
    const QByteArray challenge(kChallengeSize, '\x5a');
    for (int size : {0, 7, 9, 16}) {
        const std::optional<Error> e =
            errorFrom([&] { computeAdminResponse(key, QByteArray(size, '\x5a')); });
        QVERIFY2(e.has_value(), qPrintable(QStringLiteral("challenge of %1 bytes").arg(size)));
        QCOMPARE(e->code(), ErrorCode::InvalidInput);
    }
    for (int size : {0, 16, 23, 25, 32}) {
        const Secret badKey = Secret::random(static_cast<std::size_t>(size));
        const std::optional<Error> e = errorFrom([&] { computeAdminResponse(badKey, challenge); });
        QVERIFY2(e.has_value(), qPrintable(QStringLiteral("key of %1 bytes").arg(size)));
        QCOMPARE(e->code(), ErrorCode::InvalidInput);
    }
}

void TestAdminResponse::formatGrouped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("one byte") << QByteArray::fromHex("0a") << QStringLiteral("0A");
    QTest::newRow("two bytes") << QByteArray::fromHex("0a0b") << QStringLiteral("0A0B");
    QTest::newRow("three bytes") << QByteArray::fromHex("0a0b0c") << QStringLiteral("0A0B 0C");
    QTest::newRow("challenge") << QByteArray::fromHex("0123456789abcdef")
                               << QStringLiteral("0123 4567 89AB CDEF");
    QTest::newRow("admin key")
        << QByteArray::fromHex("010203040506070801020304050607080102030405060708")
        << QStringLiteral("0102 0304 0506 0708 0102 0304 0506 0708 0102 0304 0506 0708");
    QTest::newRow("high bytes") << QByteArray(4, '\xff') << QStringLiteral("FFFF FFFF");
}

void TestAdminResponse::formatGrouped()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(tpmvsc::formatGrouped(bytes), expected);
}

void TestAdminResponse::formatThenParseRoundTrips()
{
    for (int i = 0; i < 16; ++i) {
        const QByteArray b = randomBytes(kChallengeSize);
        QCOMPARE(parseHex8(tpmvsc::formatGrouped(b), Sentence::literal(QStringLiteral("response"))),
                 b);
    }
}

QTEST_GUILESS_MAIN(TestAdminResponse)
#include "test_adminresponse.moc"
