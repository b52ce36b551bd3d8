// The translations as a translator and a user meet them: every .ts file is complete (no
// unfinished, obsolete or vanished entry) and in step with the code (lupdate run on the
// sources now adds nothing); every translation keeps its source's placeholders (%1, %n)
// and keyboard accelerators (&); the embedded .qm files load and translate; the language
// is chosen from --lang, then the system's UI languages, then English.
#include "core/policy/PinPolicy.h"
#include "core/store/CardStore.h"
#include "core/util/Error.h"
#include "i18n/Translations.h"
#include "tests/support/ExpectError.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace tpmvsc;
using tpmvsc::test::errorFrom;

namespace {

QString translationsDir()
{
    return QStringLiteral(TPMVSC_SOURCE_DIR "/translations");
}

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per numerus form
};

QList<Message> readTs(const QString& path, QString* language)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"TS") {
                *language = xml.attributes().value(QStringLiteral("language")).toString();
            } else if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (xml.name() == u"source") {
                current.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                current.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (xml.name() == u"numerusform") {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// %1..%99 and %n, sorted, with repeats: a translation may reorder them, not drop or add.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// Keyboard accelerators: "&" before a character, not "&&" (a literal ampersand) and not an
// HTML entity ("&amp;", "&nbsp;" in rich text).
int accelerators(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        static const QRegularExpression entity(QStringLiteral("^&[a-zA-Z]+;|^&#\\d+;"));
        if (entity.match(text.mid(i, 10)).hasMatch())
            continue;
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QStringList tsFiles()
{
    return QDir(translationsDir()).entryList({QStringLiteral("tpmvsc_*.ts")}, QDir::Files);
}

QString where(const Message& m)
{
    return m.context + QStringLiteral(": \"") + m.source.left(80) + QStringLiteral("\"");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLanguagesWeShip()
    {
        QCOMPARE(tsFiles(),
                 (QStringList{QStringLiteral("tpmvsc_de.ts"), QStringLiteral("tpmvsc_en.ts"),
                              QStringLiteral("tpmvsc_ja.ts")}));
        QCOMPARE(Translations::available(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("ja")}));
    }

    void everyEntryIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : tsFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyEntryIsTranslated()
    {
        QFETCH(QString, file);
        QString language;
        const QList<Message> messages = readTs(translationsDir() + u'/' + file, &language);
        QVERIFY(!messages.isEmpty());
        QCOMPARE(language, file.mid(7, 2));
        // Japanese has one plural form, German and English two.
        const int forms = language == u"ja" ? 1 : 2;
        QStringList problems;
        for (const Message& m : messages) {
            if (!m.type.isEmpty()) {
                problems << m.type + QStringLiteral(" ") + where(m);
                continue;
            }
            if (m.numerus && m.translations.size() != forms)
                problems << QStringLiteral("%1 plural forms, want %2: ")
                                    .arg(m.translations.size())
                                    .arg(forms) +
                                where(m);
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation ") + where(m);
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders %1 vs %2 in ")
                                        .arg(placeholders(t).join(u','),
                                             placeholders(m.source).join(u',')) +
                                    where(m);
                if (accelerators(t) != accelerators(m.source))
                    problems << QStringLiteral("accelerators %1 vs %2 in ")
                                        .arg(accelerators(t))
                                        .arg(accelerators(m.source)) +
                                    where(m) + QStringLiteral(" -> ") + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A tr() added to the code without its translations fails here, not in front of a user.
    void filesAreInStepWithTheCode_data() { everyEntryIsTranslated_data(); }

    void filesAreInStepWithTheCode()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(translationsDir() + u'/' + file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        // The build's own options and folders: every face and the layers beneath them.
        QStringList args = QStringLiteral(TPMVSC_LUPDATE_OPTIONS).split(u'|');
        if (file == u"tpmvsc_en.ts")
            args << QStringLiteral("-pluralonly");
        args << QStringLiteral(TPMVSC_TRANSLATED_DIRS).split(u'|') << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(TPMVSC_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString language;
        QStringList stale;
        for (const Message& m : readTs(copy, &language))
            if (!m.type.isEmpty())
                stale << m.type + QStringLiteral(" ") + where(m);
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("run `ninja update_translations` and translate:\n") +
                            stale.join(u'\n')));
    }

    void embeddedFilesLoadAndTranslate()
    {
        for (const char* language : {"de", "ja"}) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral("tpmvsc_") + QLatin1String(language),
                                    QStringLiteral(":/i18n")));
            QVERIFY(!translator.isEmpty());
            const QString title =
                translator.translate("tpmvsc::MainWindow", "TPM Virtual Smart Cards");
            QVERIFY2(!title.isEmpty() && title != u"TPM Virtual Smart Cards", language);
        }
        QTranslator english;
        QVERIFY(english.load(QStringLiteral("tpmvsc_en"), QStringLiteral(":/i18n")));
    }

    void chooseFollowsOverrideThenSystem()
    {
        const QStringList germanSystem = {QStringLiteral("de-AT"), QStringLiteral("en-US")};
        QCOMPARE(Translations::choose(QString(), germanSystem), QStringLiteral("de"));
        QCOMPARE(Translations::choose(QStringLiteral("ja"), germanSystem), QStringLiteral("ja"));
        QCOMPARE(Translations::choose(QStringLiteral("ja_JP.UTF-8"), germanSystem),
                 QStringLiteral("ja"));
        QCOMPARE(Translations::choose(QStringLiteral("EN"), germanSystem), QStringLiteral("en"));
        // A language we do not ship: the system's next choice, else English.
        QCOMPARE(Translations::choose(QStringLiteral("fr"), germanSystem), QStringLiteral("de"));
        QCOMPARE(Translations::choose(QString(), {QStringLiteral("fr-FR"), QStringLiteral("ja")}),
                 QStringLiteral("ja"));
        QCOMPARE(Translations::choose(QString(), {QStringLiteral("fr-FR")}), QStringLiteral("en"));
        QCOMPARE(Translations::choose(QString(), {}), QStringLiteral("en"));
        QCOMPARE(Translations::baseLanguage(QStringLiteral("C")), QStringLiteral("en"));
    }

    // Core hands up its sentences unsaid; the language the face installed says them, with
    // the values filled in after translation and plural forms chosen by the count.
    void coreSentencesAreSaidInTheInstalledLanguage()
    {
        QString language;
        const QList<Message> de =
            readTs(translationsDir() + QStringLiteral("/tpmvsc_de.ts"), &language);
        const auto translationOf = [&](const char* context, const char* source) {
            for (const Message& m : de) {
                if (m.context == QLatin1String(context) && m.source == QLatin1String(source))
                    return m.translations;
            }
            return QStringList();
        };
        QTemporaryDir dir;
        const std::optional<Error> missing = errorFrom([&] { CardStore(dir.path()).load(7); });
        QVERIFY(missing.has_value());
        const std::optional<Error> shortPin =
            errorFrom([] { enforcePin(PinPolicy(), Secret::fromText(QStringLiteral("1234"))); });
        QVERIFY(shortPin.has_value());

        QVERIFY(Translations::install(QStringLiteral("de")));
        const QStringList noCard = translationOf("CardStore", "There is no card %1.");
        QCOMPARE(noCard.size(), 1);
        QCOMPARE(missing->sentence().said(),
                 QString(noCard.first())
                     .replace(QLatin1String("%1"), QLatin1String("ROOT\\SMARTCARDREADER\\0007")));
        const QStringList tooShort =
            translationOf("PinPolicy", "The PIN is too short: it needs at least %n characters.");
        QCOMPARE(tooShort.size(), 2); // German: singular, plural
        QCOMPARE(shortPin->sentence().said(),
                 QString(tooShort.at(1)).replace(QLatin1String("%n"), QLatin1String("8")));
        // The English account for logs stays English whatever the language.
        QCOMPARE(missing->message(),
                 QStringLiteral("There is no card ROOT\\SMARTCARDREADER\\0007."));
        QVERIFY(missing->sentence().said() != missing->message());

        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(missing->sentence().said(),
                 QStringLiteral("There is no card ROOT\\SMARTCARDREADER\\0007."));
        QCOMPARE(Sentence("PinPolicy", "The PIN is too short: it needs at least %n characters.",
                          nullptr, 1)
                     .said(),
                 QStringLiteral("The PIN is too short: it needs at least 1 character."));
    }

    void installSwitchesLanguage()
    {
        QVERIFY(Translations::install(QStringLiteral("ja")));
        QCOMPARE(Translations::current(), QStringLiteral("ja"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        const QString ja =
            QCoreApplication::translate("tpmvsc::MainWindow", "TPM Virtual Smart Cards");
        QVERIFY(ja != u"TPM Virtual Smart Cards");
        // Qt's own strings come along (qtbase_ja.qm from qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("キャンセル"));

        QVERIFY(Translations::install(QStringLiteral("de")));
        const QString de =
            QCoreApplication::translate("tpmvsc::MainWindow", "TPM Virtual Smart Cards");
        QVERIFY(de != ja && de != u"TPM Virtual Smart Cards");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));

        // English: the source text, with correct plurals.
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("tpmvsc::MainWindow", "TPM Virtual Smart Cards"),
                 QStringLiteral("TPM Virtual Smart Cards"));
        QCOMPARE(QCoreApplication::translate("tpmvsc::ChangePinDialog",
                                             "%n wrong PIN(s) left before the card is blocked.",
                                             nullptr, 1),
                 QStringLiteral("1 wrong PIN left before the card is blocked."));
        QCOMPARE(QCoreApplication::translate("tpmvsc::ChangePinDialog",
                                             "%n wrong PIN(s) left before the card is blocked.",
                                             nullptr, 4),
                 QStringLiteral("4 wrong PINs left before the card is blocked."));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));

        QVERIFY(!Translations::install(QStringLiteral("fr")));
        QVERIFY(Translations::current().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
