// PRIVATE to tpmvsc-enroll (OpenSSL types): what the request and the self-signed
// certificate builders share. The content is checked and turned into extensions once,
// the to-be-signed bytes are hashed here and signed by the Signer, and the signature is
// checked for shape before it goes into the structure (the final verify catches the rest).
#pragma once

#include "CertificateContent.h"
#include "CertificateRequest.h"
#include "OpenSslSupport_p.h"
#include "PublicKeyDescription.h"

#include <vector>

namespace tpmvsc::build {

struct PreparedContent {
    ossl::Owned<EVP_PKEY> key;
    PublicKeyDescription keyDescription;
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa2048;
    SignatureParameters signature;
    ossl::Owned<X509_NAME> subject;
    // keyUsage (critical), extendedKeyUsage (when the template has any), subjectAltName
    // (when there are SANs; critical when the subject is empty, RFC 5280 4.2.1.6).
    std::vector<ossl::Owned<X509_EXTENSION>> extensions;
};

// Checks everything a builder needs (key readable and a card key type, template allows
// it and the SANs, signature choice fits the key) and builds the extensions.
PreparedContent prepare(const CertificateContent& content);

ossl::Owned<X509_ALGOR> signatureAlgorithm(const SignatureParameters& parameters);

// Hashes `tbs`, asks the signer, and returns the signature as the structure carries it
// (RSA: modulus-sized; ECDSA: DER, converted from r||s when the signer gave that).
QByteArray signToBeSigned(const QByteArray& tbs, const PreparedContent& prepared,
                          const Signer& signer);

// A BIT STRING with no unused bits holding `signature`.
ossl::Owned<ASN1_BIT_STRING> signatureBits(const QByteArray& signature);

// What every certificate this project issues shares.
// UTCTime up to 2049, GeneralizedTime after (RFC 5280 4.1.2.5).
ossl::Owned<ASN1_TIME> asn1Time(const QDateTime& when);
// 16 random bytes with the top bit clear: a positive serial of up to 127 bits.
ossl::Owned<ASN1_INTEGER> randomSerial();
void addExtension(X509* x, ossl::Owned<X509_EXTENSION> ext);
// RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits of `x`.
QByteArray keyIdentifier(X509* x);
// subjectKeyIdentifier (of x's own key) and authorityKeyIdentifier (`authorityKeyId`).
void addKeyIdentifiers(X509* x, const QByteArray& authorityKeyId);

} // namespace tpmvsc::build
