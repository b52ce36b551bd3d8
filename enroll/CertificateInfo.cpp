#include "CertificateInfo.h"

#include "CertificateTemplate.h"
#include "DistinguishedName.h"
#include "OpenSslSupport_p.h"

#include <QCryptographicHash>
#include <arpa/inet.h>

namespace tpmvsc {

namespace {

constexpr const char* kUpnOid = "1.3.6.1.4.1.311.20.2.3";

QString nameText(const X509_NAME* name)
{
    return formatDistinguishedName(ossl::toDer(name, i2d_X509_NAME));
}

QStringList keyUsageNames(uint32_t bits)
{
    struct Bit {
        uint32_t mask;
        KeyUsage usage;
    };
    static constexpr Bit kBits[] = {
        {KU_DIGITAL_SIGNATURE, KeyUsage::DigitalSignature},
        {KU_NON_REPUDIATION, KeyUsage::NonRepudiation},
        {KU_KEY_ENCIPHERMENT, KeyUsage::KeyEncipherment},
        {KU_DATA_ENCIPHERMENT, KeyUsage::DataEncipherment},
        {KU_KEY_AGREEMENT, KeyUsage::KeyAgreement},
        {KU_KEY_CERT_SIGN, KeyUsage::KeyCertSign},
        {KU_CRL_SIGN, KeyUsage::CrlSign},
        {KU_ENCIPHER_ONLY, KeyUsage::EncipherOnly},
        {KU_DECIPHER_ONLY, KeyUsage::DecipherOnly},
    };
    QStringList out;
    for (const Bit& b : kBits) {
        if (bits & b.mask)
            out.append(keyUsageName(b.usage));
    }
    return out;
}

QString generalNameText(const GENERAL_NAME* gn)
{
    int type = 0;
    void* value = GENERAL_NAME_get0_value(gn, &type);
    switch (type) {
    case GEN_EMAIL:
        return QStringLiteral("email:") +
               QString::fromLatin1(ossl::asn1StringBytes(static_cast<ASN1_IA5STRING*>(value)));
    case GEN_DNS:
        return QStringLiteral("dns:") +
               QString::fromLatin1(ossl::asn1StringBytes(static_cast<ASN1_IA5STRING*>(value)));
    case GEN_URI:
        return QStringLiteral("uri:") +
               QString::fromLatin1(ossl::asn1StringBytes(static_cast<ASN1_IA5STRING*>(value)));
    case GEN_IPADD: {
        const QByteArray raw = ossl::asn1StringBytes(static_cast<ASN1_OCTET_STRING*>(value));
        if (raw.size() == 4 || raw.size() == 16) {
            char text[INET6_ADDRSTRLEN] = {};
            if (inet_ntop(raw.size() == 4 ? AF_INET : AF_INET6, raw.constData(), text, sizeof text))
                return QStringLiteral("ip:") + QString::fromLatin1(text);
        }
        return QStringLiteral("ip:") + ossl::hexUpper(raw);
    }
    case GEN_DIRNAME: return QStringLiteral("dirname:") + nameText(static_cast<X509_NAME*>(value));
    case GEN_RID: return QStringLiteral("rid:") + ossl::oidText(static_cast<ASN1_OBJECT*>(value));
    case GEN_OTHERNAME: {
        ASN1_OBJECT* oid = nullptr;
        ASN1_TYPE* other = nullptr;
        GENERAL_NAME_get0_otherName(gn, &oid, &other);
        const QString oidText = ossl::oidText(oid);
        if (oidText == QLatin1String(kUpnOid) && other && other->type == V_ASN1_UTF8STRING)
            return QStringLiteral("upn:") +
                   QString::fromUtf8(ossl::asn1StringBytes(other->value.utf8string));
        return QStringLiteral("othername:") + oidText;
    }
    case GEN_X400: return QStringLiteral("x400address");
    case GEN_EDIPARTY: return QStringLiteral("edipartyname");
    default: return QStringLiteral("unknown");
    }
}

} // namespace

CertificateInfo describeCertificate(const QByteArray& der)
{
    ossl::ErrorQueueGuard guard;
    const auto cert = ossl::fromDer<X509>(der, d2i_X509);
    if (!cert)
        ossl::fail(ErrorCode::InvalidInput,
                   Sentence("CertificateInfo", "The data is not a DER certificate"));
    X509* x = cert.get();
    // Computes the cached extension data; EXFLAG_INVALID marks malformed or duplicated
    // extensions, which no CA issues and no verifier would accept.
    const uint32_t flags = X509_get_extension_flags(x);
    if (flags & EXFLAG_INVALID)
        ossl::fail(
            ErrorCode::InvalidInput,
            Sentence("CertificateInfo", "The certificate has a malformed or duplicated extension"));

    CertificateInfo info;
    info.der = der;
    const DistinguishedName subject =
        distinguishedNameFromDer(ossl::toDer(X509_get_subject_name(x), i2d_X509_NAME));
    info.subject = subject.toString();
    info.commonName = subject.value(QStringLiteral("CN"));
    info.issuer = nameText(X509_get_issuer_name(x));

    ossl::Owned<BIGNUM> serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), nullptr));
    if (serial) {
        char* hex = BN_bn2hex(serial.get());
        if (hex) {
            info.serialNumber = QString::fromLatin1(hex);
            OPENSSL_free(hex);
        }
    }
    info.notBefore = ossl::toDateTime(X509_get0_notBefore(x));
    info.notAfter = ossl::toDateTime(X509_get0_notAfter(x));
    if (!info.notBefore.isValid() || !info.notAfter.isValid())
        ossl::fail(ErrorCode::InvalidInput,
                   Sentence("CertificateInfo", "The certificate's validity dates are malformed"));

    info.hasKeyUsage = flags & EXFLAG_KUSAGE;
    if (info.hasKeyUsage)
        info.keyUsage = keyUsageNames(X509_get_key_usage(x));

    int critical = 0;
    ossl::Owned<EXTENDED_KEY_USAGE> ekus(static_cast<EXTENDED_KEY_USAGE*>(
        X509_get_ext_d2i(x, NID_ext_key_usage, &critical, nullptr)));
    info.hasExtendedKeyUsage = ekus != nullptr;
    for (int i = 0; ekus && i < sk_ASN1_OBJECT_num(ekus.get()); ++i) {
        const QString oid = ossl::oidText(sk_ASN1_OBJECT_value(ekus.get(), i));
        info.extendedKeyUsage.append({oid, extendedKeyUsageDisplayName(oid)});
    }

    ossl::Owned<GENERAL_NAMES> sans(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(x, NID_subject_alt_name, &critical, nullptr)));
    for (int i = 0; sans && i < sk_GENERAL_NAME_num(sans.get()); ++i)
        info.subjectAltNames.append(generalNameText(sk_GENERAL_NAME_value(sans.get(), i)));
    ERR_clear_error();

    info.sha256Fingerprint =
        ossl::hexUpper(QCryptographicHash::hash(der, QCryptographicHash::Sha256), ':');
    info.publicKeyInfo = ossl::toDer(X509_get_X509_PUBKEY(x), i2d_X509_PUBKEY);
    try {
        info.publicKey = describePublicKey(info.publicKeyInfo);
    } catch (const Error&) {
        // An algorithm OpenSSL cannot load: still shown, never matches a card key.
        X509_ALGOR* alg = nullptr;
        X509_PUBKEY_get0_param(nullptr, nullptr, nullptr, &alg, X509_get_X509_PUBKEY(x));
        const ASN1_OBJECT* obj = nullptr;
        if (alg)
            X509_ALGOR_get0(&obj, nullptr, nullptr, alg);
        info.publicKey.algorithm =
            obj ? Sentence("CertificateInfo", "unsupported key (%1)").arg(ossl::oidText(obj))
                : Sentence("CertificateInfo", "unsupported key");
    }
    info.subjectKeyId = ossl::asn1StringBytes(X509_get0_subject_key_id(x));
    const ASN1_OCTET_STRING* akid = X509_get0_authority_key_id(x);
    info.authorityKeyId = ossl::asn1StringBytes(akid);
    info.isCa = flags & EXFLAG_CA;
    info.selfSigned = X509_self_signed(x, 1) == 1;
    const int sigNid = X509_get_signature_nid(x);
    const char* sigName = sigNid != NID_undef ? OBJ_nid2ln(sigNid) : nullptr;
    info.signatureAlgorithm = sigName ? QString::fromLatin1(sigName) : QStringLiteral("unknown");
    ERR_clear_error();
    return info;
}

} // namespace tpmvsc
