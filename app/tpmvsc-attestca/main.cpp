// tpmvsc-attestca: the attestation CA served over HTTP (doc/attestation-ca.md). Only
// wiring: options, files, the one route, the log; the CA's logic is AttestationCa.
#include "core/util/Error.h"
#include "enroll/AttestationCa.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTextStream>
#include <cstdio>
#include <optional>

using namespace tpmvsc;

namespace {

[[noreturn]] void quit(const QString& message, int status)
{
    std::fprintf(stderr, "tpmvsc-attestca: %s\n", qPrintable(message));
    std::exit(status);
}

struct Endpoint {
    QHostAddress address;
    quint16 port = 0;
};

// "127.0.0.1:8443", "[::1]:0", "0.0.0.0:80".
std::optional<Endpoint> endpoint(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.first(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.sliced(1, host.size() - 2);
    bool ok = false;
    const uint port = text.sliced(colon + 1).toUInt(&ok);
    Endpoint e;
    if (!ok || port > 65535 || !e.address.setAddress(host))
        return std::nullopt;
    e.port = quint16(port);
    return e;
}

QString required(const QCommandLineParser& parser, const QString& option)
{
    const QString value = parser.value(option);
    if (value.isEmpty())
        quit(QStringLiteral("--%1 is required (see --help).").arg(option), 2);
    return value;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tpmvsc-attestca"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The attestation CA of tpmvsc: issues AIK certificates to TPMs whose "
                       "endorsement key certificate chains to a trusted root, through credential "
                       "activation (POST /v1/aik-certificate)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("listen"),
         QStringLiteral("Address and port to listen on (port 0: any free port)."),
         QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:8080")},
        {QStringLiteral("ca-key"), QStringLiteral("The CA's private key (PEM, unencrypted)."),
         QStringLiteral("FILE")},
        {QStringLiteral("ca-cert"), QStringLiteral("The CA's certificate, then its issuers (PEM)."),
         QStringLiteral("FILE")},
        {QStringLiteral("ek-roots"),
         QStringLiteral("Folder of trusted endorsement roots (*.pem, *.crt, *.cer, *.der)."),
         QStringLiteral("DIR")},
        {QStringLiteral("days"), QStringLiteral("Validity of the AIK certificates in days."),
         QStringLiteral("N"), QStringLiteral("365")},
        {QStringLiteral("log"),
         QStringLiteral("Append one line per issued certificate to FILE (default: stderr)."),
         QStringLiteral("FILE")},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        quit(QStringLiteral("unexpected argument %1 (see --help).")
                 .arg(parser.positionalArguments().first()),
             2);

    const std::optional<Endpoint> listen = endpoint(parser.value(QStringLiteral("listen")));
    if (!listen)
        quit(QStringLiteral("--listen wants ADDRESS:PORT, such as 127.0.0.1:8080."), 2);
    bool daysOk = false;
    const int days = parser.value(QStringLiteral("days")).toInt(&daysOk);
    if (!daysOk || days <= 0)
        quit(QStringLiteral("--days wants a positive whole number."), 2);

    std::optional<AttestationCa> ca;
    try {
        ca.emplace(AttestationCa::fromFiles(required(parser, QStringLiteral("ca-key")),
                                            required(parser, QStringLiteral("ca-cert")),
                                            required(parser, QStringLiteral("ek-roots")), days));
    } catch (const Error& e) {
        quit(e.message(), 1);
    }

    QFile log;
    const bool logOpen = parser.isSet(QStringLiteral("log"))
                             ? (log.setFileName(parser.value(QStringLiteral("log"))),
                                log.open(QIODevice::WriteOnly | QIODevice::Append))
                             : log.open(stderr, QIODevice::WriteOnly);
    if (!logOpen)
        quit(QStringLiteral("the log %1 cannot be opened: %2.")
                 .arg(log.fileName(), log.errorString()),
             1);

    QHttpServer server;
    server.route(QStringLiteral("/v1/aik-certificate"), QHttpServerRequest::Method::Post,
                 [&](const QHttpServerRequest& request) {
                     const AttestationCa::Reply reply = ca->handle(request.body());
                     if (!reply.logLine.isEmpty()) {
                         log.write(reply.logLine.toUtf8() + '\n');
                         log.flush();
                     }
                     return QHttpServerResponse(
                         QByteArrayLiteral("application/json"), reply.body,
                         static_cast<QHttpServerResponder::StatusCode>(reply.httpStatus));
                 });
    const quint16 port = server.listen(listen->address, listen->port);
    if (port == 0)
        quit(QStringLiteral("cannot listen on %1.").arg(parser.value(QStringLiteral("listen"))), 1);
    const QString host = listen->address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + listen->address.toString() + u']'
                             : listen->address.toString();
    // Exactly this line, once: whoever started the CA learns the port from it.
    std::printf("listening on http://%s:%u\n", qPrintable(host), unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
