// Which language the program speaks, and loading it: the system's UI languages in order
// of preference (or a --lang override), matched against the translations embedded in the
// program (:/i18n/tpmvsc_<lang>.qm); then Qt's own strings for that language (standard
// buttons, context menus) from Qt's translations directory.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tpmvsc {

class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // The languages we ship, always including the source language "en": {"de", "en", "ja"}.
    static QStringList available();

    // Whether we ship the base language of `localeName` ("de_AT": yes).
    static bool ships(const QString& localeName);

    // The language to use. `requested` (from --lang: "ja", "de_DE", "de-AT") wins when we
    // have it; otherwise the first of `uiLanguages` (QLocale::system().uiLanguages(),
    // most preferred first) that we have; otherwise "en".
    static QString choose(const QString& requested, const QStringList& uiLanguages);
    // The base language of a locale name ("de_AT" -> "de", "ja-JP" -> "ja", "C" -> "en").
    static QString baseLanguage(const QString& localeName);

    // Installs the translators for `language` into the application (replacing the ones an
    // earlier call installed) and makes it the default QLocale, so dates and numbers match
    // the words. Returns false, with nothing of ours installed, when the language is not
    // one we ship. English installs the plural forms only (for "%n key(s)").
    static bool install(const QString& language);
    // The language the last install() loaded; empty before.
    static QString current();
};

} // namespace tpmvsc
