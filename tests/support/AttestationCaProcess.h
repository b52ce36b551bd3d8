// The built tpmvsc-attestca, started by a test on a free loopback port: a CA key and
// certificate made by the openssl CLI, the given folder of endorsement roots, a log file.
// Stopped when the object goes.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace tpmvsc::test {

class AttestationCaProcess
{
public:
    // Throws Error(Internal) when openssl or the CA does not start.
    explicit AttestationCaProcess(const QString& endorsementRoots);
    ~AttestationCaProcess();
    AttestationCaProcess(const AttestationCaProcess&) = delete;
    AttestationCaProcess& operator=(const AttestationCaProcess&) = delete;

    QString url() const { return m_url; } // http://127.0.0.1:PORT
    QString caCertificate() const;        // PEM, the AIK certificates' issuer
    QStringList logLines() const;         // one per issued AIK certificate
    QString output();                     // what the CA printed (read once), for failure messages

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
};

// The built tpmvsc-attestca ($TPMVSC_ATTESTCA, else beside the test binaries' build tree).
QString attestationCaProgram();

} // namespace tpmvsc::test
