// The endorsement roots of an attestation CA: the certificates it trusts to vouch for TPM
// endorsement keys (a TPM vendor's root and intermediate CAs). Every certificate given is
// a trust anchor, so a vendor's intermediate CA can be trusted without its root.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tpmvsc {

class EndorsementRoots
{
public:
    explicit EndorsementRoots(const QList<QByteArray>& certificates = {});

    // Every certificate in the files *.pem, *.crt, *.cer and *.der of `folder` (not its
    // subfolders): PEM files may hold several certificates, anything else is one DER
    // certificate. Throws Error(StoreIo) for a folder or file that cannot be read,
    // Error(InvalidInput) naming a file that holds no certificate, and Error(NotFound) for
    // a folder without any.
    static EndorsementRoots fromFolder(const QString& folder);
    // The certificates of one PEM or DER file's bytes; Error(InvalidInput) when none.
    static QList<QByteArray> certificatesIn(const QByteArray& bytes);

    const QList<QByteArray>& certificates() const { return m_certificates; }

    // Checks that `ekCertificate` (DER) chains to one of the roots: signature, validity
    // and chain as X.509 has them. The EK certificate's own particulars (an empty subject
    // with a critical subject alternative name, the EK's extended key usage, the TCG's
    // critical extensions) are read as the EK Credential Profile defines them. Throws
    // Error(InvalidInput) when it is not a certificate, Error(EvidenceRefused) when it
    // does not chain.
    void verify(const QByteArray& ekCertificate) const;

private:
    QList<QByteArray> m_certificates;
};

} // namespace tpmvsc
