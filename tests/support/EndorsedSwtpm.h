// A swtpm with an endorsement key certificate, as a TPM from a vendor has one: made by
// swtpm_setup --create-ek-cert with private configuration files (never the system-wide
// local CA), so each test binary has its own endorsement CA. The RSA EK is at persistent
// 0x81010001 with its certificate at NV 0x01c00002; an ECC (P-384) EK at 0x81010016 with
// its certificate at NV 0x01c00016.
#pragma once

#include "core/tpm/SwtpmProcess.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace tpmvsc::test {

// The endorsement CA a manufactured TPM state's EK certificates chain to (PEM files).
struct EndorsementCa {
    QString root;   // swtpm-localca-rootca-cert.pem
    QString issuer; // issuercert.pem, the intermediate that signs the EK certificates
};

// Runs swtpm_setup --create-ek-cert on `stateDir` (no swtpm may run on it; what it held
// is overwritten), with configuration files and the local CA of its own in `workDir`.
// Throws Error(Internal) with swtpm_setup's output when it fails.
EndorsementCa manufactureTpmState(const QString& stateDir, const QString& workDir);

class EndorsedSwtpm
{
public:
    // Throws Error(Internal) with swtpm_setup's output when it fails.
    EndorsedSwtpm();
    ~EndorsedSwtpm();

    QString tcti() const;
    // The local CA's root (swtpm-localca-rootca-cert.pem) and the intermediate that signs
    // the EK certificates (issuercert.pem), both PEM.
    QString rootCertificatePath() const { return m_ca.root; }
    QString issuerCertificatePath() const { return m_ca.issuer; }

private:
    QTemporaryDir m_dir;
    EndorsementCa m_ca;
    std::unique_ptr<SwtpmProcess> m_swtpm;
};

} // namespace tpmvsc::test
