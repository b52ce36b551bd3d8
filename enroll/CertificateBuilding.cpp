#include "CertificateBuilding_p.h"

#include <QCryptographicHash>
#include <openssl/ecdsa.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace tpmvsc::build {

namespace {

constexpr const char* kUpnOid = "1.3.6.1.4.1.311.20.2.3";

const EVP_MD* evpDigest(HashAlgorithm alg)
{
    switch (alg) {
    case HashAlgorithm::Sha256: return EVP_sha256();
    case HashAlgorithm::Sha384: return EVP_sha384();
    case HashAlgorithm::Sha512: return EVP_sha512();
    }
    return EVP_sha256();
}

QCryptographicHash::Algorithm qtDigest(HashAlgorithm alg)
{
    switch (alg) {
    case HashAlgorithm::Sha256: return QCryptographicHash::Sha256;
    case HashAlgorithm::Sha384: return QCryptographicHash::Sha384;
    case HashAlgorithm::Sha512: return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha256;
}

int keyUsageBit(KeyUsage usage)
{
    // Bit numbers of RFC 5280 4.2.1.3 KeyUsage.
    switch (usage) {
    case KeyUsage::DigitalSignature: return 0;
    case KeyUsage::NonRepudiation: return 1;
    case KeyUsage::KeyEncipherment: return 2;
    case KeyUsage::DataEncipherment: return 3;
    case KeyUsage::KeyAgreement: return 4;
    case KeyUsage::KeyCertSign: return 5;
    case KeyUsage::CrlSign: return 6;
    case KeyUsage::EncipherOnly: return 7;
    case KeyUsage::DecipherOnly: return 8;
    }
    return 0;
}

ossl::Owned<X509_EXTENSION> extension(int nid, bool critical, void* value)
{
    ossl::Owned<X509_EXTENSION> ext(X509V3_EXT_i2d(nid, critical ? 1 : 0, value));
    if (!ext)
        ossl::internal("encode a certificate extension");
    return ext;
}

ossl::Owned<X509_EXTENSION> keyUsageExtension(const QList<KeyUsage>& usages)
{
    ossl::Owned<ASN1_BIT_STRING> bits(ASN1_BIT_STRING_new());
    if (!bits)
        ossl::internal("allocate the key usage");
    for (KeyUsage u : usages) {
        if (ASN1_BIT_STRING_set_bit(bits.get(), keyUsageBit(u), 1) != 1)
            ossl::internal("set a key usage bit");
    }
    return extension(NID_key_usage, true, bits.get());
}

ossl::Owned<X509_EXTENSION> extendedKeyUsageExtension(const QStringList& oids)
{
    ossl::Owned<EXTENDED_KEY_USAGE> ekus(sk_ASN1_OBJECT_new_null());
    if (!ekus)
        ossl::internal("allocate the extended key usage");
    for (const QString& oid : oids) {
        auto obj = ossl::oidObject(oid);
        if (sk_ASN1_OBJECT_push(ekus.get(), obj.get()) <= 0)
            ossl::internal("add an extended key usage");
        obj.release();
    }
    return extension(NID_ext_key_usage, false, ekus.get());
}

ossl::Owned<GENERAL_NAME> generalName(const SubjectAltName& san)
{
    ossl::Owned<GENERAL_NAME> name(GENERAL_NAME_new());
    if (!name)
        ossl::internal("allocate a name");
    const QByteArray bytes = san.value.toUtf8();
    ossl::Owned<ASN1_STRING> text(
        ASN1_STRING_type_new(san.type == SanType::Upn ? V_ASN1_UTF8STRING : V_ASN1_IA5STRING));
    if (!text || ASN1_STRING_set(text.get(), bytes.constData(), int(bytes.size())) != 1)
        ossl::internal("encode a name");
    if (san.type == SanType::Upn) {
        // otherName { type-id 1.3.6.1.4.1.311.20.2.3, [0] EXPLICIT UTF8String }
        ossl::Owned<ASN1_TYPE> value(ASN1_TYPE_new());
        if (!value)
            ossl::internal("allocate a name");
        ASN1_TYPE_set(value.get(), V_ASN1_UTF8STRING, text.release());
        auto oid = ossl::oidObject(QLatin1String(kUpnOid));
        if (GENERAL_NAME_set0_othername(name.get(), oid.get(), value.get()) != 1)
            ossl::internal("encode the UPN");
        oid.release();
        value.release();
    } else {
        GENERAL_NAME_set0_value(name.get(), san.type == SanType::Email ? GEN_EMAIL : GEN_DNS,
                                text.release());
    }
    return name;
}

ossl::Owned<X509_EXTENSION> subjectAltNameExtension(const QList<SubjectAltName>& sans,
                                                    bool critical)
{
    ossl::Owned<GENERAL_NAMES> names(sk_GENERAL_NAME_new_null());
    if (!names)
        ossl::internal("allocate the alternative names");
    for (const SubjectAltName& san : sans) {
        auto name = generalName(san);
        if (sk_GENERAL_NAME_push(names.get(), name.get()) <= 0)
            ossl::internal("add an alternative name");
        name.release();
    }
    return extension(NID_subject_alt_name, critical, names.get());
}

// X509_ALGOR { hash } with absent parameters, as RFC 5754 asks for SHA-2.
ossl::Owned<X509_ALGOR> hashAlgorithm(HashAlgorithm digest)
{
    ossl::Owned<X509_ALGOR> alg(X509_ALGOR_new());
    if (!alg)
        ossl::internal("allocate an algorithm identifier");
    X509_ALGOR_set_md(alg.get(), evpDigest(digest));
    return alg;
}

// Packs an ASN.1 structure as the SEQUENCE parameter of an AlgorithmIdentifier.
template <typename T> ASN1_STRING* pack(T* value, const ASN1_ITEM* item)
{
    ASN1_STRING* packed = ASN1_item_pack(value, item, nullptr);
    if (!packed)
        ossl::internal("encode algorithm parameters");
    return packed;
}

ossl::Owned<X509_ALGOR> pssAlgorithm(HashAlgorithm digest)
{
    // RSASSA-PSS-params (RFC 4055): hash, MGF1 with the same hash, salt = hash size,
    // trailer field 1 (the default, so absent).
    ossl::Owned<RSA_PSS_PARAMS> params(RSA_PSS_PARAMS_new());
    if (!params)
        ossl::internal("allocate PSS parameters");
    params->hashAlgorithm = hashAlgorithm(digest).release();
    auto mgfHash = hashAlgorithm(digest);
    params->maskGenAlgorithm = X509_ALGOR_new();
    if (!params->maskGenAlgorithm ||
        X509_ALGOR_set0(params->maskGenAlgorithm, OBJ_nid2obj(NID_mgf1), V_ASN1_SEQUENCE,
                        pack(mgfHash.get(), ASN1_ITEM_rptr(X509_ALGOR))) != 1)
        ossl::internal("encode the MGF1 parameters");
    params->saltLength = ASN1_INTEGER_new();
    if (!params->saltLength || ASN1_INTEGER_set(params->saltLength, hashSize(digest)) != 1)
        ossl::internal("encode the PSS salt length");
    ossl::Owned<X509_ALGOR> alg(X509_ALGOR_new());
    if (!alg || X509_ALGOR_set0(alg.get(), OBJ_nid2obj(NID_rsassaPss), V_ASN1_SEQUENCE,
                                pack(params.get(), ASN1_ITEM_rptr(RSA_PSS_PARAMS))) != 1)
        ossl::internal("encode the PSS algorithm identifier");
    return alg;
}

int signatureNid(const SignatureParameters& p)
{
    const bool ecdsa = p.padding == SignatureScheme::Ecdsa;
    switch (p.digest) {
    case HashAlgorithm::Sha256: return ecdsa ? NID_ecdsa_with_SHA256 : NID_sha256WithRSAEncryption;
    case HashAlgorithm::Sha384: return ecdsa ? NID_ecdsa_with_SHA384 : NID_sha384WithRSAEncryption;
    case HashAlgorithm::Sha512: return ecdsa ? NID_ecdsa_with_SHA512 : NID_sha512WithRSAEncryption;
    }
    return NID_undef;
}

// A signature the signer returned as r||s (each half the field size) becomes DER.
QByteArray ecdsaDer(const QByteArray& signature, int fieldBytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(signature.constData());
    if (ossl::Owned<ECDSA_SIG> sig{d2i_ECDSA_SIG(nullptr, &p, signature.size())}) {
        if (p == reinterpret_cast<const unsigned char*>(signature.constData()) + signature.size())
            return signature;
    }
    ERR_clear_error();
    if (signature.size() != 2 * fieldBytes)
        throw Error(
            ErrorCode::Internal,
            QStringLiteral("The card returned an ECDSA signature of %1 bytes that is neither "
                           "DER nor r||s of %2 bytes.")
                .arg(signature.size())
                .arg(2 * fieldBytes));
    ossl::Owned<ECDSA_SIG> sig(ECDSA_SIG_new());
    const auto* raw = reinterpret_cast<const unsigned char*>(signature.constData());
    BIGNUM* r = BN_bin2bn(raw, fieldBytes, nullptr);
    BIGNUM* s = BN_bin2bn(raw + fieldBytes, fieldBytes, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        ossl::internal("convert an ECDSA signature");
    }
    return ossl::toDer(sig.get(), i2d_ECDSA_SIG);
}

} // namespace

PreparedContent prepare(const CertificateContent& content)
{
    PreparedContent out;
    out.key = ossl::publicKeyFromSpki(content.publicKeyInfo);
    if (!out.key)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CertificateBuilding",
                             "The card key's public half is not a valid SubjectPublicKeyInfo."));
    out.keyDescription = describePublicKey(content.publicKeyInfo);
    if (!out.keyDescription.cardAlgorithm)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CertificateBuilding", "The key is %1; a card key is RSA 2048, "
                                                    "RSA 3072, ECDSA P-256 or ECDSA P-384.")
                        .arg(out.keyDescription.algorithm));
    out.algorithm = *out.keyDescription.cardAlgorithm;
    out.signature = signatureParametersFor(content);
    checkTemplateAllows(content.certificateTemplate, out.algorithm, content.subjectAltNames);
    if (content.subject.isEmpty() && content.subjectAltNames.isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CertificateBuilding", "The certificate needs a subject (such as "
                                                    "CN=Alice) or at least one subject "
                                                    "alternative name."));

    const QByteArray subjectDer = content.subject.toDer();
    out.subject = ossl::fromDer<X509_NAME>(subjectDer, d2i_X509_NAME);
    if (!out.subject)
        ossl::internal("read back the subject");

    const QList<KeyUsage> usages = content.certificateTemplate.keyUsageFor(out.algorithm);
    if (!usages.isEmpty())
        out.extensions.push_back(keyUsageExtension(usages));
    if (!content.certificateTemplate.extendedKeyUsage.isEmpty())
        out.extensions.push_back(
            extendedKeyUsageExtension(content.certificateTemplate.extendedKeyUsage));
    if (!content.subjectAltNames.isEmpty())
        out.extensions.push_back(
            subjectAltNameExtension(content.subjectAltNames, content.subject.isEmpty()));
    return out;
}

ossl::Owned<X509_ALGOR> signatureAlgorithm(const SignatureParameters& parameters)
{
    if (parameters.padding == SignatureScheme::RsaPss)
        return pssAlgorithm(parameters.digest);
    ossl::Owned<X509_ALGOR> alg(X509_ALGOR_new());
    // RFC 4055: sha*WithRSAEncryption takes NULL parameters; RFC 5758: ecdsa-with-SHA*
    // takes none at all.
    const int paramType = parameters.padding == SignatureScheme::Ecdsa ? V_ASN1_UNDEF : V_ASN1_NULL;
    if (!alg ||
        X509_ALGOR_set0(alg.get(), OBJ_nid2obj(signatureNid(parameters)), paramType, nullptr) != 1)
        ossl::internal("encode the signature algorithm");
    return alg;
}

QByteArray signToBeSigned(const QByteArray& tbs, const PreparedContent& prepared,
                          const Signer& signer)
{
    const SignatureParameters& p = prepared.signature;
    const QByteArray digest = QCryptographicHash::hash(tbs, qtDigest(p.digest));
    // The signer may throw (wrong PIN, blocked card): it passes through unchanged.
    const QByteArray signature = signer(digest, p.digest, p.padding);
    if (signature.isEmpty())
        throw Error(ErrorCode::Internal, QStringLiteral("The card returned an empty signature."));
    if (p.padding == SignatureScheme::Ecdsa)
        return ecdsaDer(signature, (prepared.keyDescription.bits + 7) / 8);
    const int size = EVP_PKEY_get_size(prepared.key.get());
    if (signature.size() != size)
        throw Error(ErrorCode::Internal,
                    QStringLiteral("The card returned an RSA signature of %1 bytes; an %2 "
                                   "signature has %3.")
                        .arg(signature.size())
                        .arg(prepared.keyDescription.algorithm.english())
                        .arg(size));
    return signature;
}

ossl::Owned<ASN1_BIT_STRING> signatureBits(const QByteArray& signature)
{
    ossl::Owned<ASN1_BIT_STRING> bits(ASN1_BIT_STRING_new());
    if (!bits || ASN1_STRING_set(bits.get(), signature.constData(), int(signature.size())) != 1)
        ossl::internal("store the signature");
    // Without this flag the encoder would count trailing zero bits of the last byte as
    // unused and damage the signature; a signature uses every bit.
    bits->flags &= ~(ASN1_STRING_FLAG_BITS_LEFT | 0x07);
    bits->flags |= ASN1_STRING_FLAG_BITS_LEFT;
    return bits;
}

ossl::Owned<ASN1_TIME> asn1Time(const QDateTime& when)
{
    ossl::Owned<ASN1_TIME> t(ASN1_TIME_set(nullptr, time_t(when.toSecsSinceEpoch())));
    if (!t)
        ossl::internal("encode a validity date");
    return t;
}

// RFC 5280 allows 20 octets; CA/Browser rules ask for at least 64 random bits.
ossl::Owned<ASN1_INTEGER> randomSerial()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        ossl::internal("draw a random serial number");
    bytes[0] &= 0x7f;
    bytes[0] |= 0x01; // never zero, never shorter than 15 bytes by accident
    ossl::Owned<BIGNUM> bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    ossl::Owned<ASN1_INTEGER> serial(bn ? BN_to_ASN1_INTEGER(bn.get(), nullptr) : nullptr);
    if (!serial)
        ossl::internal("encode the serial number");
    return serial;
}

void addExtension(X509* x, ossl::Owned<X509_EXTENSION> ext)
{
    if (!ext || X509_add_ext(x, ext.get(), -1) != 1)
        ossl::internal("add a certificate extension");
}

QByteArray keyIdentifier(X509* x)
{
    unsigned char keyId[EVP_MAX_MD_SIZE];
    unsigned int keyIdLength = 0;
    if (X509_pubkey_digest(x, EVP_sha1(), keyId, &keyIdLength) != 1)
        ossl::internal("compute the key identifier");
    return QByteArray(reinterpret_cast<const char*>(keyId), int(keyIdLength));
}

void addKeyIdentifiers(X509* x, const QByteArray& authorityKeyId)
{
    const QByteArray own = keyIdentifier(x);
    ossl::Owned<ASN1_OCTET_STRING> ski(ASN1_OCTET_STRING_new());
    ossl::Owned<AUTHORITY_KEYID> aki(AUTHORITY_KEYID_new());
    if (!ski || !aki ||
        ASN1_OCTET_STRING_set(ski.get(), reinterpret_cast<const unsigned char*>(own.constData()),
                              int(own.size())) != 1)
        ossl::internal("encode the key identifier");
    aki->keyid = ASN1_OCTET_STRING_new();
    if (!aki->keyid ||
        ASN1_OCTET_STRING_set(aki->keyid,
                              reinterpret_cast<const unsigned char*>(authorityKeyId.constData()),
                              int(authorityKeyId.size())) != 1)
        ossl::internal("encode the authority key identifier");
    addExtension(
        x, ossl::Owned<X509_EXTENSION>(X509V3_EXT_i2d(NID_subject_key_identifier, 0, ski.get())));
    addExtension(
        x, ossl::Owned<X509_EXTENSION>(X509V3_EXT_i2d(NID_authority_key_identifier, 0, aki.get())));
}

} // namespace tpmvsc::build
