#include "Translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

namespace tpmvsc {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("tpmvsc_");

struct Installed {
    QString language;
    std::vector<std::unique_ptr<QTranslator>> translators;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void removeInstalled()
{
    for (auto& translator : installed().translators)
        QCoreApplication::removeTranslator(translator.get());
    installed().translators.clear();
    installed().language.clear();
}

} // namespace

QStringList Translations::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString language = file.mid(kPrefix.size()).chopped(3);
        if (!languages.contains(language))
            languages << language;
    }
    languages.sort();
    return languages;
}

QString Translations::baseLanguage(const QString& localeName)
{
    QString name = localeName.trimmed();
    name.replace(u'-', u'_');
    const QString language = name.section(u'_', 0, 0).section(u'.', 0, 0).toLower();
    if (language.isEmpty() || language == u"c" || language == u"posix")
        return QStringLiteral("en");
    return language;
}

bool Translations::ships(const QString& localeName)
{
    return available().contains(baseLanguage(localeName));
}

QString Translations::choose(const QString& requested, const QStringList& uiLanguages)
{
    if (!requested.isEmpty() && ships(requested))
        return baseLanguage(requested);
    for (const QString& candidate : uiLanguages) {
        if (ships(candidate))
            return baseLanguage(candidate);
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString& language)
{
    removeInstalled();
    if (!available().contains(language))
        return false;

    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(kPrefix + language, kResourceDir))
        return false;

    // Qt's own strings (Cancel, Close, the line edit's context menu). Missing files are
    // not an error: Qt then speaks English, as it does without us.
    auto qt = std::make_unique<QTranslator>();
    if (language != u"en" && qt->load(QStringLiteral("qtbase_") + language,
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().translators.push_back(std::move(qt));
    }
    // Installed last: looked up first.
    QCoreApplication::installTranslator(ours.get());
    installed().translators.push_back(std::move(ours));
    installed().language = language;
    // Dates and numbers follow the words, but a system locale of the same language keeps
    // its regional formats (en_GB dates stay British).
    const QLocale system = QLocale::system();
    QLocale::setDefault(baseLanguage(system.name()) == language ? system : QLocale(language));
    return true;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace tpmvsc
