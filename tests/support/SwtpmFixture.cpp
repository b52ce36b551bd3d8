#include "SwtpmFixture.h"

#include "core/tpm/Tpm.h"
#include "core/util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tpmvsc::test {

namespace {

// 0700 regardless of the umask: the store refuses looser folders (core/store/CardStore.h),
// and a fixture that tripped that check would test nothing.
QString privateDir(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        throw Error(ErrorCode::Internal,
                    QStringLiteral("SwtpmFixture: cannot create %1: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    ::chmod(native.constData(), 0700);
    return path;
}

// Child processes (the tpmvscmgr CLI under test) find the TPM and the store here.
void exportEnvironment(const QString& tcti, const QString& store)
{
    qputenv("TPMVSC_TCTI", tcti.toUtf8());
    qputenv("TPMVSC_HOME", QFile::encodeName(store));
}

} // namespace

void relaxDictionaryAttack(const QString& tcti)
{
    Tpm tpm(TpmOptions{tcti, false, {}}, QString());
    // 1000 tries, one forgiven per second, lockout recovery 1 s: wrong-PIN tests can
    // hammer the TPM without ever locking it (swtpm's default is 1000 s of lockout).
    tpm.setDictionaryAttackParameters(1000, 1, 1);
    tpm.clearLockout();
}

SwtpmFixture::SwtpmFixture()
{
    if (!m_dir.isValid())
        throw Error(ErrorCode::Internal,
                    QStringLiteral("SwtpmFixture: no temporary dir: %1").arg(m_dir.errorString()));
    privateDir(stateDir());
    privateDir(storeRoot());
    start();
    relaxDictionaryAttack(tcti());
}

SwtpmFixture::~SwtpmFixture()
{
    m_other.reset();
    m_swtpm.reset();
    // Nothing after the fixture may reach a TPM that no longer exists by accident.
    qunsetenv("TPMVSC_TCTI");
    qunsetenv("TPMVSC_HOME");
}

QString SwtpmFixture::tcti() const
{
    return m_swtpm ? m_swtpm->tcti() : QString();
}

QString SwtpmFixture::storeRoot() const
{
    return m_dir.filePath(QStringLiteral("store"));
}

QString SwtpmFixture::stateDir() const
{
    return m_dir.filePath(QStringLiteral("state"));
}

void SwtpmFixture::restart()
{
    // Stop first: swtpm locks its state dir, so the new one could not start beside it.
    // SIGTERM lets swtpm save its state as a clean shutdown would.
    m_swtpm.reset();
    start();
}

void SwtpmFixture::kill()
{
    if (m_swtpm)
        m_swtpm->kill();
}

void SwtpmFixture::start()
{
    m_swtpm.reset();
    m_swtpm =
        std::make_unique<SwtpmProcess>(stateDir(), m_dir.filePath(QStringLiteral("swtpm.sock")));
    // Children (the CLI) reach this swtpm through the same variables after a restart.
    exportEnvironment(tcti(), storeRoot());
}

QString SwtpmFixture::startOtherTpm()
{
    // A fresh state dir per call: each call is a new machine, never the previous one.
    m_other.reset();
    QString dir;
    for (int n = 1;; ++n) {
        dir = m_dir.filePath(QStringLiteral("other-state-%1").arg(n));
        if (!QFileInfo::exists(dir))
            break;
    }
    privateDir(dir);
    m_other = std::make_unique<SwtpmProcess>(dir, dir + QStringLiteral(".sock"));
    relaxDictionaryAttack(m_other->tcti());
    return m_other->tcti();
}

QString SwtpmFixture::manufactureWithEkCertificate()
{
    const QString ca = privateDir(m_dir.filePath(QStringLiteral("ek-ca")));
    const QString config = m_dir.filePath(QStringLiteral("ek-ca.conf"));
    const QString options = m_dir.filePath(QStringLiteral("ek-ca.options"));
    const QString setup = m_dir.filePath(QStringLiteral("swtpm_setup.conf"));
    const auto write = [](const QString& path, const QString& text) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
            throw Error(ErrorCode::Internal,
                        QStringLiteral("SwtpmFixture: cannot write %1").arg(path));
    };
    // swtpm_localca's own files, never the system-wide /var/lib/swtpm-localca.
    write(config, QStringLiteral("statedir = %1\nsigningkey = %1/signkey.pem\n"
                                 "issuercert = %1/issuercert.pem\ncertserial = %1/certserial\n")
                      .arg(ca));
    write(options, QString());
    const QString localca = QStandardPaths::findExecutable(QStringLiteral("swtpm_localca"));
    write(setup, QStringLiteral("create_certs_tool = %1\n"
                                "create_certs_tool_config = %2\ncreate_certs_tool_options = %3\n")
                     .arg(localca, config, options));
    m_swtpm.reset(); // swtpm_setup needs the state to itself
    QProcess run;
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(QStringLiteral("swtpm_setup"),
              {QStringLiteral("--tpm2"), QStringLiteral("--tpmstate"), stateDir(),
               QStringLiteral("--create-ek-cert"), QStringLiteral("--overwrite"),
               QStringLiteral("--config"), setup});
    if (!run.waitForFinished(120000) || run.exitStatus() != QProcess::NormalExit ||
        run.exitCode() != 0)
        throw Error(ErrorCode::Internal, QStringLiteral("SwtpmFixture: swtpm_setup failed: %1")
                                             .arg(QString::fromLocal8Bit(run.readAll())));
    start();
    relaxDictionaryAttack(tcti());
    const QString roots = privateDir(m_dir.filePath(QStringLiteral("ek-roots")));
    for (const auto& [from, to] :
         {std::pair{QStringLiteral("swtpm-localca-rootca-cert.pem"), QStringLiteral("root.pem")},
          std::pair{QStringLiteral("issuercert.pem"), QStringLiteral("intermediate.pem")}}) {
        QFile::remove(roots + QLatin1Char('/') + to);
        if (!QFile::copy(ca + QLatin1Char('/') + from, roots + QLatin1Char('/') + to))
            throw Error(ErrorCode::Internal,
                        QStringLiteral("SwtpmFixture: swtpm_localca made no %1").arg(from));
    }
    return roots;
}

QString unreachableSwtpmTcti()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &size) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(port);
}

} // namespace tpmvsc::test
