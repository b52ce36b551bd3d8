#include "RequestAttestation.h"

#include "AttestationBundle.h"
#include "CertificateInfo.h"
#include "OpenSslSupport_p.h"
#include "PublicKeyDescription.h"
#include "TpmStructures.h"

#include <openssl/pem.h>

namespace tpmvsc {

namespace {

[[noreturn]] void refuse(const Sentence& why)
{
    throw Error(ErrorCode::EvidenceRefused, why);
}

// The request's key, once its own signature proves the requester holds it.
QByteArray requestKey(const QByteArray& requestDer)
{
    ossl::ErrorQueueGuard guard;
    const auto request = ossl::fromDer<X509_REQ>(requestDer, d2i_X509_REQ);
    EVP_PKEY* key = request ? X509_REQ_get0_pubkey(request.get()) : nullptr;
    if (!key)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("RequestAttestation", "The certificate request is not DER PKCS#10."));
    if (X509_REQ_verify(request.get(), key) != 1)
        refuse(Sentence("RequestAttestation",
                        "The certificate request's own signature does not verify."));
    return ossl::spkiOf(key);
}

// The TPMT_SIGNATURE as the evidence file carries it: the COSE algorithm and the bytes.
void takeSignature(const TpmCertifyStatement& statement, CertifyClaim& claim)
{
    tpm2::Signature signature;
    try {
        signature = tpm2::parseSignature(statement.signature);
    } catch (const Error& e) {
        refuse(Sentence("RequestAttestation", "The statement's signature is not a TPMT_SIGNATURE: "
                                              "%1")
                   .arg(e.sentence()));
    }
    if (signature.hash != tpm2::kAlgSha256)
        refuse(Sentence("RequestAttestation",
                        "The statement is signed with hash 0x%1; only SHA-256 is accepted.")
                   .arg(signature.hash, 4, 16, QLatin1Char('0')));
    claim.alg = signature.sigAlg == tpm2::kAlgEcdsa ? kCoseEs256 : kCoseRs256;
    claim.signature = tpm2::signatureBytes(signature);
}

QByteArray keyOfCertificate(const QByteArray& der)
{
    try {
        return describeCertificate(der).publicKeyInfo;
    } catch (const Error&) {
        refuse(
            Sentence("RequestAttestation", "A certificate in the attestation is not DER X.509."));
    }
}

} // namespace

QByteArray certificateRequestDer(const QByteArray& file)
{
    ossl::ErrorQueueGuard guard;
    if (!file.trimmed().startsWith("-----BEGIN"))
        return file;
    ossl::Owned<BIO> bio(BIO_new_mem_buf(file.constData(), int(file.size())));
    if (!bio)
        ossl::internal("read memory");
    const ossl::Owned<X509_REQ> request(
        PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    if (!request)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("RequestAttestation",
                             "This is not a PEM certificate request (-----BEGIN CERTIFICATE "
                             "REQUEST-----)."));
    return ossl::toDer(request.get(), i2d_X509_REQ);
}

EvidenceFindings verifyRequestAttestation(const QByteArray& requestDer, const QByteArray& aikSpki,
                                          EvidenceExpectations expected)
{
    const std::optional<AttestationBundle> bundle = attestationBundleOfRequest(requestDer);
    if (!bundle)
        refuse(Sentence("RequestAttestation", "The certificate request carries no attestation."));
    if (bundle->statements.size() != 1)
        refuse(Sentence("RequestAttestation",
                        "The certificate request carries %1 TPM statements; one is expected.")
                   .arg(bundle->statements.size()));
    const TpmCertifyStatement& statement = bundle->statements.first();
    if (statement.publicArea.isEmpty())
        refuse(Sentence("RequestAttestation",
                        "The TPM statement leaves out the certified key's public area."));
    expected.keySpki = requestKey(requestDer);
    expected.keyIsRequests = true;

    CertifyClaim claim;
    claim.certInfo = statement.attest;
    claim.pubArea = statement.publicArea;
    takeSignature(statement, claim);

    QList<QByteArray> keys;
    for (const QByteArray& certificate : bundle->certificates)
        keys.append(keyOfCertificate(certificate));
    claim.aikSpki = aikSpki;
    for (qsizetype i = 0; claim.aikSpki.isEmpty() && i < keys.size(); ++i) {
        if (certInfoSignedBy(claim, keys.at(i)))
            claim.aikSpki = keys.at(i);
    }
    if (claim.aikSpki.isEmpty())
        refuse(Sentence("RequestAttestation",
                        "No certificate in the attestation holds the key that signed the TPM "
                        "statement: the attestation key must be given."));
    // The draft gives the certificates no order: the AIK's goes first, as in the file.
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (samePublicKey(keys.at(i), claim.aikSpki))
            claim.certificates.prepend(bundle->certificates.at(i));
        else
            claim.certificates.append(bundle->certificates.at(i));
    }
    return verifyCertifyClaim(claim, expected);
}

} // namespace tpmvsc
