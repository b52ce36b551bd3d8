// The messages of SCEP (RFC 8894) between a card and a CA, without network or TPM: the
// PKCSReq pkiMessage (a PKCS#7 SignedData whose signed attributes carry the SCEP fields,
// over an EnvelopedData of the PKCS#10 request encrypted to the CA) signed through a
// Signer, and the CertRep read, its signature checked against the CA's certificates and
// its EnvelopedData opened with the key's RSA decryption through a callback. OpenSSL
// builds and parses the structures; only the signature and the one RSA decryption of the
// content key need the private key, which stays in the TPM.
#pragma once

#include "Signer.h"
#include "core/util/Sentence.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace tpmvsc {

enum class ScepMessageType { CertRep = 3, RenewalReq = 17, PkcsReq = 19, CertPoll = 20 };
enum class ScepStatus { Success = 0, Failure = 2, Pending = 3 };
enum class ScepFailInfo {
    BadAlg = 0,
    BadMessageCheck = 1,
    BadRequest = 2,
    BadTime = 3,
    BadCertId = 4
};
// The content encryption of the request's EnvelopedData, chosen from the CA's caps.
enum class ScepCipher { Aes128Cbc, Aes256Cbc, Des3Cbc };

// "badAlg", "badMessageCheck", ... as RFC 8894 names them.
QString scepFailInfoName(ScepFailInfo info);

// The transactionID of a request for `publicKeyInfo` (SubjectPublicKeyInfo DER): the
// upper-case hex SHA-256 of it, so that a CA sees the same ID for the same key.
QString scepTransactionId(const QByteArray& publicKeyInfo);

struct ScepRequestInput {
    QByteArray requestDer;        // the PKCS#10 request
    QByteArray signerCertificate; // DER: a certificate of the request's key (self-signed)
    QByteArray recipient;         // DER: the CA's (or its RA's) encryption certificate
    ScepCipher cipher = ScepCipher::Aes128Cbc;
    QByteArray senderNonce; // 16 bytes; empty: random
};

struct ScepRequest {
    QByteArray der; // the pkiMessage (PKCS#7 SignedData, DER)
    QString transactionId;
    QByteArray senderNonce;
    QByteArray signerCertificate; // as given: the CA encrypts its answer to it
};

// A PKCSReq pkiMessage: signed attributes contentType, messageDigest, messageType (19),
// transactionID (of the signer certificate's key) and senderNonce, signed with SHA-256
// and RSA PKCS#1 v1.5 through `signer`; the signer certificate goes with it. Throws
// InvalidInput when a certificate cannot be read or is not RSA.
ScepRequest createScepRequest(const ScepRequestInput& input, const Signer& signer);

struct ScepResponse {
    ScepMessageType type = ScepMessageType::CertRep;
    ScepStatus status = ScepStatus::Failure;
    std::optional<ScepFailInfo> failInfo;
    QString transactionId;
    QByteArray senderNonce;
    QByteArray recipientNonce;
    QByteArray content; // the signed content: the EnvelopedData on success, else empty
};

// Reads a pkiMessage's structure and SCEP attributes without checking its signature (the
// fuzzer's entry point). Throws InvalidInput with a sentence saying what is wrong.
ScepResponse readScepResponse(const QByteArray& der);

// readScepResponse(), then: signed by one of `authorities` (the CA's certificate and
// its RA certificates, DER; the signature checked, its certificate path not), a CertRep,
// for `request`'s transaction and answering its nonce. Throws InvalidInput otherwise.
ScepResponse verifyScepResponse(const QByteArray& der, const QList<QByteArray>& authorities,
                                const ScepRequest& request);

// Decrypts the content-encryption key: RSAES-PKCS1-v1_5 with the request's private key.
using ScepKeyDecryptor = std::function<QByteArray(const QByteArray& encryptedKey)>;

// The certificates (DER) of a CertRep's EnvelopedData: the content key decrypted through
// `decryptor`, the content (AES, DES3 or single DES in CBC mode: micromdm's server
// answers with DES) decrypted here, read as a degenerate PKCS#7.
// Throws InvalidInput when any of it is malformed.
QList<QByteArray> openScepEnvelope(const QByteArray& envelopedData,
                                   const ScepKeyDecryptor& decryptor);

// The refusal of a CertRep that is not a success (FAILURE with its failInfo, PENDING).
Sentence scepRefusal(const ScepResponse& response);

} // namespace tpmvsc
