// tpmvsc-reader: one card as a PIV smart card in vsmartcard's virtual reader, so that
// every PC/SC program (OpenSC, yubico-piv-tool, FreeRDP's redirection) sees it. Only
// wiring: options, the card service, the PIV applet, the link to vpcd (reader/).
#include "core/store/InstanceId.h"
#include "core/util/Error.h"
#include "core/util/ProcessHardening.h"
#include "reader/PivApplet.h"
#include "reader/ServicePivCard.h"
#include "reader/VpcdLink.h"
#include "services/CardServices.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace tpmvsc;

namespace {

// SIGTERM and SIGINT end the event loop, so that the card's session is closed and its TPM
// objects flushed (a TPM without resource manager keeps them after the process is gone).
int g_stopPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_stopPipe[1], &byte, 1);
}

void quitOnStopSignals(QCoreApplication& app)
{
    if (::pipe2(g_stopPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_stopPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

[[noreturn]] void quit(const QString& message, int status)
{
    std::fprintf(stderr, "tpmvsc-reader: %s\n", qPrintable(message));
    std::exit(status);
}

} // namespace

int main(int argc, char* argv[])
{
    // PINs pass through this process: no core file, no same-user debugger.
    disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tpmvsc-reader"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Presents a tpmvsc card as a PIV smart card in vsmartcard's virtual reader (vpcd). "
        "Configure vpcd in reversed mode to connect here: DEVICENAME 127.0.0.1:PORT."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("instance"), QStringLiteral("The card: its instance ID or number."),
         QStringLiteral("ID")},
        {QStringLiteral("port"),
         QStringLiteral("The loopback port vpcd connects to (and the next one, its second slot)."),
         QStringLiteral("PORT"), QStringLiteral("35963")},
        {QStringLiteral("tcti"), QStringLiteral("The TPM to use (as tpmvscmgr --tcti)."),
         QStringLiteral("CONF")},
    });
    parser.process(app);
    const std::optional<int> instance = parseInstanceId(parser.value(QStringLiteral("instance")));
    if (!instance)
        quit(QStringLiteral("--instance wants a card's instance ID or number (see --help)."), 2);
    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port == 0 || port >= 65535)
        quit(QStringLiteral("--port wants a port number from 1 to 65534 (it and the next are "
                            "used)."),
             2);

    TpmOptions tpm;
    tpm.tcti = parser.value(QStringLiteral("tcti"));
    CardServices services(tpm, QString());
    try {
        services.service().status(*instance); // the card exists and reads
    } catch (const Error& e) {
        quit(e.message(), 1);
    }
    reader::ServicePivCard card(services, *instance);
    reader::PivApplet applet(card);
    reader::VpcdLink link([&applet](const QByteArray& apdu) { return applet.process(apdu); },
                          [&applet] { applet.reset(); });
    const quint16 listening = link.listen(QHostAddress::LocalHost, quint16(port));
    if (listening == 0)
        quit(QStringLiteral("cannot listen on 127.0.0.1:%1 and %2.").arg(port).arg(port + 1), 1);
    quitOnStopSignals(app);
    // Exactly this line, once: whoever started the reader learns the port from it.
    std::printf("listening on 127.0.0.1:%u\n", unsigned(listening));
    std::fflush(stdout);
    return app.exec();
}
