// Enrollment against a card: the glue between the card-independent enroll/ library and
// the card core. Synchronous, like CardService (the CLI calls it directly, the GUI from
// its worker thread).
//
//   request   validates template, subject, SANs and key choice without the TPM, then
//             generates the key (or uses an existing one) and signs the PKCS#10 request
//             with it in the TPM before the card is written: a request that fails
//             leaves no key behind. Self-signed: the certificate goes onto the card with
//             the key in the same write.
//   import    parses what the CA sent (PEM, DER, PKCS#7), matches it to a card key,
//             checks validity, usages and trust, refuses on errors and, unless forced,
//             on warnings; then CardService::setCertificate (PIN, key match decided
//             again in the core).
//   enroll    request() against a CA over the network (EnrollmentProtocol: SCEP): the CA
//             is asked who it is and checked against a pinned fingerprint before any key
//             exists; the new key signs the request and takes the CA's answer while it
//             is loaded, and is stored with the issued certificate and its chain in one
//             card write. A refusal, an unreachable CA or a bad answer leaves no key.
//   certificates / exportCertificate / deleteCertificate  read and remove.
#pragma once

#include "EnrollmentProtocol.h"
#include "core/card/CardService.h"
#include "enroll/CertificateInfo.h"
#include "enroll/CertificateTemplate.h"
#include "enroll/ImportAnalysis.h"
#include "enroll/Signer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tpmvsc {

struct RequestOptions {
    QString templateName; // id or display name, looked up in the catalog
    std::optional<CertificateTemplate> certificateTemplate; // set: used instead of the name
    QString subject;                                        // RFC 4514
    QStringList subjectAltNames;                            // "upn:...", "email:...", "dns:..."
    std::optional<KeyAlgorithm> keyAlgorithm; // new key; unset: the template's first choice
    QByteArray existingKeyId; // set: sign with this card key instead of generating one
    QString label;            // of the new key; empty: a default label
    SignatureChoice signature;
    bool selfSigned = false;
    int validityDays = 0; // self-signed only; 0: the template's validity
    // The request carries the card's attestation key's proof that the key lives in the TPM
    // (draft-ietf-lamps-csr-attestation); the card needs an attestation key.
    bool attest = false;
};

// The largest validity a self-signed certificate may get (about 100 years).
inline constexpr int kMaxValidityDays = 36525;

// What request() will do, decided before the PIN is asked for.
struct RequestPlan {
    CertificateTemplate certificateTemplate;
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa2048;
    bool newKey = true;
    HashAlgorithm digest = HashAlgorithm::Sha256;
    SignatureScheme padding = SignatureScheme::RsaPkcs1v15;
    int validityDays = 0; // self-signed only
};

struct RequestResult {
    KeyInfo key;
    bool newKey = true;
    QByteArray requestDer;
    QByteArray requestPem;
    QByteArray certificateDer; // self-signed only: what was stored with the key
};

struct EnrollOptions {
    // Template, subject, SANs, key type and label of the new key; a new key only (no
    // existingKeyId, not self-signed).
    RequestOptions request;
    Secret challengePassword; // the request's challengePassword; empty: none
    QByteArray caFingerprint; // SHA-256 of the CA's certificate; empty: not pinned
};

// What enroll() will do, decided before the PIN is asked for: the request's plan and the
// CA, as it answered.
struct EnrollPlan {
    RequestPlan request;
    EnrollmentAuthority authority;
};

struct EnrollResult {
    KeyInfo key;
    KeyCertificate certificate; // as stored with the key
    EnrollmentAuthority authority;
};

struct ImportOptions {
    QString caBundleFile; // PEM file of trusted CAs; empty: the system store
    QByteArray keyId;     // set: the certificate must be for this key
    QString templateName; // set: check usages against this template; empty: see below
    bool force = false;   // store despite warnings (never despite errors)
};

struct ImportPreview {
    ImportAnalysis analysis;
    KeyInfo key;           // the card key the certificate belongs to
    QString templateId;    // the template the usages were checked against
    bool replaces = false; // the key already has a certificate
};

struct CertificateEntry {
    KeyInfo key;
    CertificateInfo certificate;
    QList<CertificateInfo> chain;
};

class EnrollService
{
public:
    EnrollService(CardService& cards, TemplateCatalog catalog);
    explicit EnrollService(CardService& cards); // the default template directories

    const TemplateCatalog& templates() const { return m_catalog; }

    // Every check request() makes before its first TPM command: template, subject, SANs,
    // key choice against the template, signature choice, validity, the card (exists,
    // has a file system and room for a key, not blocked). Throws Error.
    RequestPlan planRequest(int instance, const RequestOptions& options) const;
    RequestResult request(int instance, const Secret& pin, const RequestOptions& options);

    // planRequest(), the key type checked against the protocol, then the CA discovered
    // (network) and its certificate compared with options.caFingerprint: no key exists
    // yet when any of it fails. Throws Error.
    EnrollPlan planEnroll(int instance, const EnrollOptions& options,
                          EnrollmentProtocol& protocol) const;
    EnrollResult enroll(int instance, const Secret& pin, const EnrollOptions& options,
                        EnrollmentProtocol& protocol);

    // What importCertificate() would store and the results of its checks, without the
    // PIN or the TPM. Throws InvalidInput when the file holds no certificate the card
    // can take (garbage, empty, > 1 MiB, a certificate for another key, ...).
    ImportPreview previewImport(int instance, const QByteArray& fileBytes,
                                const ImportOptions& options) const;
    // previewImport(), then refuses on errors, and on warnings unless options.force (as
    // checkImportAllowed); then stores the certificate and its chain with the key.
    // Returns the preview it acted on.
    ImportPreview importCertificate(int instance, const Secret& pin, const QByteArray& fileBytes,
                                    const ImportOptions& options);

    QList<CertificateEntry> certificates(int instance) const;
    // PEM (one block per certificate) or DER. With the chain: PEM blocks leaf first;
    // DER becomes a PKCS#7 certificate bundle (.p7b), leaf first.
    QByteArray exportCertificate(int instance, const QByteArray& keyId, bool pem,
                                 bool withChain) const;
    void deleteCertificate(int instance, const Secret& pin, const QByteArray& keyId);

private:
    const CertificateTemplate& resolveTemplate(const RequestOptions& options,
                                               CertificateTemplate* storage) const;

    CardService& m_cards;
    TemplateCatalog m_catalog;
};

// The refusal sentence for an analysis: its errors, or (when !force) its warnings; empty
// when the certificate may be stored. How to override warnings is the face's to say.
Sentence importRefusal(const ImportAnalysis& analysis, bool force);
// Throws Error(InvalidInput, importRefusal(...)) when the analysis refuses; a refusal for
// warnings alone carries Remedy::ForceImport.
void checkImportAllowed(const ImportAnalysis& analysis, bool force);

} // namespace tpmvsc
