// The attestation CA's logic, without HTTP (tpmvsc-attestca serves it): one request of a
// card in (doc/attestation-ca.md), one answer out. It checks the EK certificate against
// its endorsement roots, that the EK public area is that certificate's key and an EK, and
// that the AIK public area is an attestation key; then it issues the AIK certificate,
// seals it under a fresh random credential and answers with TPM2_MakeCredential's output
// for the AIK's Name, made to the EK. It keeps no state between requests.
#pragma once

#include "EndorsementRoots.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace tpmvsc {

class AttestationCa
{
public:
    struct Reply {
        int httpStatus = 200;
        QByteArray body; // the answer's JSON, or {"error": sentence}
        QString logLine; // one line about the certificate issued; empty when none was
    };

    // `keyPem`: the CA's private key; `chainPem`: the CA's certificate, then its issuers.
    // Throws Error(InvalidInput) when the key or the chain cannot be read or do not
    // belong together, or days is not positive.
    AttestationCa(const QByteArray& keyPem, const QByteArray& chainPem,
                  const EndorsementRoots& roots, int days);
    // The same from files and a folder (EndorsementRoots::fromFolder); Error(StoreIo)
    // naming a file that cannot be read.
    static AttestationCa fromFiles(const QString& keyFile, const QString& chainFile,
                                   const QString& ekRootsFolder, int days);
    AttestationCa(AttestationCa&&) noexcept;
    ~AttestationCa();

    // 200 with the answer; 400 for a request that is malformed; 403 for one that is
    // refused (an EK certificate from no trusted root, an EK public area that is not the
    // certificate's key or not an EK, an AIK that is not an attestation key); 500 when
    // the CA itself fails.
    Reply handle(const QByteArray& requestBody) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Throws Error(EvidenceRefused) naming the attribute when `aik` is not an attestation key
// of a TPM: fixedTPM, fixedParent, sensitiveDataOrigin, restricted, sign, not decrypt.
void checkAttestationKeyArea(quint32 objectAttributes);

} // namespace tpmvsc
