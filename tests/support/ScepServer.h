// Debian's scepserver (micromdm's SCEP server), started by a test on a free port: a CA
// depot made by `scepserver ca -init` in a private folder, a challenge password, renewal
// always allowed. Stopped when the object goes (or by stop(), to play an unreachable CA).
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace tpmvsc::test {

class ScepServer
{
public:
    // Whether the scepserver binary is installed (Debian package scep).
    static bool available();

    // Throws Error(Internal) when the depot cannot be made or the server does not answer.
    explicit ScepServer(const QString& challenge);
    ~ScepServer();
    ScepServer(const ScepServer&) = delete;
    ScepServer& operator=(const ScepServer&) = delete;

    QString url() const { return m_url; } // http://127.0.0.1:PORT/scep
    QString caCertificate() const;        // the depot's CA certificate, PEM
    QString output();                     // what the server logged (read once)
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
};

} // namespace tpmvsc::test
