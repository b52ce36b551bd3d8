#include "CertificateRequest.h"

#include "AttestationBundle.h"
#include "CertificateBuilding_p.h"
#include "Pem.h"

namespace tpmvsc {

QByteArray CertificateRequest::pem() const
{
    return pemEncode(der, "CERTIFICATE REQUEST");
}

SignatureParameters signatureParametersFor(const CertificateContent& content)
{
    const PublicKeyDescription key = describePublicKey(content.publicKeyInfo);
    if (!key.cardAlgorithm)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("CertificateRequest", "The key is %1; a card key is RSA 2048, "
                                                   "RSA 3072, ECDSA P-256 or ECDSA P-384.")
                        .arg(key.algorithm));
    SignatureParameters p;
    p.digest = content.signature.digest.value_or(
        content.certificateTemplate.digestFor(*key.cardAlgorithm));
    if (key.type == PublicKeyDescription::Type::Ec) {
        if (content.signature.rsaPss)
            throw Error(
                ErrorCode::InvalidInput,
                Sentence("CertificateRequest", "RSA-PSS is a padding for RSA keys; this key is %1.")
                    .arg(key.algorithm));
        p.padding = SignatureScheme::Ecdsa;
    } else {
        p.padding =
            content.signature.rsaPss ? SignatureScheme::RsaPss : SignatureScheme::RsaPkcs1v15;
    }
    return p;
}

CertificateRequest createCertificateRequest(const CertificateContent& content, const Signer& signer)
{
    ossl::ErrorQueueGuard guard;
    build::PreparedContent prepared = build::prepare(content);

    ossl::Owned<X509_REQ> req(X509_REQ_new());
    if (!req || X509_REQ_set_version(req.get(), X509_REQ_VERSION_1) != 1 ||
        X509_REQ_set_subject_name(req.get(), prepared.subject.get()) != 1 ||
        X509_REQ_set_pubkey(req.get(), prepared.key.get()) != 1)
        ossl::internal("assemble the certificate request");
    if (!prepared.extensions.empty()) {
        ossl::Owned<STACK_OF(X509_EXTENSION)> extensions(sk_X509_EXTENSION_new_null());
        if (!extensions)
            ossl::internal("allocate the requested extensions");
        for (auto& ext : prepared.extensions) {
            if (sk_X509_EXTENSION_push(extensions.get(), ext.get()) <= 0)
                ossl::internal("add a requested extension");
            ext.release();
        }
        // The PKCS#9 extensionRequest attribute.
        if (X509_REQ_add_extensions(req.get(), extensions.get()) != 1)
            ossl::internal("add the extensionRequest attribute");
    }

    if (!content.attestationBundle.isEmpty()) {
        // Read back first: only a well-formed bundle goes into a request.
        decodeAttestationBundle(content.attestationBundle);
        const ossl::Owned<ASN1_OBJECT> oid(OBJ_txt2obj(kAttestationAttributeOid, 1));
        // V_ASN1_SEQUENCE: OpenSSL takes the bytes as the whole encoded value.
        if (!oid || X509_REQ_add1_attr_by_OBJ(req.get(), oid.get(), V_ASN1_SEQUENCE,
                                              reinterpret_cast<const unsigned char*>(
                                                  content.attestationBundle.constData()),
                                              int(content.attestationBundle.size())) != 1)
            ossl::internal("add the attestation attribute");
    }

    if (!content.challengePassword.empty()) {
        // A DirectoryString: PrintableString when the text allows it (what every CA
        // reads), else UTF8String.
        const QByteArray printable = QByteArrayLiteral(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '()+,-./:=?");
        bool isPrintable = true;
        for (std::size_t i = 0; i < content.challengePassword.size(); ++i)
            isPrintable =
                isPrintable && printable.contains(char(content.challengePassword.data()[i]));
        if (X509_REQ_add1_attr_by_NID(req.get(), NID_pkcs9_challengePassword,
                                      isPrintable ? V_ASN1_PRINTABLESTRING : V_ASN1_UTF8STRING,
                                      content.challengePassword.data(),
                                      int(content.challengePassword.size())) != 1)
            ossl::fail(ErrorCode::InvalidInput,
                       Sentence("CertificateRequest", "The challenge password cannot go into the "
                                                      "request"));
    }

    unsigned char* tbsBytes = nullptr;
    const int tbsLength = i2d_re_X509_REQ_tbs(req.get(), &tbsBytes);
    if (tbsLength <= 0)
        ossl::internal("encode the request for signing");
    const QByteArray tbs(reinterpret_cast<const char*>(tbsBytes), tbsLength);
    OPENSSL_free(tbsBytes);

    const QByteArray signature = build::signToBeSigned(tbs, prepared, signer);
    auto algorithm = build::signatureAlgorithm(prepared.signature);
    if (X509_REQ_set1_signature_algo(req.get(), algorithm.get()) != 1)
        ossl::internal("set the signature algorithm");
    X509_REQ_set0_signature(req.get(), build::signatureBits(signature).release());

    CertificateRequest out;
    out.der = ossl::toDer(req.get(), i2d_X509_REQ);

    // Read back what will be written and verify it with the key: a signer that answers
    // with another key's signature (or garbage) fails here, not at the CA.
    const auto check = ossl::fromDer<X509_REQ>(out.der, d2i_X509_REQ);
    if (!check || X509_REQ_verify(check.get(), prepared.key.get()) != 1)
        ossl::fail(ErrorCode::Internal,
                   QStringLiteral("The signature the card made does not verify with the key's "
                                  "public half; no request was written."));
    return out;
}

} // namespace tpmvsc
