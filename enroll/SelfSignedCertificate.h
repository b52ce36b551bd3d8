// A self-signed certificate for the card key (tests, standalone use without a CA):
// X.509 v3, random positive 127-bit serial, basicConstraints CA:FALSE (critical), key
// usage (critical) and EKU from the template, SAN, subject and authority key
// identifier; signed through the Signer and verified before it is returned.
#pragma once

#include "CertificateContent.h"
#include "Signer.h"

#include <QByteArray>
#include <QDateTime>

namespace tpmvsc {

struct Validity {
    QDateTime notBefore; // UTC; seconds precision
    QDateTime notAfter;
    // From now (minus a minute for clocks a little behind) for `days` days.
    static Validity days(int days);
};

// Needs a non-empty subject (the issuer of a self-signed certificate is its subject).
// Refuses notAfter <= notBefore. Returns the certificate DER.
QByteArray createSelfSignedCertificate(const CertificateContent& content, const Validity& validity,
                                       const Signer& signer);

} // namespace tpmvsc
