// What a request or self-signed certificate says: the card key's public half, the
// subject, the alternative names and the template that decides the usages.
#pragma once

#include "enroll/CertificateTemplate.h"
#include "enroll/DistinguishedName.h"
#include "enroll/Signer.h"
#include "enroll/SubjectAltName.h"

#include <QByteArray>
#include <QList>

namespace tpmvsc {

struct CertificateContent {
    QByteArray publicKeyInfo; // SubjectPublicKeyInfo DER of the card key
    DistinguishedName subject;
    QList<SubjectAltName> subjectAltNames;
    CertificateTemplate certificateTemplate;
    SignatureChoice signature;
};

} // namespace tpmvsc
