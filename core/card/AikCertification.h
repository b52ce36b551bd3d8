// What a card and an attestation CA exchange so that the card's attestation key (AIK)
// gets a certificate: credential activation. The card sends the TPM's endorsement key
// (EK) certificate and public area and the AIK's public area; the CA checks the EK
// certificate against its endorsement roots and answers with TPM2_MakeCredential's output
// for the AIK's Name, made to the EK. Only the TPM that holds both that EK and that AIK
// recovers the credential (TPM2_ActivateCredential), and with it the AIK certificate the
// CA sealed under it. The card side (core) and the CA side (enroll) share these types; the
// wire format is in doc/attestation-ca.md.
#pragma once

#include "core/tpm/TpmTypes.h"
#include "core/util/Secret.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tpmvsc {

struct AikCertificationRequest {
    QByteArray ekCertificate; // DER, from the TPM's NV
    QByteArray ekPublic;      // TPMT_PUBLIC of the EK the certificate names, marshalled
    QByteArray aikPublic;     // TPMT_PUBLIC of the AIK, marshalled
    TpmIdentity tpm;
    bool operator==(const AikCertificationRequest&) const = default;
};

// The card's side of one exchange with an attestation CA. The card service calls
// challenge() once, has the TPM activate the credential, then certificateChain() once.
class AikCertifier
{
public:
    virtual ~AikCertifier() = default;
    // Sends the request; the CA's challenge. Throws Error with the CA's or the network's
    // reason when the CA is unreachable, refuses, or answers something else.
    virtual CredentialChallenge challenge(const AikCertificationRequest& request) = 0;
    // The AIK certificate and its issuers (DER, the AIK's first), opened with the
    // credential the TPM recovered. Throws Error when the certificate cannot be opened, is
    // not for the AIK of the request, or does not follow the AIK certificate profile.
    virtual QList<QByteArray> certificateChain(const Secret& credential) = 0;
    // Where the certificate comes from, for the card's records ("https://ca.example/").
    virtual QString authority() const = 0;
};

} // namespace tpmvsc
