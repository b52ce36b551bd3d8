// The evidence `tpmvscmgr attest` writes and `verifyattestation` reads: what TPM2_Certify
// said about one card key, signed by the card's attestation identity key (AIK). The JSON
// names follow WebAuthn's "tpm" attestation statement, so verifiers that already read that
// format (go-attestation, step-ca's device-attest-01) can reuse their code; the format is
// described in doc/attestation.md.
#pragma once

#include <QByteArray>
#include <QList>

namespace tpmvsc {

// COSE algorithm identifiers for the AIK's signature.
inline constexpr int kCoseEs256 = -7;   // ECDSA P-256 with SHA-256
inline constexpr int kCoseRs256 = -257; // RSASSA-PKCS1-v1_5 with SHA-256

// Bounds a file read as evidence must keep (evidence is untrusted input).
inline constexpr qsizetype kMaxEvidenceFileSize = 1024 * 1024;
inline constexpr int kMaxEvidenceCertificates = 8;

struct AttestationEvidence {
    int alg = kCoseEs256;
    QByteArray certInfo;      // TPMS_ATTEST, marshalled as the TPM returned it
    QByteArray sig;           // over certInfo: DER ECDSA-Sig-Value, or PKCS#1 v1.5 bytes
    QByteArray pubArea;       // TPMT_PUBLIC of the certified card key
    QList<QByteArray> x5c;    // DER: the AIK's certificate first, then its issuers; may be empty
    QByteArray aikPublicPem;  // PEM SubjectPublicKeyInfo of the AIK
    QByteArray ekCertificate; // DER, when the TPM has one; may be empty
    bool operator==(const AttestationEvidence&) const = default;
};

// Compact JSON (members sorted, as QJsonDocument writes them); an empty x5c and an empty
// ekCertificate are left out.
QByteArray attestationEvidenceToJson(const AttestationEvidence& evidence);

// Throws Error(InvalidInput) naming the field that is missing or malformed: fmt must be
// "tpm", ver "2.0", alg one of the two above, binary fields strict base64. Fields this
// version does not know are ignored, as WebAuthn verifiers do.
AttestationEvidence attestationEvidenceFromJson(const QByteArray& json);

} // namespace tpmvsc
