#include "ScepMessage.h"

#include "OpenSslSupport_p.h"

#include <QCryptographicHash>
#include <openssl/provider.h>
#include <openssl/rand.h>

namespace tpmvsc {

namespace {

// The SCEP attributes (RFC 8894 section 3.2.1): id-VeriSign pki attributes.
constexpr const char* kMessageTypeOid = "2.16.840.1.113733.1.9.2";
constexpr const char* kPkiStatusOid = "2.16.840.1.113733.1.9.3";
constexpr const char* kFailInfoOid = "2.16.840.1.113733.1.9.4";
constexpr const char* kSenderNonceOid = "2.16.840.1.113733.1.9.5";
constexpr const char* kRecipientNonceOid = "2.16.840.1.113733.1.9.6";
constexpr const char* kTransactionIdOid = "2.16.840.1.113733.1.9.7";

constexpr int kNonceSize = 16;
// The transactionID is printable and the nonces are 16 bytes; anything far longer is
// not a CA's answer.
constexpr int kMaxAttributeSize = 256;

[[noreturn]] void malformed(const Sentence& what)
{
    ossl::fail(ErrorCode::InvalidInput,
               Sentence("ScepMessage", "The CA's SCEP answer is not usable: %1").arg(what));
}

ossl::Owned<X509> certificate(const QByteArray& der, const Sentence& which)
{
    ossl::Owned<X509> cert = ossl::fromDer<X509>(der, d2i_X509);
    if (!cert)
        ossl::fail(ErrorCode::InvalidInput,
                   Sentence("ScepMessage", "The %1 is not an X.509 certificate").arg(which));
    return cert;
}

const EVP_CIPHER* cipherFor(ScepCipher cipher)
{
    switch (cipher) {
    case ScepCipher::Aes128Cbc: return EVP_aes_128_cbc();
    case ScepCipher::Aes256Cbc: return EVP_aes_256_cbc();
    case ScepCipher::Des3Cbc: return EVP_des_ede3_cbc();
    }
    return EVP_aes_128_cbc();
}

void addAttribute(PKCS7_SIGNER_INFO* si, const char* oid, int type, const QByteArray& value)
{
    const ossl::Owned<ASN1_OBJECT> object = ossl::oidObject(QString::fromLatin1(oid));
    if (!object ||
        !X509at_add1_attr_by_OBJ(&si->auth_attr, object.get(), type,
                                 reinterpret_cast<const unsigned char*>(value.constData()),
                                 int(value.size())))
        ossl::internal("add a SCEP attribute");
}

QByteArray envelope(const ScepRequestInput& input)
{
    ossl::Owned<X509> recipient =
        certificate(input.recipient, Sentence("ScepMessage", "CA's encryption certificate"));
    if (EVP_PKEY_get_base_id(X509_get0_pubkey(recipient.get())) != EVP_PKEY_RSA)
        ossl::fail(ErrorCode::InvalidInput,
                   Sentence("ScepMessage", "The CA's encryption certificate has no RSA key"));
    ossl::Owned<STACK_OF(X509)> recipients(sk_X509_new_null());
    if (!recipients || sk_X509_push(recipients.get(), recipient.get()) <= 0)
        ossl::internal("list the recipient");
    ossl::Owned<BIO> data(
        BIO_new_mem_buf(input.requestDer.constData(), int(input.requestDer.size())));
    ossl::Owned<PKCS7> enveloped(
        PKCS7_encrypt(recipients.get(), data.get(), cipherFor(input.cipher), PKCS7_BINARY));
    if (!enveloped)
        ossl::fail(ErrorCode::Internal, QStringLiteral("OpenSSL: PKCS7_encrypt failed."));
    return ossl::toDer(enveloped.get(), i2d_PKCS7);
}

// The value of a single-valued attribute of `type`; empty when absent.
QByteArray attributeValue(const STACK_OF(X509_ATTRIBUTE) * attributes, const char* oid, int type,
                          const char* name)
{
    const ossl::Owned<ASN1_OBJECT> object = ossl::oidObject(QString::fromLatin1(oid));
    const int index = X509at_get_attr_by_OBJ(attributes, object.get(), -1);
    if (index < 0)
        return {};
    if (X509at_get_attr_by_OBJ(attributes, object.get(), index) >= 0)
        malformed(Sentence("ScepMessage", "the attribute %1 appears twice")
                      .arg(QString::fromLatin1(name)));
    X509_ATTRIBUTE* attribute = X509at_get_attr(attributes, index);
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (X509_ATTRIBUTE_count(attribute) != 1 || !value || value->type != type)
        malformed(Sentence("ScepMessage", "the attribute %1 is not what RFC 8894 says it is")
                      .arg(QString::fromLatin1(name)));
    const QByteArray bytes = ossl::asn1StringBytes(value->value.asn1_string);
    if (bytes.isEmpty() || bytes.size() > kMaxAttributeSize)
        malformed(Sentence("ScepMessage", "the attribute %1 is empty or too long")
                      .arg(QString::fromLatin1(name)));
    return bytes;
}

// A PrintableString number of an enumeration: only the digits RFC 8894 defines.
int numberValue(const QByteArray& text, const char* name)
{
    bool ok = false;
    const int value = text.size() <= 2 ? text.toInt(&ok) : -1;
    if (!ok || value < 0 || QByteArray::number(value) != text)
        malformed(
            Sentence("ScepMessage", "the attribute %1 holds \"%2\", not a number")
                .arg(QString::fromLatin1(name), QString::fromLatin1(text.toPercentEncoding())));
    return value;
}

// Single DES-CBC, which micromdm's scepserver uses for its answers whatever the caps say.
// OpenSSL 3 keeps it in the legacy provider: loaded into a library context of its own,
// so the process's default context (and every other OpenSSL user in it) stays as it was.
// Null when the provider is not installed.
struct LegacyDes {
    OSSL_LIB_CTX* context = OSSL_LIB_CTX_new();
    OSSL_PROVIDER* provider = context ? OSSL_PROVIDER_load(context, "legacy") : nullptr;
    EVP_CIPHER* cipher = provider ? EVP_CIPHER_fetch(context, "DES-CBC", nullptr) : nullptr;
    // Freed at exit, before OpenSSL's own clean-up (registered earlier, so run later).
    ~LegacyDes()
    {
        EVP_CIPHER_free(cipher);
        if (provider)
            OSSL_PROVIDER_unload(provider);
        OSSL_LIB_CTX_free(context);
    }
};

const EVP_CIPHER* legacyDesCbc()
{
    static const LegacyDes des;
    return des.cipher;
}

PKCS7_SIGNER_INFO* onlySigner(PKCS7* p7)
{
    STACK_OF(PKCS7_SIGNER_INFO)* signers = PKCS7_get_signer_info(p7);
    if (!signers || sk_PKCS7_SIGNER_INFO_num(signers) != 1)
        malformed(Sentence("ScepMessage", "it must have exactly one signer"));
    return sk_PKCS7_SIGNER_INFO_value(signers, 0);
}

} // namespace

QString scepFailInfoName(ScepFailInfo info)
{
    switch (info) {
    case ScepFailInfo::BadAlg: return QStringLiteral("badAlg");
    case ScepFailInfo::BadMessageCheck: return QStringLiteral("badMessageCheck");
    case ScepFailInfo::BadRequest: return QStringLiteral("badRequest");
    case ScepFailInfo::BadTime: return QStringLiteral("badTime");
    case ScepFailInfo::BadCertId: return QStringLiteral("badCertId");
    }
    return QString();
}

QString scepTransactionId(const QByteArray& publicKeyInfo)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKeyInfo, QCryptographicHash::Sha256).toHex().toUpper());
}

ScepRequest createScepRequest(const ScepRequestInput& input, const Signer& signer)
{
    ossl::ErrorQueueGuard guard;
    ScepRequest request;
    request.signerCertificate = input.signerCertificate;
    request.senderNonce = input.senderNonce;
    if (request.senderNonce.isEmpty()) {
        request.senderNonce.resize(kNonceSize);
        if (RAND_bytes(reinterpret_cast<unsigned char*>(request.senderNonce.data()), kNonceSize) !=
            1)
            ossl::internal("draw the sender nonce");
    }
    ossl::Owned<X509> signerCert =
        certificate(input.signerCertificate, Sentence("ScepMessage", "request's own certificate"));
    EVP_PKEY* signerKey = X509_get0_pubkey(signerCert.get());
    if (!signerKey || EVP_PKEY_get_base_id(signerKey) != EVP_PKEY_RSA)
        ossl::fail(ErrorCode::InvalidInput,
                   Sentence("ScepMessage", "SCEP needs an RSA key: the CA encrypts its answer to "
                                           "it"));
    request.transactionId = scepTransactionId(ossl::spkiOf(signerKey));
    const QByteArray content = envelope(input);

    ossl::Owned<PKCS7> p7(PKCS7_new());
    if (!p7 || PKCS7_set_type(p7.get(), NID_pkcs7_signed) != 1 ||
        PKCS7_content_new(p7.get(), NID_pkcs7_data) != 1 ||
        ASN1_OCTET_STRING_set(p7->d.sign->contents->d.data,
                              reinterpret_cast<const unsigned char*>(content.constData()),
                              int(content.size())) != 1)
        ossl::internal("assemble the SCEP message");
    // The signer information names the certificate; the public key only sets the
    // algorithms (rsaEncryption): the private half signs below, through the signer.
    PKCS7_SIGNER_INFO* si =
        PKCS7_add_signature(p7.get(), signerCert.get(), signerKey, EVP_sha256());
    if (!si || PKCS7_add_certificate(p7.get(), signerCert.get()) != 1)
        ossl::internal("add the SCEP signer");

    const QByteArray contentDigest = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    if (PKCS7_add_signed_attribute(si, NID_pkcs9_contentType, V_ASN1_OBJECT,
                                   OBJ_nid2obj(NID_pkcs7_data)) != 1 ||
        PKCS7_add1_attrib_digest(si,
                                 reinterpret_cast<const unsigned char*>(contentDigest.constData()),
                                 int(contentDigest.size())) != 1)
        ossl::internal("add the content attributes");
    addAttribute(si, kMessageTypeOid, V_ASN1_PRINTABLESTRING,
                 QByteArray::number(int(ScepMessageType::PkcsReq)));
    addAttribute(si, kTransactionIdOid, V_ASN1_PRINTABLESTRING, request.transactionId.toLatin1());
    addAttribute(si, kSenderNonceOid, V_ASN1_OCTET_STRING, request.senderNonce);

    // What PKCS7_SIGNER_INFO_sign would sign: the DER SET OF the signed attributes.
    unsigned char* attributes = nullptr;
    const int length = ASN1_item_i2d(reinterpret_cast<ASN1_VALUE*>(si->auth_attr), &attributes,
                                     ASN1_ITEM_rptr(PKCS7_ATTR_SIGN));
    if (length <= 0)
        ossl::internal("encode the signed attributes");
    const QByteArray signedBytes(reinterpret_cast<const char*>(attributes), length);
    OPENSSL_free(attributes);
    const QByteArray signature =
        signer(QCryptographicHash::hash(signedBytes, QCryptographicHash::Sha256),
               HashAlgorithm::Sha256, SignatureScheme::RsaPkcs1v15);
    if (ASN1_STRING_set(si->enc_digest, signature.constData(), int(signature.size())) != 1)
        ossl::internal("place the signature");
    request.der = ossl::toDer(p7.get(), i2d_PKCS7);
    return request;
}

ScepResponse readScepResponse(const QByteArray& der)
{
    ossl::ErrorQueueGuard guard;
    const ossl::Owned<PKCS7> p7 = ossl::fromDer<PKCS7>(der, d2i_PKCS7);
    if (!p7)
        malformed(Sentence("ScepMessage", "it is not a PKCS#7 message"));
    if (!PKCS7_type_is_signed(p7.get()) || !p7->d.sign || !p7->d.sign->contents)
        malformed(Sentence("ScepMessage", "it is not a PKCS#7 SignedData"));
    PKCS7_SIGNER_INFO* si = onlySigner(p7.get());
    const STACK_OF(X509_ATTRIBUTE)* attributes = PKCS7_get_signed_attributes(si);
    if (!attributes)
        malformed(Sentence("ScepMessage", "it has no signed attributes"));

    ScepResponse response;
    const QByteArray type =
        attributeValue(attributes, kMessageTypeOid, V_ASN1_PRINTABLESTRING, "messageType");
    if (type.isEmpty())
        malformed(Sentence("ScepMessage", "it has no messageType"));
    const int typeNumber = numberValue(type, "messageType");
    if (typeNumber != int(ScepMessageType::CertRep) &&
        typeNumber != int(ScepMessageType::PkcsReq) &&
        typeNumber != int(ScepMessageType::RenewalReq) &&
        typeNumber != int(ScepMessageType::CertPoll))
        malformed(
            Sentence("ScepMessage", "its messageType %1 is not one SCEP defines").arg(typeNumber));
    response.type = ScepMessageType(typeNumber);
    response.transactionId = QString::fromLatin1(
        attributeValue(attributes, kTransactionIdOid, V_ASN1_PRINTABLESTRING, "transactionID"));
    response.senderNonce =
        attributeValue(attributes, kSenderNonceOid, V_ASN1_OCTET_STRING, "senderNonce");
    response.recipientNonce =
        attributeValue(attributes, kRecipientNonceOid, V_ASN1_OCTET_STRING, "recipientNonce");
    if (response.type == ScepMessageType::CertRep) {
        const QByteArray status =
            attributeValue(attributes, kPkiStatusOid, V_ASN1_PRINTABLESTRING, "pkiStatus");
        if (status.isEmpty())
            malformed(Sentence("ScepMessage", "it has no pkiStatus"));
        const int statusNumber = numberValue(status, "pkiStatus");
        if (statusNumber != int(ScepStatus::Success) && statusNumber != int(ScepStatus::Failure) &&
            statusNumber != int(ScepStatus::Pending))
            malformed(Sentence("ScepMessage", "its pkiStatus %1 is not one SCEP defines")
                          .arg(statusNumber));
        response.status = ScepStatus(statusNumber);
        const QByteArray failInfo =
            attributeValue(attributes, kFailInfoOid, V_ASN1_PRINTABLESTRING, "failInfo");
        if (!failInfo.isEmpty()) {
            const int info = numberValue(failInfo, "failInfo");
            if (info > int(ScepFailInfo::BadCertId))
                malformed(
                    Sentence("ScepMessage", "its failInfo %1 is not one SCEP defines").arg(info));
            response.failInfo = ScepFailInfo(info);
        }
    }
    const PKCS7* inner = p7->d.sign->contents;
    if (PKCS7_type_is_data(inner) && inner->d.data)
        response.content = ossl::asn1StringBytes(inner->d.data);
    else if (!PKCS7_type_is_data(inner))
        malformed(Sentence("ScepMessage", "its content is not data"));
    if (response.type == ScepMessageType::CertRep && response.status == ScepStatus::Success &&
        response.content.isEmpty())
        malformed(Sentence("ScepMessage", "it reports success but carries no certificate"));
    return response;
}

ScepResponse verifyScepResponse(const QByteArray& der, const QList<QByteArray>& authorities,
                                const ScepRequest& request)
{
    ScepResponse response = readScepResponse(der);
    ossl::ErrorQueueGuard guard;
    ossl::Owned<STACK_OF(X509)> signers(sk_X509_new_null());
    std::vector<ossl::Owned<X509>> owned;
    for (const QByteArray& authority : authorities) {
        owned.push_back(certificate(authority, Sentence("ScepMessage", "CA's certificate")));
        if (!signers || sk_X509_push(signers.get(), owned.back().get()) <= 0)
            ossl::internal("list the CA's certificates");
    }
    const ossl::Owned<PKCS7> p7 = ossl::fromDer<PKCS7>(der, d2i_PKCS7);
    const ossl::Owned<X509_STORE> store(X509_STORE_new());
    ossl::Owned<BIO> out(BIO_new(BIO_s_mem()));
    // NOINTERN: the signer must be one of the CA's certificates, not one the message
    // brings along; NOVERIFY: those are the CA's own, trusted because the user pinned or
    // accepted them, so there is no path to build.
    if (!p7 || !store || !out ||
        PKCS7_verify(p7.get(), signers.get(), store.get(), nullptr, out.get(),
                     PKCS7_NOINTERN | PKCS7_NOVERIFY | PKCS7_BINARY) != 1)
        ossl::fail(ErrorCode::InvalidInput,
                   Sentence("ScepMessage", "The CA's SCEP answer is not signed by the CA"));
    if (response.type != ScepMessageType::CertRep)
        malformed(Sentence("ScepMessage", "it is not a CertRep (messageType %1)")
                      .arg(int(response.type)));
    if (response.transactionId != request.transactionId)
        malformed(Sentence("ScepMessage", "it answers another transaction"));
    if (response.recipientNonce != request.senderNonce)
        malformed(Sentence("ScepMessage", "it does not answer this request's nonce"));
    return response;
}

QList<QByteArray> openScepEnvelope(const QByteArray& envelopedData,
                                   const ScepKeyDecryptor& decryptor)
{
    ossl::ErrorQueueGuard guard;
    const ossl::Owned<PKCS7> p7 = ossl::fromDer<PKCS7>(envelopedData, d2i_PKCS7);
    if (!p7 || !PKCS7_type_is_enveloped(p7.get()) || !p7->d.enveloped ||
        !p7->d.enveloped->enc_data || !p7->d.enveloped->recipientinfo)
        malformed(Sentence("ScepMessage", "its content is not a PKCS#7 EnvelopedData"));
    const PKCS7_ENC_CONTENT* encrypted = p7->d.enveloped->enc_data;
    if (sk_PKCS7_RECIP_INFO_num(p7->d.enveloped->recipientinfo) != 1)
        malformed(Sentence("ScepMessage", "its EnvelopedData must have exactly one recipient"));
    const PKCS7_RECIP_INFO* recipient =
        sk_PKCS7_RECIP_INFO_value(p7->d.enveloped->recipientinfo, 0);
    if (!recipient->key_enc_algor || !recipient->enc_key ||
        OBJ_obj2nid(recipient->key_enc_algor->algorithm) != NID_rsaEncryption)
        malformed(Sentence("ScepMessage", "its content key is not encrypted with RSA"));
    if (!encrypted->algorithm || !encrypted->enc_data)
        malformed(Sentence("ScepMessage", "its EnvelopedData has no encrypted content"));
    const int nid = OBJ_obj2nid(encrypted->algorithm->algorithm);
    const EVP_CIPHER* cipher = nullptr;
    switch (nid) {
    case NID_aes_128_cbc: cipher = EVP_aes_128_cbc(); break;
    case NID_aes_192_cbc: cipher = EVP_aes_192_cbc(); break;
    case NID_aes_256_cbc: cipher = EVP_aes_256_cbc(); break;
    case NID_des_ede3_cbc: cipher = EVP_des_ede3_cbc(); break;
    case NID_des_cbc:
        cipher = legacyDesCbc();
        if (!cipher)
            malformed(Sentence("ScepMessage", "its content is encrypted with single DES, which "
                                              "OpenSSL offers only through its legacy provider, "
                                              "and that is not installed"));
        break;
    default:
        malformed(Sentence("ScepMessage", "its content is encrypted with %1, which is not AES, "
                                          "DES3 or DES in CBC mode")
                      .arg(ossl::oidText(encrypted->algorithm->algorithm)));
    }

    ossl::Owned<EVP_CIPHER_CTX> ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), cipher, nullptr, nullptr, nullptr) != 1)
        ossl::internal("set the content cipher up");
    if (EVP_CIPHER_asn1_to_param(ctx.get(), encrypted->algorithm->parameter) <= 0)
        malformed(Sentence("ScepMessage", "its content cipher has no usable IV"));
    const QByteArray key = decryptor(ossl::asn1StringBytes(recipient->enc_key));
    if (key.size() != EVP_CIPHER_CTX_get_key_length(ctx.get()))
        malformed(Sentence("ScepMessage", "its content key has the wrong length"));
    const QByteArray ciphertext = ossl::asn1StringBytes(encrypted->enc_data);
    QByteArray plain(ciphertext.size() + EVP_CIPHER_get_block_size(cipher), Qt::Uninitialized);
    int written = 0;
    int last = 0;
    if (EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char*>(key.constData()), nullptr) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &written,
                          reinterpret_cast<const unsigned char*>(ciphertext.constData()),
                          int(ciphertext.size())) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + written,
                            &last) != 1)
        malformed(Sentence("ScepMessage", "its content does not decrypt with the key"));
    plain.truncate(written + last);

    const ossl::Owned<PKCS7> degenerate = ossl::fromDer<PKCS7>(plain, d2i_PKCS7);
    if (!degenerate || !PKCS7_type_is_signed(degenerate.get()) || !degenerate->d.sign ||
        !degenerate->d.sign->cert || sk_X509_num(degenerate->d.sign->cert) < 1)
        malformed(Sentence("ScepMessage", "its content is not a PKCS#7 with certificates"));
    QList<QByteArray> certificates;
    for (int i = 0; i < sk_X509_num(degenerate->d.sign->cert); ++i)
        certificates.append(ossl::toDer(sk_X509_value(degenerate->d.sign->cert, i), i2d_X509));
    return certificates;
}

Sentence scepRefusal(const ScepResponse& response)
{
    if (response.status == ScepStatus::Pending)
        return Sentence("ScepMessage", "The CA put the request on hold; polling is not supported "
                                       "yet, so no key was kept.");
    if (response.failInfo)
        return Sentence("ScepMessage", "The CA refused the request (%1).")
            .arg(scepFailInfoName(*response.failInfo));
    return Sentence("ScepMessage", "The CA refused the request without saying why.");
}

} // namespace tpmvsc
