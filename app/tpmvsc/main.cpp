// tpmvsc: the desktop application. Wires only: options -> worker -> first window.
//   tpmvsc [--simulator | --tcti CONF] [--lang CODE] [--create]
#include "core/util/ProcessHardening.h"
#include "i18n/Translations.h"
#include "services/CardWorker.h"
#include "ui/main/MainWindow.h"
#include "ui/wizard/CreateCardWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace tpmvsc;

namespace {

// --lang is needed before the parser exists, so that --help speaks the language too.
QString languageOption(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QStringLiteral("--lang=")))
            return argument.mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything can hold a PIN: no core file and no same-user debugger.
    tpmvsc::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tpmvsc"));
    QApplication::setApplicationDisplayName(QStringLiteral("tpmvsc"));
    QApplication::setApplicationVersion(QStringLiteral(TPMVSC_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("tpmvsc.github.io"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tpmvsc.Tpmvsc"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.tpmvsc.Tpmvsc.svg")));

    const QString requested = languageOption(QCoreApplication::arguments());
    Translations::install(Translations::choose(requested, QLocale::system().uiLanguages()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Virtual smart cards in this computer's TPM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption simulator(
        QStringLiteral("simulator"),
        QApplication::translate("main", "Use the built-in software TPM (for testing: keys are "
                                        "not hardware-protected)."));
    const QCommandLineOption tcti(
        QStringLiteral("tcti"),
        QApplication::translate("main", "Reach the TPM through this TCTI configuration (for "
                                        "example device:/dev/tpmrm0)."),
        QStringLiteral("conf"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Show the program in this language (en, de, ja) "
                                        "instead of the system's."),
        QStringLiteral("code"));
    const QCommandLineOption create(
        QStringLiteral("create"),
        QApplication::translate("main", "Open the card creation wizard directly."));
    parser.addOptions({simulator, tcti, lang, create});
    parser.process(app);
    if (!requested.isEmpty() && !Translations::ships(requested))
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "No translation for \"%1\"; available: %2.")
                           .arg(requested, Translations::available().join(u", "))));

    TpmOptions options;
    options.tcti = parser.value(tcti);
    options.simulator = parser.isSet(simulator);
    CardWorker worker(options, QString());

    // One owner for every window, on the stack after the worker: windows are destroyed
    // (secrets wiped) before the worker, even though leaving the event loop runs no
    // pending deleteLater.
    MainWindow window(worker);
    if (parser.isSet(create)) {
        // The wizard alone (the main window stays hidden). Its Done page may hand over to
        // the certificate request wizard after it closed itself, so "last window closed"
        // is decided once that hand-over had its chance.
        QApplication::setQuitOnLastWindowClosed(false);
        QObject::connect(&app, &QGuiApplication::lastWindowClosed, &app, [&app] {
            QTimer::singleShot(0, &app, [] {
                const auto windows = QApplication::topLevelWidgets();
                if (std::none_of(windows.begin(), windows.end(),
                                 [](const QWidget* w) { return w->isVisible(); }))
                    QApplication::quit();
            });
        });
        window.openCreateWizard();
    } else {
        // The main window, which opens the wizard by itself when there is no card yet.
        window.setOpenWizardWhenEmpty(true);
        window.show();
    }
    return app.exec();
}
