// The TPM statement a certificate request carries (draft-ietf-lamps-csr-attestation, see
// AttestationBundle.h), checked as a CA does before it certifies the request's key: the
// same checks as the evidence file's (EvidenceVerification.h), the attestation key taken
// from the caller or else from the bundle's certificates, and one check more, which ties
// the statement to the request: the certified key must be the request's own key.
// Without it, a client could attach another, genuine TPM key's statement to a request
// for a key kept in a file.
#pragma once

#include "EvidenceVerification.h"

#include <QByteArray>

namespace tpmvsc {

// `requestDer` is a DER PKCS#10 request. `aikSpki` (DER) is the attestation key; empty:
// the bundle's certificate whose key verifies the statement's signature. The request's
// key replaces expected.keySpki. Throws Error(EvidenceRefused) for a request without a
// statement, a statement that fails a check, or a request whose own signature fails;
// Error(InvalidInput) for a request or bundle that is not well formed.
// A request file as CAs receive it, PEM ("CERTIFICATE REQUEST") or DER, as DER; throws
// Error(InvalidInput) when it is neither.
QByteArray certificateRequestDer(const QByteArray& file);

EvidenceFindings verifyRequestAttestation(const QByteArray& requestDer, const QByteArray& aikSpki,
                                          EvidenceExpectations expected);

} // namespace tpmvsc
