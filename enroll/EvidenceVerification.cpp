#include "EvidenceVerification.h"

#include "CertificateInfo.h"
#include "OpenSslSupport_p.h"
#include "PublicKeyDescription.h"
#include "TpmStructures.h"

#include <openssl/pem.h>
#include <vector>

namespace tpmvsc {

namespace {

[[noreturn]] void refuse(const Sentence& why)
{
    throw Error(ErrorCode::EvidenceRefused, why);
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// The AIK's key, of the type its algorithm says: a signature that verifies with a key of
// another type than the one named would be read by other verifiers differently.
ossl::Owned<EVP_PKEY> aikKey(const CertifyClaim& claim, EvidenceFindings& found)
{
    auto key = ossl::publicKeyFromSpki(claim.aikSpki);
    if (!key)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("EvidenceVerification", "The AIK's public key is not a valid "
                                                     "SubjectPublicKeyInfo."));
    const PublicKeyDescription d = describePublicKey(claim.aikSpki);
    found.aikKey = d.algorithm;
    const bool matches = claim.alg == kCoseEs256
                             ? d.type == PublicKeyDescription::Type::Ec && d.curve == u"P-256"
                             : d.type == PublicKeyDescription::Type::Rsa;
    if (!matches)
        refuse(Sentence("EvidenceVerification",
                        "The evidence names the algorithm %1, which an AIK of type %2 cannot use.")
                   .arg(claim.alg == kCoseEs256 ? QStringLiteral("ES256") : QStringLiteral("RS256"))
                   .arg(d.algorithm));
    return key;
}

bool signatureVerifies(const CertifyClaim& claim, EVP_PKEY* key)
{
    ossl::ErrorQueueGuard guard;
    ossl::Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1)
        ossl::internal("prepare a signature check");
    const int verified = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char*>(claim.signature.constData()),
        size_t(claim.signature.size()),
        reinterpret_cast<const unsigned char*>(claim.certInfo.constData()),
        size_t(claim.certInfo.size()));
    return verified == 1;
}

tpm2::Attest readAttest(const QByteArray& bytes)
{
    try {
        return tpm2::parseAttest(bytes);
    } catch (const Error& e) {
        refuse(Sentence("EvidenceVerification", "certInfo is not a TPMS_ATTEST: %1")
                   .arg(e.sentence()));
    }
}

tpm2::Public readPublic(const QByteArray& bytes)
{
    try {
        return tpm2::parsePublic(bytes);
    } catch (const Error& e) {
        refuse(
            Sentence("EvidenceVerification", "pubArea is not a TPMT_PUBLIC: %1").arg(e.sentence()));
    }
}

void checkAttest(const tpm2::Attest& attest)
{
    if (attest.magic != tpm2::kGeneratedValue)
        refuse(Sentence("EvidenceVerification",
                        "certInfo was not made by a TPM: its magic is 0x%1, not TPM_GENERATED "
                        "(0xff544347).")
                   .arg(attest.magic, 8, 16, QLatin1Char('0')));
    if (attest.type != tpm2::kStAttestCertify)
        refuse(Sentence("EvidenceVerification",
                        "certInfo is not the result of TPM2_Certify: its type is 0x%1, not "
                        "TPM_ST_ATTEST_CERTIFY (0x8017).")
                   .arg(attest.type, 4, 16, QLatin1Char('0')));
}

void checkAttributes(quint32 attributes)
{
    if (!(attributes & tpm2::kFixedTpm))
        refuse(Sentence("EvidenceVerification",
                        "The certified key is not fixedTPM: it can be duplicated to another TPM."));
    if (!(attributes & tpm2::kFixedParent))
        refuse(Sentence("EvidenceVerification",
                        "The certified key is not fixedParent: it can be moved under another "
                        "parent."));
    if (!(attributes & tpm2::kSensitiveDataOrigin))
        refuse(Sentence("EvidenceVerification",
                        "The certified key lacks sensitiveDataOrigin: the TPM did not make its "
                        "private key from its own random (the key was imported or derived), so "
                        "the private key can exist outside the TPM."));
    if (attributes & tpm2::kRestricted)
        refuse(Sentence("EvidenceVerification",
                        "The certified key is restricted: it is a TPM's own key (an attestation "
                        "or storage key), not a key for users."));
}

void checkNonce(const QByteArray& extraData, const QByteArray& nonce)
{
    if (nonce.isEmpty() && !extraData.isEmpty())
        refuse(Sentence("EvidenceVerification",
                        "The evidence carries the nonce %1, but none was expected.")
                   .arg(hex(extraData)));
    if (!nonce.isEmpty() && extraData.isEmpty())
        refuse(Sentence("EvidenceVerification",
                        "The evidence carries no nonce, but %1 was expected: it may be a replay.")
                   .arg(hex(nonce)));
    if (extraData != nonce)
        refuse(Sentence("EvidenceVerification",
                        "The evidence's nonce is %1, not the expected %2: it may be a replay.")
                   .arg(hex(extraData), hex(nonce)));
}

ossl::Owned<X509> certificate(const QByteArray& der)
{
    auto c = ossl::fromDer<X509>(der, d2i_X509);
    ERR_clear_error();
    if (!c)
        refuse(
            Sentence("EvidenceVerification", "A certificate of the AIK's chain is not DER X.509."));
    return c;
}

QString subjectOf(X509* c)
{
    return describeCertificate(ossl::toDer(c, i2d_X509)).subject;
}

// The first certificate must be the AIK's; with roots, it must chain to one of them, the
// others only helping as untrusted intermediates.
void checkChain(const CertifyClaim& claim, const QList<QByteArray>& roots, EvidenceFindings& found)
{
    if (claim.certificates.isEmpty()) {
        if (!roots.isEmpty())
            refuse(Sentence("EvidenceVerification",
                            "The evidence has no certificate for the AIK, so the given roots "
                            "cannot vouch for it."));
        return;
    }
    const auto leaf = certificate(claim.certificates.first());
    if (!samePublicKey(ossl::spkiOf(X509_get0_pubkey(leaf.get())), claim.aikSpki))
        refuse(Sentence("EvidenceVerification",
                        "The AIK's certificate is for another key than the AIK that signed."));
    if (roots.isEmpty())
        return;

    ossl::ErrorQueueGuard guard;
    ossl::Owned<X509_STORE> store(X509_STORE_new());
    ossl::Owned<STACK_OF(X509)> untrusted(sk_X509_new_null());
    std::vector<ossl::Owned<X509>> held; // the stack borrows these
    if (!store || !untrusted)
        ossl::internal("allocate a certificate store");
    for (const QByteArray& der : roots) {
        auto c = ossl::fromDer<X509>(der, d2i_X509);
        if (!c || X509_STORE_add_cert(store.get(), c.get()) != 1)
            throw Error(ErrorCode::InvalidInput,
                        Sentence("EvidenceVerification", "A root certificate is not usable."));
    }
    for (qsizetype i = 1; i < claim.certificates.size(); ++i) {
        held.push_back(certificate(claim.certificates.at(i)));
        if (sk_X509_push(untrusted.get(), held.back().get()) <= 0)
            ossl::internal("collect intermediate certificates");
    }
    ossl::Owned<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        ossl::internal("prepare a chain check");
    if (X509_verify_cert(ctx.get()) != 1)
        refuse(Sentence("EvidenceVerification",
                        "The AIK's certificate does not chain to the given roots (%1).")
                   .arg(QString::fromUtf8(
                       X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())))));
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
    found.chainVerified = true;
    found.aikCertificateSubject = subjectOf(leaf.get());
    found.rootSubject = subjectOf(sk_X509_value(chain, sk_X509_num(chain) - 1));
}

} // namespace

EvidenceFindings verifyCertifyClaim(const CertifyClaim& claim, const EvidenceExpectations& expected)
{
    EvidenceFindings found;
    found.alg = claim.alg;
    const auto key = aikKey(claim, found);
    if (!signatureVerifies(claim, key.get()))
        refuse(Sentence("EvidenceVerification",
                        "The signature over certInfo does not verify with the AIK's key."));

    const tpm2::Attest attest = readAttest(claim.certInfo);
    checkAttest(attest);
    const tpm2::Public area = readPublic(claim.pubArea);
    found.certifiedName = tpm2::nameOf(area);
    if (attest.certifiedName != found.certifiedName)
        refuse(Sentence("EvidenceVerification",
                        "The TPM certified the key named %1, but pubArea's Name is %2.")
                   .arg(hex(attest.certifiedName), hex(found.certifiedName)));
    found.objectAttributes = area.objectAttributes;
    checkAttributes(area.objectAttributes);
    checkNonce(attest.extraData, expected.nonce);
    found.nonce = attest.extraData;
    found.firmwareVersion = attest.firmwareVersion;
    checkChain(claim, expected.roots, found);

    try {
        found.certifiedKeySpki = tpm2::subjectPublicKeyInfo(area);
    } catch (const Error& e) {
        refuse(Sentence("EvidenceVerification", "pubArea holds no usable public key: %1")
                   .arg(e.sentence()));
    }
    found.certifiedKey = describePublicKey(found.certifiedKeySpki).algorithm;
    if (!expected.keySpki.isEmpty()) {
        if (!samePublicKey(found.certifiedKeySpki, expected.keySpki))
            refuse(expected.keyIsRequests
                       ? Sentence("EvidenceVerification",
                                  "The certified key is not the certificate request's key: the "
                                  "statement is about another key.")
                       : Sentence("EvidenceVerification",
                                  "The certified key is not the expected public key."));
        found.keyCompared = true;
    }
    return found;
}

bool certInfoSignedBy(const CertifyClaim& claim, const QByteArray& spki)
{
    CertifyClaim candidate = claim;
    candidate.aikSpki = spki;
    EvidenceFindings ignored;
    try {
        const auto key = aikKey(candidate, ignored);
        return signatureVerifies(candidate, key.get());
    } catch (const Error&) {
        return false;
    }
}

EvidenceFindings verifyEvidence(const AttestationEvidence& evidence,
                                const EvidenceExpectations& expected)
{
    CertifyClaim claim;
    claim.alg = evidence.alg;
    claim.certInfo = evidence.certInfo;
    claim.signature = evidence.sig;
    claim.pubArea = evidence.pubArea;
    try {
        claim.aikSpki = publicKeyFromPem(evidence.aikPublicPem);
    } catch (const Error&) {
        throw Error(ErrorCode::InvalidInput,
                    Sentence("EvidenceVerification",
                             "The evidence's field \"aikPublic\" is not a PEM public key."));
    }
    claim.certificates = evidence.x5c;
    return verifyCertifyClaim(claim, expected);
}

QByteArray publicKeyFromPem(const QByteArray& pem)
{
    ossl::ErrorQueueGuard guard;
    ossl::Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        ossl::internal("read memory");
    ossl::Owned<EVP_PKEY> key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("EvidenceVerification",
                             "This is not a PEM public key (-----BEGIN PUBLIC KEY-----)."));
    return ossl::spkiOf(key.get());
}

} // namespace tpmvsc
