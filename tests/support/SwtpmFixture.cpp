#include "SwtpmFixture.h"

#include "EndorsedSwtpm.h"

#include "core/tpm/Tpm.h"
#include "core/util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    m_swtpm.reset(); // swtpm_setup needs the state to itself
    const QString work = privateDir(m_dir.filePath(QStringLiteral("manufacturer")));
    const EndorsementCa ca = manufactureTpmState(stateDir(), work);
    start();
    relaxDictionaryAttack(tcti());
    const QString roots = privateDir(m_dir.filePath(QStringLiteral("ek-roots")));
    for (const auto& [from, to] : {std::pair{ca.root, QStringLiteral("root.pem")},
                                   std::pair{ca.issuer, QStringLiteral("intermediate.pem")}}) {
        QFile::remove(roots + QLatin1Char('/') + to);
        if (!QFile::copy(from, roots + QLatin1Char('/') + to))
            throw Error(ErrorCode::Internal,
                        QStringLiteral("SwtpmFixture: swtpm_localca made no %1").arg(from));
    }
    return roots;
}

int freeLoopbackPort()
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
    return port;
}

QString unreachableSwtpmTcti()
{
    return QStringLiteral("swtpm:host=127.0.0.1,port=%1").arg(freeLoopbackPort());
}

} // namespace tpmvsc::test
