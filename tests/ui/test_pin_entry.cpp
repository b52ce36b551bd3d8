// The PIN field and the admin key field, typed into key by key: every rule's state as
// the user sees it, validity, mismatch, Caps Lock hint, show/hide, the admin key check.
#include "core/card/AdminResponse.h"
#include "ui/widgets/AdminKeyEntry.h"
#include "ui/widgets/PinEntry.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace tpmvsc;

namespace {

// What the rule widget must show, computed here independently of the policy engine.
struct Expected {
    QString minLength, maxLength, ascii, upper, digits, special;
};

QString state(bool met, bool forbidden = false)
{
    return forbidden ? QStringLiteral("forbidden")
                     : (met ? QStringLiteral("met") : QStringLiteral("notMet"));
}

QString shownState(const PinEntry& entry, const char* rule)
{
    auto* row = entry.findChild<QWidget*>(QStringLiteral("pinRule") + QLatin1String(rule));
    return row ? row->property("ruleState").toString() : QStringLiteral("<no row>");
}

} // namespace

class TestPinEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The checklist words each rule fact core gives (core holds no wording): the same
    // lines whatever is typed, Required and Disallowed each in their own words.
    void rulesAreWordedByTheField_data()
    {
        QTest::addColumn<int>("charRule");
        QTest::addColumn<QStringList>("expected");
        const QStringList always{QStringLiteral("At least 4 characters"),
                                 QStringLiteral("At most 6 characters"),
                                 QStringLiteral("Only letters A-Z and a-z, digits, spaces and "
                                                "ASCII symbols")};
        QTest::newRow("default") << int(CharRule::Allowed) << always;
        QTest::newRow("required")
            << int(CharRule::Required)
            << always + QStringList{QStringLiteral("At least one uppercase letter (A-Z)"),
                                    QStringLiteral("At least one lowercase letter (a-z)"),
                                    QStringLiteral("At least one digit (0-9)"),
                                    QStringLiteral("At least one symbol or space (such as ! # % "
                                                   "or -)")};
        QTest::newRow("disallowed") << int(CharRule::Disallowed)
                                    << always + QStringList{QStringLiteral("No uppercase letters"),
                                                            QStringLiteral("No lowercase letters"),
                                                            QStringLiteral("No digits"),
                                                            QStringLiteral("No symbols or spaces")};
    }
    void rulesAreWordedByTheField()
    {
        QFETCH(int, charRule);
        QFETCH(QStringList, expected);
        PinPolicy policy;
        policy.minLen = 4;
        policy.maxLen = 6;
        policy.uppercase = policy.lowercase = policy.digits = policy.specialChars =
            CharRule(charRule);
        PinEntry entry(SecretKind::Pin, PinEntry::Mode::NewWithConfirmation);
        entry.setPolicy(policy);
        auto* edit = entry.findChild<QLineEdit*>(QStringLiteral("pinEdit"));
        QVERIFY(edit);
        for (const QString& typed : {QString(), QStringLiteral("aB3!xyz\u00e9")}) {
            edit->setText(typed);
            QStringList shown;
            for (const char* rule : {"MinLength", "MaxLength", "PrintableAscii", "Uppercase",
                                     "Lowercase", "Digits", "SpecialChars"}) {
                auto* row =
                    entry.findChild<QWidget*>(QStringLiteral("pinRule") + QLatin1String(rule));
                if (!row)
                    continue;
                const QList<QLabel*> labels = row->findChildren<QLabel*>();
                QStringList texts;
                for (const QLabel* l : labels)
                    if (!l->text().isEmpty()) // the state icon is a pixmap
                        texts << l->text();
                shown << texts.join(QLatin1Char(' '));
            }
            QCOMPARE(shown, expected);
        }
    }

    void rulesFollowEveryKeystroke()
    {
        PinPolicy policy;
        policy.minLen = 6;
        policy.maxLen = 10;
        policy.uppercase = CharRule::Required;
        policy.digits = CharRule::Disallowed;
        policy.specialChars = CharRule::Required;
        PinEntry entry(SecretKind::Pin, PinEntry::Mode::NewWithConfirmation);
        entry.setPolicy(policy);
        entry.show();
        auto* edit = entry.findChild<QLineEdit*>(QStringLiteral("pinEdit"));
        QVERIFY(edit);
        // Lowercase is Allowed: no line for it.
        QVERIFY(!entry.findChild<QWidget*>(QStringLiteral("pinRuleLowercase")));
        QVERIFY(!entry.ruleState(PinRuleId::Lowercase));

        const QString typed = QStringLiteral("abC1!defghij");
        QString sofar;
        for (const QChar c : typed) {
            QTest::keyClicks(edit, QString(c));
            sofar.append(c);
            QCOMPARE(edit->text(), sofar);
            const int n = int(sofar.size());
            bool upper = false, digit = false, special = false;
            for (QChar x : sofar) {
                upper |= x.isUpper();
                digit |= x.isDigit();
                special |= !x.isLetterOrNumber();
            }
            const QString at = QStringLiteral(" after \"%1\"").arg(sofar);
            QVERIFY2(shownState(entry, "MinLength") == state(n >= 6), qPrintable(at));
            QVERIFY2(shownState(entry, "MaxLength") == state(true, n > 10), qPrintable(at));
            QVERIFY2(shownState(entry, "PrintableAscii") == state(true), qPrintable(at));
            QVERIFY2(shownState(entry, "Uppercase") == state(upper), qPrintable(at));
            QVERIFY2(shownState(entry, "Digits") == state(true, digit), qPrintable(at));
            QVERIFY2(shownState(entry, "SpecialChars") == state(special), qPrintable(at));
            QVERIFY(!entry.isValid()); // never valid: no confirmation typed, digit present
        }
        auto* length = entry.findChild<QLabel*>(QStringLiteral("pinLengthLabel"));
        QVERIFY(length->text().startsWith(QStringLiteral("12 ")));
    }

    void validOnlyWhenPolicyMetAndConfirmed()
    {
        PinEntry entry(SecretKind::Pin, PinEntry::Mode::NewWithConfirmation);
        entry.show();
        QSignalSpy validity(&entry, &PinEntry::validityChanged);
        auto* edit = entry.findChild<QLineEdit*>(QStringLiteral("pinEdit"));
        auto* confirm = entry.findChild<QLineEdit*>(QStringLiteral("pinConfirmEdit"));
        QTest::keyClicks(edit, QStringLiteral("1234567"));
        QTest::keyClicks(confirm, QStringLiteral("1234567"));
        QVERIFY(!entry.isValid()); // too short, though equal
        QTest::keyClicks(edit, QStringLiteral("8"));
        QVERIFY(!entry.isValid());
        QVERIFY(!entry.mismatchShown()); // still a start of the PIN
        QTest::keyClicks(confirm, QStringLiteral("9"));
        QVERIFY(!entry.isValid());
        QVERIFY(entry.mismatchShown());
        QTest::keyClick(confirm, Qt::Key_Backspace);
        QTest::keyClicks(confirm, QStringLiteral("8"));
        QVERIFY(entry.isValid());
        QVERIFY(!entry.mismatchShown());
        QCOMPARE(validity.size(), 1);
        QVERIFY(entry.secret() == Secret::fromText(QStringLiteral("12345678")));
        QTest::keyClicks(edit, QStringLiteral("0"));
        QVERIFY(!entry.isValid());
        QCOMPARE(validity.size(), 2);
        QCOMPARE(validity.at(1).at(0).toBool(), false);
    }

    void leavingAnUnequalConfirmationShowsTheMismatch()
    {
        QWidget window;
        auto* entry = new PinEntry(SecretKind::Puk, PinEntry::Mode::NewWithConfirmation, &window);
        auto* after = new QLineEdit(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* edit = entry->findChild<QLineEdit*>(QStringLiteral("pukEdit"));
        auto* confirm = entry->findChild<QLineEdit*>(QStringLiteral("pukConfirmEdit"));
        QVERIFY(edit && confirm);
        QTest::keyClicks(edit, QStringLiteral("87654321"));
        confirm->setFocus();
        QTest::keyClicks(confirm, QStringLiteral("8765"));
        QVERIFY(!entry->mismatchShown());
        after->setFocus();
        QTRY_VERIFY(entry->mismatchShown());
    }

    void capsLockHintAndShowToggle()
    {
        PinEntry entry(SecretKind::Pin, PinEntry::Mode::NewWithConfirmation);
        entry.show();
        auto* edit = entry.findChild<QLineEdit*>(QStringLiteral("pinEdit"));
        auto type = [edit](Qt::Key key, Qt::KeyboardModifiers modifiers, const char* text) {
            QKeyEvent press(QEvent::KeyPress, key, modifiers, QString::fromLatin1(text));
            QCoreApplication::sendEvent(edit, &press);
        };
        type(Qt::Key_A, Qt::ShiftModifier, "A"); // Shift+A: as expected
        QVERIFY(!entry.capsLockHintShown());
        type(Qt::Key_B, Qt::NoModifier, "b");
        QVERIFY(!entry.capsLockHintShown());
        type(Qt::Key_1, Qt::NoModifier, "1"); // digits say nothing about Caps Lock
        QVERIFY(!entry.capsLockHintShown());
        // An uppercase letter without Shift: Caps Lock is on.
        type(Qt::Key_C, Qt::NoModifier, "C");
        QVERIFY(entry.capsLockHintShown());
        type(Qt::Key_D, Qt::ShiftModifier, "d"); // Shift gives lowercase: still on
        QVERIFY(entry.capsLockHintShown());
        type(Qt::Key_E, Qt::NoModifier, "e");
        QVERIFY(!entry.capsLockHintShown());
        QCOMPARE(edit->text(), QStringLiteral("Ab1Cde"));

        auto* show = entry.findChild<QCheckBox*>(QStringLiteral("pinShowCheck"));
        auto* confirm = entry.findChild<QLineEdit*>(QStringLiteral("pinConfirmEdit"));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        QCOMPARE(confirm->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    }

    void currentPinHasNoRules()
    {
        PinEntry entry(SecretKind::Pin, PinEntry::Mode::Current);
        QVERIFY(!entry.findChild<QLineEdit*>(QStringLiteral("currentPinConfirmEdit")));
        QVERIFY(!entry.ruleState(PinRuleId::MinLength));
        auto* edit = entry.findChild<QLineEdit*>(QStringLiteral("currentPinEdit"));
        QVERIFY(edit);
        QVERIFY(!entry.isValid());
        QTest::keyClicks(edit, QStringLiteral("1"));
        QVERIFY(entry.isValid()); // the card judges it, not the field
    }

    void everyInputHasAnAccessibleName()
    {
        PinEntry pin(SecretKind::Pin, PinEntry::Mode::NewWithConfirmation);
        AdminKeyEntry key(AdminKeyEntry::Mode::WithConfirmation);
        for (QWidget* w : {static_cast<QWidget*>(&pin), static_cast<QWidget*>(&key)}) {
            const auto inputs = w->findChildren<QWidget*>();
            for (QWidget* input : inputs) {
                if (qobject_cast<QLineEdit*>(input) || qobject_cast<QCheckBox*>(input))
                    QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
            }
        }
    }

    void adminKeyIsCheckedLive()
    {
        AdminKeyEntry entry(AdminKeyEntry::Mode::WithConfirmation);
        QSignalSpy validity(&entry, &AdminKeyEntry::validityChanged);
        auto* edit = entry.findChild<QLineEdit*>(QStringLiteral("adminKeyEdit"));
        auto* confirm = entry.findChild<QLineEdit*>(QStringLiteral("adminKeyConfirmEdit"));
        QTest::keyClicks(edit, QStringLiteral("0102 0304 05"));
        QVERIFY(entry.statusText().startsWith(QStringLiteral("10 of 48")));
        QTest::keyClicks(edit, QStringLiteral("x"));
        QVERIFY2(entry.statusText().contains(QStringLiteral("Character 13")),
                 qPrintable(entry.statusText()));
        edit->setText(QStringLiteral("01020304050607080102030405060708:0102030405060708"));
        QVERIFY(!entry.isValid()); // not confirmed yet
        QTest::keyClicks(confirm,
                         QStringLiteral("010203040506070801020304050607080102030405060709"));
        QVERIFY(!entry.isValid());
        QVERIFY(entry.statusText().contains(QStringLiteral("not the same")));
        confirm->setText(QStringLiteral("01 02 03 04 05 06 07 08 01 02 03 04 05 06 07 08 01 02 03 "
                                        "04 05 06 07 08"));
        QVERIFY(entry.isValid());
        QCOMPARE(validity.size(), 1);
        QVERIFY(entry.secret() == defaultAdminKey());
    }
};

QTEST_MAIN(TestPinEntry)
#include "test_pin_entry.moc"
