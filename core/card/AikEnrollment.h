// A card's attestation key certified by an attestation CA (AIK_AND_CERT): the TPM's side
// of credential activation, with the CA reached through an AikCertifier.
#pragma once

#include "AikCertification.h"
#include "core/tpm/TpmTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <tss2/tss2_esys.h>

namespace tpmvsc {

class Tpm;

struct AikCertificates {
    QList<QByteArray> chain; // DER: the AIK's certificate, then its issuers
    QString authority;       // the attestation CA that issued it
};

// Sends the TPM's EK certificate, EK public area and identity with the AIK's public area
// to the CA, has the TPM recover the CA's credential for them (the AIK, a blob under
// `parent`, loaded for it and flushed after; its authValue `cardSecret` proved through the
// salted `session`), and hands the credential back to the certifier for the certificate.
// Writes nothing: the caller stores the result with the AIK in one card write. Unsupported
// when the TPM has no EK certificate.
AikCertificates certifyAttestationKey(Tpm& tpm, ESYS_TR parent, ESYS_TR session, const TpmBlob& aik,
                                      const Secret& cardSecret, AikCertifier& certifier);

} // namespace tpmvsc
