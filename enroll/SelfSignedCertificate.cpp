#include "SelfSignedCertificate.h"

#include "CertificateBuilding_p.h"
#include "Der.h"

#include <QTimeZone>

namespace tpmvsc {

using build::addExtension;

Validity Validity::days(int days)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Validity v;
    v.notBefore = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() - 60, QTimeZone::utc());
    v.notAfter = v.notBefore.addDays(days);
    return v;
}

QByteArray createSelfSignedCertificate(const CertificateContent& content, const Validity& validity,
                                       const Signer& signer)
{
    ossl::ErrorQueueGuard guard;
    if (content.subject.isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("SelfSignedCertificate",
                             "A self-signed certificate needs a subject "
                             "(such as CN=Alice): it is also the issuer."));
    if (!validity.notBefore.isValid() || !validity.notAfter.isValid())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("SelfSignedCertificate",
                             "The certificate's validity needs a start and an end."));
    if (validity.notAfter <= validity.notBefore)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("SelfSignedCertificate",
                             "The certificate would end (%1) before it begins (%2).")
                        .arg(validity.notAfter.toUTC().toString(Qt::ISODate),
                             validity.notBefore.toUTC().toString(Qt::ISODate)));
    if (validity.notAfter.date().year() > 9999 || validity.notBefore.date().year() < 1950)
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("SelfSignedCertificate", "Certificate dates must lie between 1950 and 9999."));

    build::PreparedContent prepared = build::prepare(content);
    ossl::Owned<X509> x(X509_new());
    if (!x || X509_set_version(x.get(), X509_VERSION_3) != 1 ||
        X509_set_serialNumber(x.get(), build::randomSerial().get()) != 1 ||
        X509_set_subject_name(x.get(), prepared.subject.get()) != 1 ||
        X509_set_issuer_name(x.get(), prepared.subject.get()) != 1 ||
        X509_set1_notBefore(x.get(), build::asn1Time(validity.notBefore).get()) != 1 ||
        X509_set1_notAfter(x.get(), build::asn1Time(validity.notAfter).get()) != 1 ||
        X509_set_pubkey(x.get(), prepared.key.get()) != 1)
        ossl::internal("assemble the certificate");

    ossl::Owned<BASIC_CONSTRAINTS> constraints(BASIC_CONSTRAINTS_new());
    if (!constraints)
        ossl::internal("allocate basic constraints");
    constraints->ca = 0;
    addExtension(x.get(), ossl::Owned<X509_EXTENSION>(
                              X509V3_EXT_i2d(NID_basic_constraints, 1, constraints.get())));
    for (auto& ext : prepared.extensions)
        addExtension(x.get(), std::move(ext));

    build::addKeyIdentifiers(x.get(), build::keyIdentifier(x.get()));

    // OpenSSL 3.0 has no public setter for the certificate's signature: the algorithm
    // goes into the to-be-signed part through its (documented) accessor, and the final
    // Certificate SEQUENCE { tbs, algorithm, signature } is assembled below.
    auto algorithm = build::signatureAlgorithm(prepared.signature);
    if (X509_ALGOR_copy(const_cast<X509_ALGOR*>(X509_get0_tbs_sigalg(x.get())), algorithm.get()) !=
        1)
        ossl::internal("set the signature algorithm");
    unsigned char* tbsBytes = nullptr;
    const int tbsLength = i2d_re_X509_tbs(x.get(), &tbsBytes);
    if (tbsLength <= 0)
        ossl::internal("encode the certificate for signing");
    const QByteArray tbs(reinterpret_cast<const char*>(tbsBytes), tbsLength);
    OPENSSL_free(tbsBytes);

    const QByteArray signature = build::signToBeSigned(tbs, prepared, signer);
    const QByteArray algorithmDer = ossl::toDer(algorithm.get(), i2d_X509_ALGOR);
    const QByteArray bits = der::element(0x03, char(0) + signature); // no unused bits
    const QByteArray certificate = der::element(der::kSequence, tbs + algorithmDer + bits);

    const auto check = ossl::fromDer<X509>(certificate, d2i_X509);
    if (!check || X509_verify(check.get(), prepared.key.get()) != 1)
        ossl::fail(ErrorCode::Internal,
                   QStringLiteral("The signature the card made does not verify with the key's "
                                  "public half; no certificate was made."));
    return certificate;
}

} // namespace tpmvsc
