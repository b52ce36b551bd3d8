// What a request or self-signed certificate says: the card key's public half, the
// subject, the alternative names and the template that decides the usages.
#pragma once

#include "CertificateTemplate.h"
#include "DistinguishedName.h"
#include "Signer.h"
#include "SubjectAltName.h"
#include "core/util/Secret.h"

#include <QByteArray>
#include <QList>

namespace tpmvsc {

struct CertificateContent {
    QByteArray publicKeyInfo; // SubjectPublicKeyInfo DER of the card key
    DistinguishedName subject;
    QList<SubjectAltName> subjectAltNames;
    CertificateTemplate certificateTemplate;
    SignatureChoice signature;
    // An AttestationBundle (DER) for the request's id-aa-attestation attribute: the proof
    // that the key lives in a TPM. Empty: none. Self-signed certificates ignore it.
    QByteArray attestationBundle;
    // The PKCS#9 challengePassword attribute of a request (how a SCEP CA authorizes it).
    // Empty: none. Self-signed certificates ignore it.
    Secret challengePassword;
};

} // namespace tpmvsc
