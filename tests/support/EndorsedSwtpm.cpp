#include "EndorsedSwtpm.h"

#include "ProcessRun.h"
#include "core/util/Error.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace tpmvsc::test {

namespace {

void write(const QString& path, const QString& text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        throw Error(ErrorCode::Internal, QStringLiteral("EndorsedSwtpm: cannot write ") + path);
}

} // namespace

EndorsedSwtpm::EndorsedSwtpm()
{
    if (!m_dir.isValid())
        throw Error(ErrorCode::Internal, QStringLiteral("EndorsedSwtpm: no temporary dir"));
    const QString state = m_dir.filePath(QStringLiteral("state"));
    const QString ca = m_dir.filePath(QStringLiteral("localca"));
    QDir().mkpath(state);
    QDir().mkpath(ca);
    // swtpm_localca makes its root and intermediate CA in `statedir` on first use.
    const QString localcaConf = m_dir.filePath(QStringLiteral("swtpm-localca.conf"));
    write(localcaConf, QStringLiteral("statedir = %1\nsigningkey = %1/signkey.pem\n"
                                      "issuercert = %1/issuercert.pem\n"
                                      "certserial = %1/certserial\n")
                           .arg(ca));
    const QString localcaOptions = m_dir.filePath(QStringLiteral("swtpm-localca.options"));
    write(localcaOptions, QStringLiteral("--platform-manufacturer tpmvsc\n"
                                         "--platform-version 2.1\n--platform-model test\n"));
    const QString setupConf = m_dir.filePath(QStringLiteral("swtpm_setup.conf"));
    write(setupConf, QStringLiteral("create_certs_tool = %3\n"
                                    "create_certs_tool_config = %1\n"
                                    "create_certs_tool_options = %2\n"
                                    "active_pcr_banks = sha256\n")
                         .arg(localcaConf, localcaOptions,
                              QStandardPaths::findExecutable(QStringLiteral("swtpm_localca"))));
    const ProcessResult setup =
        runProcess(QStringLiteral("swtpm_setup"),
                   {QStringLiteral("--tpm2"), QStringLiteral("--tpmstate"), state,
                    QStringLiteral("--create-ek-cert"), QStringLiteral("--config"), setupConf,
                    QStringLiteral("--overwrite")});
    if (setup.exitCode != 0)
        throw Error(ErrorCode::Internal,
                    QStringLiteral("EndorsedSwtpm: swtpm_setup failed: ") + setup.text());
    m_swtpm = std::make_unique<SwtpmProcess>(state, m_dir.filePath(QStringLiteral("swtpm.sock")));
}

EndorsedSwtpm::~EndorsedSwtpm() = default;

QString EndorsedSwtpm::tcti() const
{
    return m_swtpm->tcti();
}

QString EndorsedSwtpm::rootCertificatePath() const
{
    return m_dir.filePath(QStringLiteral("localca/swtpm-localca-rootca-cert.pem"));
}

QString EndorsedSwtpm::issuerCertificatePath() const
{
    return m_dir.filePath(QStringLiteral("localca/issuercert.pem"));
}

} // namespace tpmvsc::test
