// The JSON of the exchange between a card and an attestation CA (doc/attestation-ca.md):
// the request the card sends and the answer the CA gives. Both sides read what the other
// wrote, and neither trusts it: binary members must be standard base64 with padding, each
// member must have its type, and sizes are bounded. Members this version does not know are
// ignored, so either side can grow.
#pragma once

#include "core/card/AikCertification.h"

#include <QByteArray>
#include <QList>

namespace tpmvsc {

// Bounds a body read from the other side keeps.
inline constexpr qsizetype kMaxAikCertificationBody = 64 * 1024;
inline constexpr int kMaxAikCertificationChain = 8;

// What the CA answers: the challenge for the TPM, the AIK certificate sealed under the
// credential (AES-256-GCM, CredentialSeal.h), and the CA's certificate and its issuers.
struct AikCertificationAnswer {
    CredentialChallenge challenge;
    QByteArray encryptedCertificate;
    QList<QByteArray> chain; // DER, the CA's certificate first
    bool operator==(const AikCertificationAnswer&) const = default;
};

// Compact JSON objects.
QByteArray aikCertificationRequestToJson(const AikCertificationRequest& request);
QByteArray aikCertificationAnswerToJson(const AikCertificationAnswer& answer);
// {"error": text}: a refusal as the CA sends it.
QByteArray aikCertificationErrorToJson(const QString& text);

// Each throws Error(InvalidInput) with a sentence naming the member that is missing, of
// another type, malformed or too large, or saying that the body is not a JSON object or is
// larger than kMaxAikCertificationBody.
AikCertificationRequest aikCertificationRequestFromJson(const QByteArray& json);
AikCertificationAnswer aikCertificationAnswerFromJson(const QByteArray& json);
// The text of {"error": text}; empty when the body is not such an object.
QString aikCertificationErrorFromJson(const QByteArray& json);

} // namespace tpmvsc
