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

EndorsementCa manufactureTpmState(const QString& stateDir, const QString& workDir)
{
    const QString ca = workDir + QStringLiteral("/localca");
    QDir().mkpath(stateDir);
    QDir().mkpath(ca);
    // swtpm_localca makes its root and intermediate CA in `statedir` on first use.
    const QString localcaConf = workDir + QStringLiteral("/swtpm-localca.conf");
    write(localcaConf, QStringLiteral("statedir = %1\nsigningkey = %1/signkey.pem\n"
                                      "issuercert = %1/issuercert.pem\n"
                                      "certserial = %1/certserial\n")
                           .arg(ca));
    const QString localcaOptions = workDir + QStringLiteral("/swtpm-localca.options");
    write(localcaOptions, QStringLiteral("--platform-manufacturer tpmvsc\n"
                                         "--platform-version 2.1\n--platform-model test\n"));
    const QString setupConf = workDir + QStringLiteral("/swtpm_setup.conf");
    write(setupConf, QStringLiteral("create_certs_tool = %3\n"
                                    "create_certs_tool_config = %1\n"
                                    "create_certs_tool_options = %2\n"
                                    "active_pcr_banks = sha256\n")
                         .arg(localcaConf, localcaOptions,
                              QStandardPaths::findExecutable(QStringLiteral("swtpm_localca"))));
    const ProcessResult setup =
        runProcess(QStringLiteral("swtpm_setup"),
                   {QStringLiteral("--tpm2"), QStringLiteral("--tpmstate"), stateDir,
                    QStringLiteral("--create-ek-cert"), QStringLiteral("--config"), setupConf,
                    QStringLiteral("--overwrite")});
    if (setup.exitCode != 0)
        throw Error(ErrorCode::Internal, QStringLiteral("swtpm_setup failed: ") + setup.text());
    return EndorsementCa{ca + QStringLiteral("/swtpm-localca-rootca-cert.pem"),
                         ca + QStringLiteral("/issuercert.pem")};
}

EndorsedSwtpm::EndorsedSwtpm()
{
    if (!m_dir.isValid())
        throw Error(ErrorCode::Internal, QStringLiteral("EndorsedSwtpm: no temporary dir"));
    const QString state = m_dir.filePath(QStringLiteral("state"));
    m_ca = manufactureTpmState(state, m_dir.path());
    m_swtpm = std::make_unique<SwtpmProcess>(state, m_dir.filePath(QStringLiteral("swtpm.sock")));
}

EndorsedSwtpm::~EndorsedSwtpm() = default;

QString EndorsedSwtpm::tcti() const
{
    return m_swtpm->tcti();
}

} // namespace tpmvsc::test
