#include "core/policy/PinPolicy.h"
#include "core/util/Error.h"
#include "tests/support/ExpectError.h"

#include <QTest>
#include <optional>

using namespace tpmvsc;
using tpmvsc::test::errorFrom;

Q_DECLARE_METATYPE(tpmvsc::PinPolicy)
Q_DECLARE_METATYPE(tpmvsc::CharRule)
Q_DECLARE_METATYPE(QList<tpmvsc::PinRuleId>)

namespace {

constexpr CharRule A = CharRule::Allowed;
constexpr CharRule D = CharRule::Disallowed;
constexpr CharRule R = CharRule::Required;

PinPolicy policy(int minLen = PinPolicy::kDefaultMinLen, int maxLen = PinPolicy::kMaxLenUpperBound,
                 CharRule upper = A, CharRule lower = A, CharRule digits = A, CharRule special = A)
{
    PinPolicy p;
    p.minLen = minLen;
    p.maxLen = maxLen;
    p.uppercase = upper;
    p.lowercase = lower;
    p.digits = digits;
    p.specialChars = special;
    return p;
}

const char* ruleName(PinRuleId rule)
{
    switch (rule) {
    case PinRuleId::MinLength: return "MinLength";
    case PinRuleId::MaxLength: return "MaxLength";
    case PinRuleId::PrintableAscii: return "PrintableAscii";
    case PinRuleId::Uppercase: return "Uppercase";
    case PinRuleId::Lowercase: return "Lowercase";
    case PinRuleId::Digits: return "Digits";
    case PinRuleId::SpecialChars: return "SpecialChars";
    }
    return "?";
}

const char* stateName(PinRuleState state)
{
    switch (state) {
    case PinRuleState::Met: return "Met";
    case PinRuleState::NotMet: return "NotMet";
    case PinRuleState::Forbidden: return "Forbidden";
    }
    return "?";
}

// "MinLength=Met MaxLength=Met ...": the whole answer in one comparable, readable string.
QString summary(const PinCheck& check)
{
    QStringList parts;
    for (const PinRuleResult& r : check.rules)
        parts << QString::fromLatin1(ruleName(r.rule)) + QLatin1Char('=') +
                     QString::fromLatin1(stateName(r.state));
    return parts.join(QLatin1Char(' '));
}

// The three rules that always apply, with the given states.
QString base(const char* min = "Met", const char* max = "Met", const char* ascii = "Met")
{
    return QStringLiteral("MinLength=%1 MaxLength=%2 PrintableAscii=%3")
        .arg(QLatin1String(min), QLatin1String(max), QLatin1String(ascii));
}

QString ok()
{
    return base();
}

bool isAscii(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace

class TestPinPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void checkPin_data();
    void checkPin();
    void checkSecretBytes_data();
    void checkSecretBytes();
    void ruleOrderIsFixed();
    void allowedClassesHaveNoLine();
    void rulesListed_data();
    void rulesListed();
    void rulesDoNotDependOnState();
    void firstProblem_data();
    void firstProblem();
    void firstProblemPuk();
    void enforcePin();
    void enforcePuk();
    void validate_data();
    void validate();
    void pukPolicy();
    void parseCharRule_data();
    void parseCharRule();
    void parseCharRuleRejects_data();
    void parseCharRuleRejects();
    void charRuleNames();
};

void TestPinPolicy::defaults()
{
    const PinPolicy p;
    QCOMPARE(p.minLen, 8);
    QCOMPARE(p.maxLen, 127);
    QCOMPARE(p.uppercase, A);
    QCOMPARE(p.lowercase, A);
    QCOMPARE(p.digits, A);
    QCOMPARE(p.specialChars, A);
    QVERIFY(p.validate().isEmpty());
    QVERIFY(tpmvsc::checkPin(p, QStringLiteral("12345678")).ok()); // the tpmvscmgr default PIN
}

void TestPinPolicy::checkPin_data()
{
    QTest::addColumn<PinPolicy>("policy");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("expected");

    // Length boundaries.
    QTest::newRow("empty") << policy() << QString() << base("NotMet");
    QTest::newRow("7 of min 8") << policy() << QStringLiteral("1234567") << base("NotMet");
    QTest::newRow("8 of min 8") << policy() << QStringLiteral("12345678") << ok();
    QTest::newRow("3 of min 4") << policy(4) << QStringLiteral("123") << base("NotMet");
    QTest::newRow("4 of min 4") << policy(4) << QStringLiteral("1234") << ok();
    QTest::newRow("127 of max 127") << policy() << QString(127, u'x') << ok();
    QTest::newRow("128 of max 127") << policy() << QString(128, u'x') << base("Met", "Forbidden");
    QTest::newRow("8 of max 8") << policy(4, 8) << QStringLiteral("12345678") << ok();
    QTest::newRow("9 of max 8") << policy(4, 8) << QStringLiteral("123456789")
                                << base("Met", "Forbidden");
    QTest::newRow("min = max, exact") << policy(4, 4) << QStringLiteral("1234") << ok();
    QTest::newRow("min = max, short") << policy(4, 4) << QStringLiteral("123") << base("NotMet");
    QTest::newRow("min = max, long")
        << policy(4, 4) << QStringLiteral("12345") << base("Met", "Forbidden");

    // Printable ASCII: 0x20..0x7e, nothing else.
    QTest::newRow("space and tilde are printable")
        << policy() << QStringLiteral(" ~ ~ ~ ~") << ok();
    QTest::newRow("e acute") << policy() << QStringLiteral("1234567\u00e9")
                             << base("Met", "Met", "Forbidden");
    QTest::newRow("tab") << policy() << QStringLiteral("1234\t5678")
                         << base("Met", "Met", "Forbidden");
    QTest::newRow("newline") << policy() << QStringLiteral("12345678\n")
                             << base("Met", "Met", "Forbidden");
    QTest::newRow("DEL 0x7f") << policy()
                              << QStringLiteral("1234\x7f"
                                                "5678")
                              << base("Met", "Met", "Forbidden");
    QTest::newRow("0x1f") << policy()
                          << QStringLiteral("1234\x1f"
                                            "5678")
                          << base("Met", "Met", "Forbidden");
    QTest::newRow("NUL") << policy() << (QStringLiteral("1234") + QChar(0) + QStringLiteral("5678"))
                         << base("Met", "Met", "Forbidden");
    QTest::newRow("0x80") << policy() << (QStringLiteral("12345678") + QChar(0x80))
                          << base("Met", "Met", "Forbidden");
    QTest::newRow("non-breaking space")
        << policy() << QStringLiteral("1234\u00a05678") << base("Met", "Met", "Forbidden");
    QTest::newRow("full-width digit")
        << policy() << QStringLiteral("1234567\uff18") << base("Met", "Met", "Forbidden");
    // A character outside the BMP is one character, not two UTF-16 units.
    QTest::newRow("emoji counts once")
        << policy() << QStringLiteral("1234567\U0001F600") << base("Met", "Met", "Forbidden");
    QTest::newRow("emoji leaves it short")
        << policy() << QStringLiteral("123456\U0001F600") << base("NotMet", "Met", "Forbidden");
    QTest::newRow("lone surrogate") << policy() << (QStringLiteral("12345678") + QChar(0xd800))
                                    << base("Met", "Met", "Forbidden");
    QTest::newRow("too short and non-ascii")
        << policy() << QStringLiteral("\u00e9") << base("NotMet", "Met", "Forbidden");
    // Non-ASCII letters are not letters of any class: only the ASCII rule catches them.
    QTest::newRow("e acute is not lowercase")
        << policy(8, 127, A, D, A, A) << QStringLiteral("1234567\u00e9")
        << base("Met", "Met", "Forbidden") + QStringLiteral(" Lowercase=Met");
    QTest::newRow("e acute is not special")
        << policy(8, 127, A, A, A, R) << QStringLiteral("1234567\u00e9")
        << base("Met", "Met", "Forbidden") + QStringLiteral(" SpecialChars=NotMet");

    // Every class under Required and Disallowed, against a PIN made of each class.
    struct Class {
        const char* name;
        const char* rule;
        QString sample;
    };
    const Class classes[] = {
        {"upper", "Uppercase", QStringLiteral("ABCDEFGH")},
        {"lower", "Lowercase", QStringLiteral("abcdefgh")},
        {"digits", "Digits", QStringLiteral("12345678")},
        {"special", "SpecialChars", QStringLiteral("!@#$%^&*")},
    };
    for (int ruled = 0; ruled < 4; ++ruled) {
        for (CharRule rule : {R, D}) {
            CharRule rules[4] = {A, A, A, A};
            rules[ruled] = rule;
            const PinPolicy p = policy(8, 127, rules[0], rules[1], rules[2], rules[3]);
            for (int sample = 0; sample < 4; ++sample) {
                const bool present = sample == ruled;
                const char* state =
                    rule == R ? (present ? "Met" : "NotMet") : (present ? "Forbidden" : "Met");
                QTest::addRow("%s %s, pin of %s", classes[ruled].name,
                              rule == R ? "required" : "disallowed", classes[sample].name)
                    << p << classes[sample].sample
                    << ok() + QStringLiteral(" %1=%2").arg(QLatin1String(classes[ruled].rule),
                                                           QLatin1String(state));
            }
        }
    }

    // "Special" is every printable ASCII that is not a letter or digit, space included,
    // including the characters right next to the letter and digit ranges.
    QTest::newRow("space is special") << policy(8, 127, A, A, A, D) << QStringLiteral("1234 567")
                                      << ok() + QStringLiteral(" SpecialChars=Forbidden");
    QTest::newRow("only spaces meet special")
        << policy(8, 127, D, D, D, R) << QString(8, u' ')
        << ok() + QStringLiteral(" Uppercase=Met Lowercase=Met "
                                 "Digits=Met SpecialChars=Met");
    QTest::newRow("neighbours of the ranges are special")
        << policy(8, 127, D, D, D, R) << QStringLiteral("@[`{/:~ ")
        << ok() + QStringLiteral(" Uppercase=Met Lowercase=Met Digits=Met SpecialChars=Met");
    QTest::newRow("range ends are letters and digits")
        << policy(6, 127, R, R, R, D) << QStringLiteral("AZaz09")
        << ok() + QStringLiteral(" Uppercase=Met Lowercase=Met Digits=Met SpecialChars=Met");

    // Combinations.
    QTest::newRow("all required, all present")
        << policy(4, 127, R, R, R, R) << QStringLiteral("Aa1!")
        << ok() + QStringLiteral(" Uppercase=Met Lowercase=Met Digits=Met SpecialChars=Met");
    QTest::newRow("all required, special missing")
        << policy(4, 127, R, R, R, R) << QStringLiteral("Aa1b")
        << ok() + QStringLiteral(" Uppercase=Met Lowercase=Met Digits=Met SpecialChars=NotMet");
    QTest::newRow("all required, none present")
        << policy(4, 127, R, R, R, R) << QString()
        << base("NotMet") +
               QStringLiteral(
                   " Uppercase=NotMet Lowercase=NotMet Digits=NotMet SpecialChars=NotMet");
    QTest::newRow("digits only policy, letters typed")
        << policy(4, 8, D, D, R, D) << QStringLiteral("12ab34")
        << ok() + QStringLiteral(" Uppercase=Met Lowercase=Forbidden Digits=Met SpecialChars=Met");
    QTest::newRow("digits only policy, numeric PIN")
        << policy(4, 8, D, D, R, D) << QStringLiteral("1234")
        << ok() + QStringLiteral(" Uppercase=Met Lowercase=Met Digits=Met SpecialChars=Met");
    QTest::newRow("every rule broken at once")
        << policy(8, 127, R, D, D, R) << QStringLiteral("ab1\u00e9")
        << base("NotMet", "Met", "Forbidden") +
               QStringLiteral(" Uppercase=NotMet Lowercase=Forbidden Digits=Forbidden "
                              "SpecialChars=NotMet");
    QTest::newRow("too long and a required class missing")
        << policy(4, 8, R, A, A, A) << QStringLiteral("abcdefghij")
        << base("Met", "Forbidden") + QStringLiteral(" Uppercase=NotMet");
    QTest::newRow("mixed allowed and ruled")
        << policy(8, 127, A, R, A, D) << QStringLiteral("ABCdef12")
        << ok() + QStringLiteral(" Lowercase=Met SpecialChars=Met");
}

void TestPinPolicy::checkPin()
{
    QFETCH(PinPolicy, policy);
    QFETCH(QString, pin);
    QFETCH(QString, expected);
    const PinCheck check = tpmvsc::checkPin(policy, pin);
    QCOMPARE(summary(check), expected);
    QCOMPARE(check.ok(), !expected.contains(QStringLiteral("NotMet")) &&
                             !expected.contains(QStringLiteral("Forbidden")));
    QCOMPARE(check.firstProblem().isEmpty(), check.ok());

    // The Secret overload, as the card itself calls it, must answer the same. Only
    // ASCII PINs have one byte per character; non-ASCII ones must fail in both (a lone
    // surrogate has no UTF-8 form: toUtf8 makes it '?', so that row has no byte twin).
    const QByteArray utf8 = pin.toUtf8();
    const Secret secret = Secret::fromBytes(utf8);
    const PinCheck secretCheck = tpmvsc::checkPin(policy, secret);
    if (isAscii(pin)) {
        QCOMPARE(summary(secretCheck), expected);
    } else if (QString::fromUtf8(utf8) == pin) {
        QVERIFY(!secretCheck.ok());
        QVERIFY(summary(secretCheck).contains(QStringLiteral("PrintableAscii=Forbidden")));
    }
}

void TestPinPolicy::checkSecretBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QByteArrayLiteral("12345678") << ok();
    QTest::newRow("0x20 and 0x7e") << QByteArrayLiteral(" ~ ~ ~ ~") << ok();
    QTest::newRow("latin-1 e acute")
        << QByteArray("1234567\xe9", 8) << base("Met", "Met", "Forbidden");
    QTest::newRow("utf-8 e acute")
        << QByteArray("123456\xc3\xa9", 8) << base("Met", "Met", "Forbidden");
    QTest::newRow("DEL") << QByteArray("1234567\x7f", 8) << base("Met", "Met", "Forbidden");
    QTest::newRow("0x80") << QByteArray("1234567\x80", 8) << base("Met", "Met", "Forbidden");
    QTest::newRow("0xff") << QByteArray("1234567\xff", 8) << base("Met", "Met", "Forbidden");
    QTest::newRow("NUL") << QByteArray("1234\x00"
                                       "567",
                                       8)
                         << base("Met", "Met", "Forbidden");
    QTest::newRow("tab") << QByteArray("1234\t567", 8) << base("Met", "Met", "Forbidden");
    QTest::newRow("0x1f") << QByteArray("1234\x1f"
                                        "567",
                                        8)
                          << base("Met", "Met", "Forbidden");
    QTest::newRow("7 bytes") << QByteArray("1234567", 7) << base("NotMet");
    QTest::newRow("128 bytes") << QByteArray(128, 'a') << base("Met", "Forbidden");
}

void TestPinPolicy::checkSecretBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(summary(tpmvsc::checkPin(PinPolicy(), Secret::fromBytes(bytes))), expected);
}

void TestPinPolicy::ruleOrderIsFixed()
{
    const PinCheck check = tpmvsc::checkPin(policy(8, 127, R, D, R, D), QStringLiteral("x"));
    const QList<PinRuleId> expected{
        PinRuleId::MinLength, PinRuleId::MaxLength, PinRuleId::PrintableAscii, PinRuleId::Uppercase,
        PinRuleId::Lowercase, PinRuleId::Digits,    PinRuleId::SpecialChars};
    QList<PinRuleId> actual;
    for (const PinRuleResult& r : check.rules)
        actual << r.rule;
    QCOMPARE(actual, expected);
}

void TestPinPolicy::allowedClassesHaveNoLine()
{
    const PinCheck check = tpmvsc::checkPin(policy(8, 127, A, R, A, A), QStringLiteral("x"));
    QCOMPARE(check.rules.size(), 4);
    QCOMPARE(check.rules.last().rule, PinRuleId::Lowercase);
}

void TestPinPolicy::rulesListed_data()
{
    using Id = PinRuleId;
    QTest::addColumn<PinPolicy>("policy");
    QTest::addColumn<QList<PinRuleId>>("expected");
    const QList<PinRuleId> always{Id::MinLength, Id::MaxLength, Id::PrintableAscii};
    const QList<PinRuleId> all =
        always + QList<PinRuleId>{Id::Uppercase, Id::Lowercase, Id::Digits, Id::SpecialChars};
    QTest::newRow("defaults") << policy() << always;
    QTest::newRow("short range") << policy(4, 6) << always;
    QTest::newRow("all required") << policy(8, 127, R, R, R, R) << all;
    QTest::newRow("all disallowed") << policy(8, 127, D, D, D, D) << all;
}

void TestPinPolicy::rulesListed()
{
    QFETCH(PinPolicy, policy);
    QFETCH(QList<PinRuleId>, expected);
    const PinCheck check = tpmvsc::checkPin(policy, QStringLiteral("irrelevant"));
    QList<PinRuleId> actual;
    for (const PinRuleResult& r : check.rules)
        actual << r.rule;
    QCOMPARE(actual, expected);
    QCOMPARE(check.rules.at(0).limit, policy.minLen);
    QCOMPARE(check.rules.at(1).limit, policy.maxLen);
}

void TestPinPolicy::rulesDoNotDependOnState()
{
    // A live checklist keeps its lines while the user types; only the mark changes.
    const PinPolicy p = policy(8, 10, R, D, A, A);
    const PinCheck good = tpmvsc::checkPin(p, QStringLiteral("ABCDEFGH"));
    const PinCheck bad = tpmvsc::checkPin(p, QStringLiteral("abcdefghijk\u00e9"));
    QCOMPARE(good.rules.size(), bad.rules.size());
    for (qsizetype i = 0; i < good.rules.size(); ++i) {
        QCOMPARE(good.rules.at(i).rule, bad.rules.at(i).rule);
        QCOMPARE(good.rules.at(i).limit, bad.rules.at(i).limit);
    }
    QVERIFY(good.ok());
    QCOMPARE(summary(bad), base("Met", "Forbidden", "Forbidden") +
                               QStringLiteral(" Uppercase=NotMet Lowercase=Forbidden"));
}

void TestPinPolicy::firstProblem_data()
{
    QTest::addColumn<PinPolicy>("policy");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ok") << policy() << QStringLiteral("12345678") << QString();
    QTest::newRow("too short") << policy() << QStringLiteral("1234567")
                               << QStringLiteral(
                                      "The PIN is too short: it needs at least 8 characters.");
    QTest::newRow("too short of 4")
        << policy(4) << QStringLiteral("123")
        << QStringLiteral("The PIN is too short: it needs at least 4 characters.");
    QTest::newRow("too long") << policy(4, 8) << QStringLiteral("123456789")
                              << QStringLiteral(
                                     "The PIN is too long: it can have at most 8 characters.");
    QTest::newRow("non-ascii") << policy() << QStringLiteral("1234567\u00e9")
                               << QStringLiteral(
                                      "The PIN has a character that cannot be used: only printable "
                                      "ASCII characters (unaccented letters, digits, punctuation "
                                      "and space) are allowed.");
    QTest::newRow("upper missing")
        << policy(8, 127, R) << QStringLiteral("abcdefgh")
        << QStringLiteral("The PIN needs at least one uppercase letter (A-Z).");
    QTest::newRow("upper present") << policy(8, 127, D) << QStringLiteral("abcdefgH")
                                   << QStringLiteral("The PIN must not contain uppercase letters.");
    QTest::newRow("lower missing")
        << policy(8, 127, A, R) << QStringLiteral("ABCDEFGH")
        << QStringLiteral("The PIN needs at least one lowercase letter (a-z).");
    QTest::newRow("lower present") << policy(8, 127, A, D) << QStringLiteral("ABCDEFGh")
                                   << QStringLiteral("The PIN must not contain lowercase letters.");
    QTest::newRow("digit missing") << policy(8, 127, A, A, R) << QStringLiteral("abcdefgh")
                                   << QStringLiteral("The PIN needs at least one digit (0-9).");
    QTest::newRow("digit present") << policy(8, 127, A, A, D) << QStringLiteral("abcdefg1")
                                   << QStringLiteral("The PIN must not contain digits.");
    QTest::newRow("special missing")
        << policy(8, 127, A, A, A, R) << QStringLiteral("abcdefgh")
        << QStringLiteral("The PIN needs at least one special character (punctuation, symbol or "
                          "space).");
    QTest::newRow("special present")
        << policy(8, 127, A, A, A, D) << QStringLiteral("abcd efg")
        << QStringLiteral("The PIN must not contain special characters (punctuation, symbols or "
                          "spaces).");
    // The first rule in the fixed order wins.
    QTest::newRow("short beats non-ascii")
        << policy() << QStringLiteral("\u00e9")
        << QStringLiteral("The PIN is too short: it needs at least 8 "
                          "characters.");
    QTest::newRow("non-ascii beats classes")
        << policy(8, 127, R, R, R, R)
        << QStringLiteral("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9")
        << QStringLiteral("The PIN has a character that cannot be used: only printable ASCII "
                          "characters (unaccented letters, digits, punctuation and space) are "
                          "allowed.");
    QTest::newRow("digits beat special")
        << policy(8, 127, A, A, R, R) << QStringLiteral("abcdefgh")
        << QStringLiteral("The PIN needs at least one digit (0-9).");
}

void TestPinPolicy::firstProblem()
{
    QFETCH(PinPolicy, policy);
    QFETCH(QString, pin);
    QFETCH(QString, expected);
    const PinCheck check = tpmvsc::checkPin(policy, pin);
    QCOMPARE(check.firstProblem().english(), expected);
    QCOMPARE(check.firstProblem(SecretKind::Pin).english(), expected);
    QCOMPARE(check.ok(), expected.isEmpty());
}

void TestPinPolicy::firstProblemPuk()
{
    const PinPolicy puk = PinPolicy::pukPolicy();
    QCOMPARE(
        tpmvsc::checkPin(puk, QStringLiteral("1234567")).firstProblem(SecretKind::Puk).english(),
        QStringLiteral("The PUK is too short: it needs at least 8 characters."));
    QCOMPARE(tpmvsc::checkPin(puk, QString(128, u'1')).firstProblem(SecretKind::Puk).english(),
             QStringLiteral("The PUK is too long: it can have at most 127 characters."));
    QVERIFY(tpmvsc::checkPin(puk, QStringLiteral("1234567\t"))
                .firstProblem(SecretKind::Puk)
                .english()
                .startsWith(QStringLiteral("The PUK has a character that cannot be used")));
    // Class rules never apply to PUKs, but the wording exists should a caller use it.
    QCOMPARE(tpmvsc::checkPin(policy(8, 127, A, A, D), QStringLiteral("12345678"))
                 .firstProblem(SecretKind::Puk)
                 .english(),
             QStringLiteral("The PUK must not contain digits."));
    QVERIFY(
        tpmvsc::checkPin(puk, QStringLiteral("12345678")).firstProblem(SecretKind::Puk).isEmpty());
}

void TestPinPolicy::enforcePin()
{
    const PinPolicy p = policy(8, 127, R, A, R, A);
    tpmvsc::enforcePin(p, Secret::fromText(QStringLiteral("SECRET42")));

    const QString pin = QStringLiteral("zqxjkvwp");
    const std::optional<Error> e = errorFrom([&] { tpmvsc::enforcePin(p, Secret::fromText(pin)); });
    QVERIFY(e.has_value());
    QCOMPARE(e->code(), ErrorCode::PolicyViolation);
    QCOMPARE(e->message(), tpmvsc::checkPin(p, pin).firstProblem().english());
    QCOMPARE(e->message(), QStringLiteral("The PIN needs at least one uppercase letter (A-Z)."));
    QVERIFY(!e->message().contains(pin)); // a PIN never reaches a message or a log
    // The facts name the secret and the rule, so each face can word it itself.
    QCOMPARE(e->facts().credential, Credential::Pin);
    QVERIFY(e->facts().pinRule.has_value());
    QCOMPARE(e->facts().pinRule->rule, PinRuleId::Uppercase);
    QCOMPARE(e->facts().pinRule->state, PinRuleState::NotMet);

    const std::optional<Error> tooShort =
        errorFrom([&] { tpmvsc::enforcePuk(Secret::fromText(QStringLiteral("1234567"))); });
    QVERIFY(tooShort.has_value());
    QCOMPARE(tooShort->facts().credential, Credential::Puk);
    QCOMPARE(tooShort->facts().pinRule->rule, PinRuleId::MinLength);
    QCOMPARE(tooShort->facts().pinRule->limit, PinPolicy::kPukMinLen);
    QCOMPARE(tooShort->facts().limit, qint64(PinPolicy::kPukMinLen));

    const std::optional<Error> bytes = errorFrom(
        [&] { tpmvsc::enforcePin(PinPolicy(), Secret::fromBytes(QByteArray("1234567\xe9", 8))); });
    QVERIFY(bytes.has_value());
    QCOMPARE(bytes->code(), ErrorCode::PolicyViolation);
    QVERIFY(bytes->message().contains(QStringLiteral("printable ASCII")));
}

void TestPinPolicy::enforcePuk()
{
    tpmvsc::enforcePuk(Secret::fromText(QStringLiteral("12345678")));
    tpmvsc::enforcePuk(Secret::fromText(QStringLiteral("aB3$ efg")));
    tpmvsc::enforcePuk(Secret::fromText(QString(127, u'z')));

    const std::optional<Error> shortPuk =
        errorFrom([] { tpmvsc::enforcePuk(Secret::fromText(QStringLiteral("1234567"))); });
    QVERIFY(shortPuk.has_value());
    QCOMPARE(shortPuk->code(), ErrorCode::PolicyViolation);
    QCOMPARE(shortPuk->message(),
             QStringLiteral("The PUK is too short: it needs at least 8 characters."));

    const std::optional<Error> longPuk =
        errorFrom([] { tpmvsc::enforcePuk(Secret::fromText(QString(128, u'z'))); });
    QVERIFY(longPuk.has_value());
    QCOMPARE(longPuk->message(),
             QStringLiteral("The PUK is too long: it can have at most 127 characters."));
}

void TestPinPolicy::validate_data()
{
    QTest::addColumn<PinPolicy>("policy");
    QTest::addColumn<QString>("expected");
    QTest::newRow("defaults") << policy() << QString();
    QTest::newRow("min 4 (lower bound)") << policy(4) << QString();
    QTest::newRow("max 127 (upper bound)") << policy(8, 127) << QString();
    QTest::newRow("min = max = 4") << policy(4, 4) << QString();
    QTest::newRow("min = max = 127") << policy(127, 127) << QString();
    QTest::newRow("three classes disallowed") << policy(4, 8, D, D, D, A) << QString();
    QTest::newRow("all four required, max 4") << policy(4, 4, R, R, R, R) << QString();
    QTest::newRow("required and disallowed mixed") << policy(8, 127, R, D, R, D) << QString();
    QTest::newRow("min 3") << policy(3)
                           << QStringLiteral(
                                  "The minimum PIN length cannot be less than 4 (it is 3).");
    QTest::newRow("min 0") << policy(0)
                           << QStringLiteral(
                                  "The minimum PIN length cannot be less than 4 (it is 0).");
    QTest::newRow("min negative")
        << policy(-1) << QStringLiteral("The minimum PIN length cannot be less than 4 (it is -1).");
    QTest::newRow("max 128") << policy(8, 128)
                             << QStringLiteral(
                                    "The maximum PIN length cannot be more than 127 (it is 128).");
    QTest::newRow("min above max")
        << policy(9, 8)
        << QStringLiteral("The minimum PIN length (9) is greater than the maximum "
                          "(8).");
    QTest::newRow("min 128, max 127")
        << policy(128, 127)
        << QStringLiteral("The minimum PIN length (128) is greater than the maximum (127).");
    QTest::newRow("all disallowed")
        << policy(8, 127, D, D, D, D)
        << QStringLiteral("Every kind of character is disallowed (uppercase letters, lowercase "
                          "letters, digits and special characters), so no PIN can meet the "
                          "policy.");
    // Every problem is reported at once, in a fixed order.
    QTest::newRow("required beyond max")
        << policy(2, 3, R, R, R, R)
        << QStringLiteral("The minimum PIN length cannot be less than 4 (it is 2). The policy "
                          "requires 4 kinds of characters, but the maximum PIN length is only 3.");
    QTest::newRow("several problems")
        << policy(3, 200, D, D, D, D)
        << QStringLiteral("The minimum PIN length cannot be less than 4 (it is 3). The maximum "
                          "PIN length cannot be more than 127 (it is 200). Every kind of character "
                          "is disallowed (uppercase letters, lowercase letters, digits and "
                          "special characters), so no PIN can meet the policy.");
}

void TestPinPolicy::validate()
{
    QFETCH(PinPolicy, policy);
    QFETCH(QString, expected);
    QCOMPARE(policy.validate().english(), expected);
}

void TestPinPolicy::pukPolicy()
{
    const PinPolicy p = PinPolicy::pukPolicy();
    QCOMPARE(p.minLen, 8);
    QCOMPARE(p.maxLen, 127);
    QCOMPARE(p.uppercase, A);
    QCOMPARE(p.lowercase, A);
    QCOMPARE(p.digits, A);
    QCOMPARE(p.specialChars, A);
    QVERIFY(p.validate().isEmpty());
    QVERIFY(!tpmvsc::checkPin(p, QStringLiteral("1234567")).ok());
    QVERIFY(tpmvsc::checkPin(p, QStringLiteral("12345678")).ok());
    QVERIFY(tpmvsc::checkPin(p, QStringLiteral("Ab1! xyz")).ok());
    QVERIFY(tpmvsc::checkPin(p, QString(127, u'~')).ok());
    QVERIFY(!tpmvsc::checkPin(p, QString(128, u'~')).ok());
    QVERIFY(!tpmvsc::checkPin(p, QStringLiteral("1234567\u00e9")).ok());
}

void TestPinPolicy::parseCharRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CharRule>("expected");
    QTest::newRow("ALLOWED") << QStringLiteral("ALLOWED") << A;
    QTest::newRow("allowed") << QStringLiteral("allowed") << A;
    QTest::newRow("Allowed") << QStringLiteral("Allowed") << A;
    QTest::newRow("DISALLOWED") << QStringLiteral("DISALLOWED") << D;
    QTest::newRow("disallowed") << QStringLiteral("disallowed") << D;
    QTest::newRow("DisAllowed") << QStringLiteral("DisAllowed") << D;
    QTest::newRow("REQUIRED") << QStringLiteral("REQUIRED") << R;
    QTest::newRow("required") << QStringLiteral("required") << R;
    QTest::newRow("rEqUiReD") << QStringLiteral("rEqUiReD") << R;
}

void TestPinPolicy::parseCharRule()
{
    QFETCH(QString, text);
    QFETCH(CharRule, expected);
    // Start from a different value so a parse that writes nothing is caught.
    CharRule out = expected == R ? A : R;
    QVERIFY(tpmvsc::parseCharRule(text, &out));
    QCOMPARE(out, expected);
}

void TestPinPolicy::parseCharRuleRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("prefix") << QStringLiteral("ALLOW");
    QTest::newRow("longer") << QStringLiteral("REQUIREDX");
    QTest::newRow("trailing space") << QStringLiteral("REQUIRED ");
    QTest::newRow("leading space") << QStringLiteral(" REQUIRED");
    QTest::newRow("other word") << QStringLiteral("yes");
    QTest::newRow("number") << QStringLiteral("1");
    QTest::newRow("windows-style value") << QStringLiteral("/REQUIRED");
    // Unicode case folding would map long s to s; only ASCII spellings count.
    QTest::newRow("long s") << QStringLiteral("DI\u017fALLOWED");
}

void TestPinPolicy::parseCharRuleRejects()
{
    QFETCH(QString, text);
    CharRule out = D;
    QVERIFY(!tpmvsc::parseCharRule(text, &out));
    QCOMPARE(out, D); // untouched on failure
}

void TestPinPolicy::charRuleNames()
{
    QCOMPARE(charRuleName(A), QStringLiteral("ALLOWED"));
    QCOMPARE(charRuleName(D), QStringLiteral("DISALLOWED"));
    QCOMPARE(charRuleName(R), QStringLiteral("REQUIRED"));
    for (CharRule rule : {A, D, R}) {
        CharRule parsed = rule == A ? D : A;
        QVERIFY(tpmvsc::parseCharRule(charRuleName(rule), &parsed));
        QCOMPARE(parsed, rule);
        QVERIFY(tpmvsc::parseCharRule(charRuleName(rule).toLower(), &parsed));
        QCOMPARE(parsed, rule);
    }
    QVERIFY(tpmvsc::parseCharRule(QStringLiteral("required"), nullptr));
}

QTEST_GUILESS_MAIN(TestPinPolicy)
#include "test_pinpolicy.moc"
