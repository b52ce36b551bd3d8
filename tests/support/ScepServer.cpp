#include "ScepServer.h"

#include "ProcessRun.h"
#include "core/util/Error.h"

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace tpmvsc::test {

namespace {

[[noreturn]] void fail(const QString& what)
{
    throw Error(ErrorCode::Internal, QStringLiteral("ScepServer: %1").arg(what));
}

// scepserver takes a port, not an address, and cannot say which port it got for 0: a
// port free now is taken, and the start is retried should another program take it first.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        fail(QStringLiteral("no free port"));
    return probe.serverPort();
}

bool answers(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

bool ScepServer::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("scepserver")).isEmpty();
}

ScepServer::ScepServer(const QString& challenge)
{
    const QString depot = m_dir.filePath(QStringLiteral("depot"));
    // A 2048-bit CA key: the default 4096 bits costs seconds for nothing in a test.
    const ProcessResult made = runProcess(
        QStringLiteral("scepserver"),
        {QStringLiteral("ca"), QStringLiteral("-init"), QStringLiteral("-depot"), depot,
         QStringLiteral("-keySize"), QStringLiteral("2048"), QStringLiteral("-years"),
         QStringLiteral("1"), QStringLiteral("-organization"), QStringLiteral("tpmvsc tests")});
    if (made.exitCode != 0)
        fail(QStringLiteral("scepserver ca -init failed: ") + made.text());

    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 port = freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("scepserver"),
                        {QStringLiteral("-depot"), depot, QStringLiteral("-port"),
                         QString::number(port), QStringLiteral("-challenge"), challenge,
                         QStringLiteral("-allowrenew"), QStringLiteral("0"),
                         QStringLiteral("-debug")});
        if (!m_process.waitForStarted(10000))
            fail(QStringLiteral("scepserver cannot be run: ") + m_process.errorString());
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running && !answers(port))
            QThread::msleep(50);
        if (m_process.state() == QProcess::Running && answers(port)) {
            m_url = QStringLiteral("http://127.0.0.1:%1/scep").arg(port);
            return;
        }
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    fail(QStringLiteral("scepserver did not start: ") + output());
}

ScepServer::~ScepServer()
{
    stop();
}

void ScepServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QString ScepServer::caCertificate() const
{
    return m_dir.filePath(QStringLiteral("depot/ca.pem"));
}

QString ScepServer::output()
{
    return QString::fromLocal8Bit(m_process.readAll());
}

} // namespace tpmvsc::test
