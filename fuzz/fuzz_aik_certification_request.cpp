// libFuzzer target: a request to the attestation CA (untrusted: anyone on the network
// sends it), handled by AttestationCa::handle with a throw-away CA made at start-up. Every
// answer is a status the CA promises with a body of that kind; the public areas the wire
// parser lets through also go to the EK and AIK checks directly (no EK certificate made by
// the fuzzer chains to the throw-away root, so handle() alone would never reach them).
#include "FuzzCheck.h"
#include "core/util/Error.h"
#include "enroll/AikCertificationWire.h"
#include "enroll/AttestationCa.h"
#include "enroll/MakeCredential.h"
#include "enroll/TpmStructures.h"

#include <cstdint>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace tpmvsc;

namespace {

QByteArray pem(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

// An ECDSA P-256 CA with a self-signed certificate, which is also the only EK root.
AttestationCa& throwAwayCa()
{
    static AttestationCa* ca = [] {
        EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        X509* x = X509_new();
        X509_NAME* name = X509_get_subject_name(x);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>("fuzz CA"), -1, -1, 0);
        X509_set_issuer_name(x, name);
        X509_set_version(x, X509_VERSION_3);
        ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
        X509_gmtime_adj(X509_getm_notBefore(x), 0);
        X509_gmtime_adj(X509_getm_notAfter(x), 86400);
        X509_set_pubkey(x, key);
        X509_sign(x, key, EVP_sha256());
        BIO* keyBio = BIO_new(BIO_s_mem());
        BIO* certBio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
        PEM_write_bio_X509(certBio, x);
        const QByteArray certificate = pem(certBio);
        auto* made =
            new AttestationCa(pem(keyBio), certificate,
                              EndorsementRoots(EndorsementRoots::certificatesIn(certificate)), 1);
        BIO_free(keyBio);
        BIO_free(certBio);
        X509_free(x);
        EVP_PKEY_free(key);
        return made;
    }();
    return *ca;
}

void areas(const QByteArray& input)
{
    AikCertificationRequest request;
    try {
        request = aikCertificationRequestFromJson(input);
    } catch (const Error& e) {
        fuzz::require(e.code() == ErrorCode::InvalidInput);
        return;
    }
    try {
        const tpm2::Public ek = tpm2::parsePublic(request.ekPublic);
        checkEndorsementKeyArea(ek);
        const CredentialChallenge c =
            makeCredential(request.ekPublic, QByteArray::fromHex("000b") + QByteArray(32, 'n'),
                           Secret::random(32));
        fuzz::require(c.credentialBlob.size() > 4 && c.encryptedSecret.size() > 2);
    } catch (const Error& e) {
        fuzz::require(e.code() == ErrorCode::InvalidInput ||
                      e.code() == ErrorCode::EvidenceRefused);
    }
    try {
        checkAttestationKeyArea(tpm2::parsePublic(request.aikPublic).objectAttributes);
    } catch (const Error& e) {
        fuzz::require(e.code() == ErrorCode::InvalidInput ||
                      e.code() == ErrorCode::EvidenceRefused);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const AttestationCa::Reply reply = throwAwayCa().handle(input);
    fuzz::require(reply.httpStatus == 200 || reply.httpStatus == 400 || reply.httpStatus == 403);
    if (reply.httpStatus == 200) {
        fuzz::require(!reply.logLine.isEmpty());
        aikCertificationAnswerFromJson(reply.body);
    } else {
        fuzz::require(reply.logLine.isEmpty());
        fuzz::require(!aikCertificationErrorFromJson(reply.body).isEmpty());
    }
    areas(input);
    return 0;
}
