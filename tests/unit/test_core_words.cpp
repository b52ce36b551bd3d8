// Core, enrollment and the services state facts; the faces put them into words. A
// sentence in core/, enroll/ or services/ that names a tpmvscmgr command or switch would
// reach a GUI user who clicked a button (and could not be said in the GUI's words): every
// string literal there is read and none may. The command line names its commands in cli/ErrorWords
// from the facts.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestCoreWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCommandLineWordsInCoreStrings()
    {
        const QRegularExpression literal(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""));
        // A command's name, or a switch after a space or at the start ("tpmvsc/pin/v1"
        // and include paths are not switches).
        const QRegularExpression cliWord(
            QStringLiteral("tpmvscmgr|(?:^\"|[\\s(])/(?:OwnerAuth|AdminKey|PUK|PIN|generate|"
                           "instance|pinpolicy|force)\\b|--(?:simulator|tcti|force|lang)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        QStringList found;
        int files = 0;
        for (const char* folder : {"core", "enroll", "services"}) {
            QDirIterator it(QStringLiteral(TPMVSC_SOURCE_DIR "/") + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                ++files;
                int number = 0;
                for (const QByteArray& raw : file.readAll().split('\n')) {
                    ++number;
                    QString line = QString::fromUtf8(raw);
                    // A comment before any string on the line is not a string.
                    const qsizetype comment = line.indexOf(QLatin1String("//"));
                    const qsizetype quote = line.indexOf(QLatin1Char('"'));
                    if (comment >= 0 && (quote < 0 || comment < quote))
                        line.truncate(comment);
                    // Saying a sentence is the faces' part: core hands it up unsaid, so the
                    // face's language (not the one installed when core ran) is used.
                    if (line.contains(QLatin1String(".said()")))
                        found << QStringLiteral("%1:%2: said()").arg(file.fileName()).arg(number);
                    for (auto m = literal.globalMatch(line); m.hasNext();) {
                        const QString text = m.next().captured();
                        if (cliWord.match(text).hasMatch())
                            found << QStringLiteral("%1:%2: %3")
                                         .arg(file.fileName())
                                         .arg(number)
                                         .arg(text);
                    }
                }
            }
        }
        QVERIFY(files > 50); // the folders were found and read
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The check can fail: the same reading finds the words where they belong.
    void theCommandLineStillNamesItsCommands()
    {
        QFile file(QStringLiteral(TPMVSC_SOURCE_DIR "/cli/ErrorWords.cpp"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("`tpmvscmgr unblock`"));
        QVERIFY(text.contains("/OwnerAuth PROMPT"));
    }
};

QTEST_GUILESS_MAIN(TestCoreWords)
#include "test_core_words.moc"
