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

class EndorsedSwtpm
{
public:
    // Throws Error(Internal) with swtpm_setup's output when it fails.
    EndorsedSwtpm();
    ~EndorsedSwtpm();

    QString tcti() const;
    // The local CA's root (swtpm-localca-rootca-cert.pem) and the intermediate that signs
    // the EK certificates (issuercert.pem), both PEM.
    QString rootCertificatePath() const;
    QString issuerCertificatePath() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SwtpmProcess> m_swtpm;
};

} // namespace tpmvsc::test
