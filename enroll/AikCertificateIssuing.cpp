#include "AikCertificateIssuing_p.h"

#include "CertificateBuilding_p.h"
#include "SelfSignedCertificate.h"

namespace tpmvsc {

namespace {

void addUtf8(X509_NAME* name, const char* oid, const QString& value)
{
    const auto object = ossl::oidObject(QLatin1String(oid));
    const QByteArray utf8 = value.toUtf8();
    if (X509_NAME_add_entry_by_OBJ(name, object.get(), V_ASN1_UTF8STRING,
                                   reinterpret_cast<const unsigned char*>(utf8.constData()),
                                   int(utf8.size()), -1, 0) != 1)
        ossl::internal("encode a TPM attribute");
}

// The TPM as the EK Credential Profile names it: a directoryName of three attributes.
ossl::Owned<X509_EXTENSION> tpmSubjectAltName(const TpmIdentity& tpm)
{
    ossl::Owned<X509_NAME> name(X509_NAME_new());
    if (!name)
        ossl::internal("allocate a name");
    addUtf8(name.get(), kOidTcgAtTpmManufacturer, tpm.manufacturer);
    addUtf8(name.get(), kOidTcgAtTpmModel, tpm.model);
    addUtf8(name.get(), kOidTcgAtTpmVersion, tpm.version);
    ossl::Owned<GENERAL_NAMES> names(GENERAL_NAMES_new());
    ossl::Owned<GENERAL_NAME> entry(GENERAL_NAME_new());
    if (!names || !entry)
        ossl::internal("allocate a subject alternative name");
    GENERAL_NAME_set0_value(entry.get(), GEN_DIRNAME, name.release());
    if (sk_GENERAL_NAME_push(names.get(), entry.get()) <= 0)
        ossl::internal("collect a subject alternative name");
    entry.release();
    // Critical: the subject is empty, so the name is here (RFC 5280 4.2.1.6).
    return ossl::Owned<X509_EXTENSION>(X509V3_EXT_i2d(NID_subject_alt_name, 1, names.get()));
}

ossl::Owned<X509_EXTENSION> aikExtendedKeyUsage()
{
    ossl::Owned<EXTENDED_KEY_USAGE> usages(sk_ASN1_OBJECT_new_null());
    auto oid = ossl::oidObject(QLatin1String(kOidTcgKpAikCertificate));
    if (!usages || sk_ASN1_OBJECT_push(usages.get(), oid.get()) <= 0)
        ossl::internal("encode the extended key usage");
    oid.release();
    return ossl::Owned<X509_EXTENSION>(X509V3_EXT_i2d(NID_ext_key_usage, 0, usages.get()));
}

ossl::Owned<X509_EXTENSION> notACa()
{
    ossl::Owned<BASIC_CONSTRAINTS> constraints(BASIC_CONSTRAINTS_new());
    if (!constraints)
        ossl::internal("allocate basic constraints");
    constraints->ca = 0;
    return ossl::Owned<X509_EXTENSION>(X509V3_EXT_i2d(NID_basic_constraints, 1, constraints.get()));
}

ossl::Owned<X509_EXTENSION> digitalSignatureOnly()
{
    ossl::Owned<ASN1_BIT_STRING> bits(ASN1_BIT_STRING_new());
    if (!bits || ASN1_BIT_STRING_set_bit(bits.get(), 0, 1) != 1)
        ossl::internal("encode the key usage");
    return ossl::Owned<X509_EXTENSION>(X509V3_EXT_i2d(NID_key_usage, 1, bits.get()));
}

// The CA's own key identifier as its certificate states it, or as RFC 5280 method 1
// computes it when the certificate has none.
QByteArray authorityKeyId(X509* ca)
{
    const ASN1_OCTET_STRING* id = X509_get0_subject_key_id(ca);
    return id ? ossl::asn1StringBytes(id) : build::keyIdentifier(ca);
}

} // namespace

IssuedAikCertificate issueAikCertificate(const QByteArray& aikSpki, const TpmIdentity& tpm,
                                         X509* caCertificate, EVP_PKEY* caKey, int days)
{
    ossl::ErrorQueueGuard guard;
    const auto key = ossl::publicKeyFromSpki(aikSpki);
    if (!key)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("AikCertificateProfile", "The AIK's public key is not usable."));
    const Validity validity = Validity::days(days);
    const auto serial = build::randomSerial();
    ossl::Owned<X509_NAME> empty(X509_NAME_new());
    ossl::Owned<X509> x(X509_new());
    if (!x || !empty || X509_set_version(x.get(), X509_VERSION_3) != 1 ||
        X509_set_serialNumber(x.get(), serial.get()) != 1 ||
        X509_set_subject_name(x.get(), empty.get()) != 1 ||
        X509_set_issuer_name(x.get(), X509_get_subject_name(caCertificate)) != 1 ||
        X509_set1_notBefore(x.get(), build::asn1Time(validity.notBefore).get()) != 1 ||
        X509_set1_notAfter(x.get(), build::asn1Time(validity.notAfter).get()) != 1 ||
        X509_set_pubkey(x.get(), key.get()) != 1)
        ossl::internal("assemble the AIK certificate");
    build::addExtension(x.get(), notACa());
    build::addExtension(x.get(), digitalSignatureOnly());
    build::addExtension(x.get(), aikExtendedKeyUsage());
    build::addExtension(x.get(), tpmSubjectAltName(tpm));
    build::addKeyIdentifiers(x.get(), authorityKeyId(caCertificate));
    if (X509_sign(x.get(), caKey, EVP_sha256()) <= 0)
        ossl::fail(ErrorCode::Internal,
                   QStringLiteral("The attestation CA's key could not sign the AIK certificate."));

    IssuedAikCertificate issued;
    issued.der = ossl::toDer(x.get(), i2d_X509);
    ossl::Owned<BIGNUM> bn(ASN1_INTEGER_to_BN(serial.get(), nullptr));
    if (!bn)
        ossl::internal("read the serial number");
    issued.serial = QByteArray(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char*>(issued.serial.data()));
    return issued;
}

} // namespace tpmvsc
