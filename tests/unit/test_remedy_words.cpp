// Each face words every remedy core can hand up, in its own terms: tpmvscmgr names its
// commands and switches, the desktop application its buttons and never a tpmvscmgr
// command. A remedy one face forgot would leave its user with the bare sentence.
#include "cli/ErrorWords.h"
#include "core/util/Error.h"
#include "i18n/Translations.h"
#include "ui/common/ErrorText.h"

#include <QTest>

using namespace tpmvsc;

namespace {

constexpr unsigned kLastRemedy = unsigned(Remedy::ForceImport);

Error errorWith(Remedy remedy)
{
    return Error(ErrorCode::InvalidInput, Sentence::literal(QStringLiteral("It failed.")),
                 ErrorFacts(Credential::None, -1, remedy));
}

} // namespace

class TestRemedyWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QStringLiteral("en"))); }

    void everyRemedyIsWordedByBothFaces()
    {
        const QString bareCli = cli::errorText(errorWith(Remedy::None));
        const QString bareGui = ErrorText::sentence(errorWith(Remedy::None));
        for (unsigned bit = 1; bit <= kLastRemedy; bit <<= 1) {
            const Error error = errorWith(Remedy(bit));
            const QString cli = cli::errorText(error);
            const QString gui = ErrorText::sentence(error);
            const QByteArray which = QByteArray::number(bit);
            QVERIFY2(cli.size() > bareCli.size() && cli.startsWith(bareCli),
                     which + ": " + cli.toUtf8());
            QVERIFY2(gui.size() > bareGui.size() && gui.contains(QStringLiteral("It failed.")),
                     which + ": " + gui.toUtf8());
            QVERIFY2(!gui.contains(QStringLiteral("tpmvscmgr")), which + ": " + gui.toUtf8());
        }
    }

    void theNewRemediesNameEachFacesMeans()
    {
        const Error simulator = errorWith(Remedy::UseSoftwareTpm);
        QVERIFY(cli::errorText(simulator).contains(QStringLiteral("--simulator")));
        QVERIFY(ErrorText::sentence(simulator).contains(QStringLiteral("tpmvsc --simulator")));
        const Error force = errorWith(Remedy::ForceImport);
        QVERIFY(cli::errorText(force).contains(QStringLiteral("/force")));
        QVERIFY(ErrorText::sentence(force).contains(QStringLiteral("Store anyway")));
        QVERIFY(!ErrorText::sentence(force).contains(QStringLiteral("/force")));
    }
};

QTEST_MAIN(TestRemedyWords)
#include "test_remedy_words.moc"
