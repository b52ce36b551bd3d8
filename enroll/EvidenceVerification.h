// Checking TPM evidence as a relying party does: that the attestation key (AIK) signed
// what TPM2_Certify said, that the TPM said it about this public area, that the key can
// never leave the TPM and was made inside it, that the statement is fresh (the nonce),
// that the AIK is one the given roots vouch for, and that the certified key is the one
// expected. Each failed check is an Error(EvidenceRefused) of its own sentence; the
// evidence file's shape stays InvalidInput (AttestationEvidence.h). One verifier serves the
// evidence file and the statement inside a certificate request (RequestAttestation.h).
#pragma once

#include "AttestationEvidence.h"
#include "core/util/Sentence.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tpmvsc {

// One TPM2_Certify statement, whatever carried it.
struct CertifyClaim {
    int alg = kCoseEs256;
    QByteArray certInfo;  // TPMS_ATTEST
    QByteArray signature; // over certInfo: DER ECDSA-Sig-Value, or PKCS#1 v1.5 bytes
    QByteArray pubArea;   // TPMT_PUBLIC of the certified key
    QByteArray aikSpki;   // the AIK's SubjectPublicKeyInfo (DER)
    // DER: the AIK's certificate first, then certificates that may help chain it.
    QList<QByteArray> certificates;
};

// What the relying party knows besides the statement.
struct EvidenceExpectations {
    QByteArray nonce;           // certInfo's extraData must be exactly this; empty: none
    QList<QByteArray> roots;    // DER; empty: the AIK's certificates are not checked to a root
    QByteArray keySpki;         // the certified key must be this one; empty: any key
    bool keyIsRequests = false; // keySpki is a certificate request's key (for the sentence)
};

// What was proven, for the face to print.
struct EvidenceFindings {
    int alg = kCoseEs256;
    Sentence aikKey;       // "ECDSA P-256"
    Sentence certifiedKey; // "RSA 2048"
    QByteArray certifiedKeySpki;
    QByteArray certifiedName; // nameAlg || digest
    quint32 objectAttributes = 0;
    QByteArray nonce;              // empty: none was expected, and the TPM was given none
    quint64 firmwareVersion = 0;   // of the TPM that signed
    bool chainVerified = false;    // the AIK's certificate chains to a given root
    QString aikCertificateSubject; // RFC 4514 (a TCG AIK certificate's is empty)
    QString rootSubject;           // the trusted root the chain ended at
    bool keyCompared = false;      // keySpki was given and matched
};

// Throws Error(EvidenceRefused) at the first check that fails, Error(InvalidInput) when
// the AIK's key is not a public key at all.
EvidenceFindings verifyCertifyClaim(const CertifyClaim& claim,
                                    const EvidenceExpectations& expected);

// Whether the claim's signature over certInfo verifies with `spki` (for finding the AIK
// among certificates); false for a key of another type than the claim's algorithm.
bool certInfoSignedBy(const CertifyClaim& claim, const QByteArray& spki);

// The evidence file's claim: aikPublic is the AIK, x5c its certificates in order.
EvidenceFindings verifyEvidence(const AttestationEvidence& evidence,
                                const EvidenceExpectations& expected);

// A PEM SubjectPublicKeyInfo ("-----BEGIN PUBLIC KEY-----") as DER; throws
// Error(InvalidInput) when it is not one.
QByteArray publicKeyFromPem(const QByteArray& pem);

} // namespace tpmvsc
