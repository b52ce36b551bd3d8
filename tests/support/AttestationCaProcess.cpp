#include "AttestationCaProcess.h"

#include "ProcessRun.h"
#include "core/util/Error.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>

namespace tpmvsc::test {

namespace {

[[noreturn]] void fail(const QString& what)
{
    throw Error(ErrorCode::Internal, QStringLiteral("AttestationCaProcess: %1").arg(what));
}

} // namespace

QString attestationCaProgram()
{
    const QString set = qEnvironmentVariable("TPMVSC_ATTESTCA");
    return set.isEmpty() ? QCoreApplication::applicationDirPath() +
                               QStringLiteral("/../../app/tpmvsc-attestca")
                         : set;
}

AttestationCaProcess::AttestationCaProcess(const QString& endorsementRoots)
{
    const QString key = m_dir.filePath(QStringLiteral("ca.key"));
    const ProcessResult made = runProcess(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
         QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), key, QStringLiteral("-out"), caCertificate(),
         QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
         QStringLiteral("/O=tpmvsc tests/CN=Test Attestation CA"), QStringLiteral("-addext"),
         QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
         QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    if (made.exitCode != 0)
        fail(QStringLiteral("openssl made no CA: ") + made.text());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(attestationCaProgram(),
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--ca-key"), key, QStringLiteral("--ca-cert"), caCertificate(),
                     QStringLiteral("--ek-roots"), endorsementRoots, QStringLiteral("--log"),
                     m_dir.filePath(QStringLiteral("issued.log"))});
    const QDeadlineTimer deadline(30000);
    QByteArray out;
    while (!out.contains('\n')) {
        if (deadline.hasExpired() || !m_process.waitForReadyRead(int(deadline.remainingTime())))
            fail(QStringLiteral("the CA did not say where it listens: ") + output());
        out += m_process.readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix))
        fail(QStringLiteral("unexpected first line: ") + QString::fromUtf8(line));
    m_url = QString::fromUtf8(line.mid(prefix.size()));
}

AttestationCaProcess::~AttestationCaProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QString AttestationCaProcess::caCertificate() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QStringList AttestationCaProcess::logLines() const
{
    QFile f(m_dir.filePath(QStringLiteral("issued.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString AttestationCaProcess::output()
{
    return QString::fromLocal8Bit(m_process.readAllStandardOutput() +
                                  m_process.readAllStandardError());
}

} // namespace tpmvsc::test
