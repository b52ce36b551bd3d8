// Evidence that a request's key lives in a TPM, carried inside the request itself as
// draft-ietf-lamps-csr-attestation (revision 28) defines it: the PKCS#10 attribute
// id-aa-attestation holds an AttestationBundle, a sequence of attestation statements and
// the certificates that verify them. The statement written here is the TCG's
// tcg-attest-tpm-certify: the TPMS_ATTEST that TPM2_Certify returned, its TPMT_SIGNATURE
// by the attestation key, and the certified key's TPMT_PUBLIC; the certificates are the
// attestation key's and its issuers'. A CA that does not know the attribute ignores it:
// the request stays an ordinary, valid PKCS#10 request.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace tpmvsc {

// id-aa 59: early-allocated by IANA as id-aa-evidence, renamed id-aa-attestation since.
inline constexpr char kAttestationAttributeOid[] = "1.2.840.113549.1.9.16.2.59";
inline constexpr char kTpmCertifyStatementOid[] = "2.23.133.20.1";

// The bounds a bundle read from a request must keep (a request is untrusted input).
inline constexpr int kMaxBundleStatements = 8;
inline constexpr int kMaxBundleCertificates = 8;

struct TpmCertifyStatement {
    QByteArray attest;     // TPMS_ATTEST, as the TPM returned it
    QByteArray signature;  // TPMT_SIGNATURE over `attest` by the attestation key
    QByteArray publicArea; // TPMT_PUBLIC of the certified key; may be absent
    bool operator==(const TpmCertifyStatement&) const = default;
};

struct AttestationBundle {
    QList<TpmCertifyStatement> statements;
    int otherStatements = 0;        // of types we do not read; counted, not kept
    QList<QByteArray> certificates; // DER X.509, in no particular order (the draft's rule)
    int otherCertificates = 0;      // of other formats
};

// Needs at least one statement (the draft's SIZE (1..MAX)); otherStatements and
// otherCertificates are not written.
QByteArray encodeAttestationBundle(const AttestationBundle& bundle);
// Throws Error(InvalidInput) for anything that is not a well-formed bundle within the
// bounds above.
AttestationBundle decodeAttestationBundle(QByteArrayView der);

// The bundle a DER request carries; empty when it has none. Throws Error(InvalidInput)
// for a malformed request, a repeated attribute (the draft allows one) or a bad bundle.
std::optional<AttestationBundle> attestationBundleOfRequest(const QByteArray& requestDer);

} // namespace tpmvsc
