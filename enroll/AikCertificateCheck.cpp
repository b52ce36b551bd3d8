#include "AikCertificateProfile.h"

#include "CertificateInfo.h"
#include "OpenSslSupport_p.h"
#include "TpmStructures.h"

namespace tpmvsc {

namespace {

[[noreturn]] void refuse(const Sentence& why)
{
    throw Error(ErrorCode::EvidenceRefused, why);
}

} // namespace

void checkAikCertificate(const QByteArray& certificate, const QByteArray& aikPublic,
                         const QByteArray& issuer)
{
    ossl::ErrorQueueGuard guard;
    const QByteArray aikSpki = tpm2::subjectPublicKeyInfo(tpm2::parsePublic(aikPublic));
    const auto issuerCertificate = ossl::fromDer<X509>(issuer, d2i_X509);
    if (!issuerCertificate)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AikCertificateProfile",
                             "The attestation CA's certificate is not a DER X.509 certificate."));
    const auto leaf = ossl::fromDer<X509>(certificate, d2i_X509);
    if (!leaf)
        refuse(Sentence("AikCertificateProfile",
                        "The AIK certificate is not a DER X.509 certificate."));
    const CertificateInfo info = describeCertificate(certificate);
    if (!samePublicKey(info.publicKeyInfo, aikSpki))
        refuse(Sentence("AikCertificateProfile",
                        "The AIK certificate is for another key than the card's AIK."));
    bool aikUsage = false;
    for (const ExtendedKeyUsageEntry& usage : info.extendedKeyUsage)
        aikUsage = aikUsage || usage.oid == QLatin1String(kOidTcgKpAikCertificate);
    if (!aikUsage)
        refuse(Sentence("AikCertificateProfile",
                        "The AIK certificate does not carry the extended key usage "
                        "tcg-kp-AIKCertificate (2.23.133.8.3)."));
    if (info.isCa)
        refuse(
            Sentence("AikCertificateProfile",
                     "The AIK certificate is a CA certificate; an AIK certificate must not be."));
    if (X509_verify(leaf.get(), X509_get0_pubkey(issuerCertificate.get())) != 1)
        refuse(Sentence("AikCertificateProfile",
                        "The AIK certificate's signature does not verify with the attestation "
                        "CA's key."));
}

} // namespace tpmvsc
