#include "EnrollService.h"

#include "enroll/AttestationBundle.h"

#include "core/store/InstanceId.h"
#include "core/util/Error.h"
#include "enroll/CertificateContent.h"
#include "enroll/CertificateImport.h"
#include "enroll/CertificateRequest.h"
#include "enroll/DistinguishedName.h"
#include "enroll/Pem.h"
#include "enroll/SelfSignedCertificate.h"
#include "enroll/SubjectAltName.h"

#include <QCoreApplication>
#include <memory>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

namespace tpmvsc {

namespace {

QString hexId(const QByteArray& id)
{
    return QString::fromLatin1(id.toHex());
}

const KeyInfo* findKey(const CardStatus& status, const QByteArray& keyId)
{
    for (const KeyInfo& key : status.keys) {
        if (key.id == keyId)
            return &key;
    }
    return nullptr;
}

void checkLabel(const QString& label)
{
    if (label.size() > CardRecord::kMaxTextLength)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("EnrollService", "The key label is too long (at most %1 characters).")
                        .arg(CardRecord::kMaxTextLength));
    for (const QChar c : label) {
        if (c.category() == QChar::Other_Control)
            throw Error(
                ErrorCode::InvalidInput,
                Sentence("EnrollService", "The key label must not contain control characters."));
    }
}

// The usages of a certificate fit a template when analyzeImport raises nothing about
// them.
bool usagesFit(const ImportAnalysis& analysis)
{
    for (const ImportCheck& check : analysis.checks) {
        if ((check.id == QLatin1String("key-usage") ||
             check.id == QLatin1String("extended-key-usage")) &&
            check.severity != CheckSeverity::Ok)
            return false;
    }
    return true;
}

// The checks of one severity, one "  - sentence" line each.
Sentence numbered(const QList<ImportCheck>& checks, CheckSeverity severity)
{
    Sentence lines;
    for (const ImportCheck& check : checks) {
        if (check.severity != severity)
            continue;
        const Sentence line = Sentence("EnrollService", "  - %1").arg(check.sentence);
        lines = lines.isEmpty() ? line : Sentence("EnrollService", "%1\n%2").arg(lines).arg(line);
    }
    return lines;
}

struct Pkcs7Free {
    void operator()(PKCS7* p) const { PKCS7_free(p); }
    void operator()(X509* p) const { X509_free(p); }
};

// A degenerate PKCS#7 SignedData holding only certificates (what `openssl crl2pkcs7
// -nocrl` makes and what Windows calls a .p7b).
QByteArray pkcs7Bundle(const QList<QByteArray>& certificates)
{
    std::unique_ptr<PKCS7, Pkcs7Free> p7(PKCS7_new());
    if (!p7 || PKCS7_set_type(p7.get(), NID_pkcs7_signed) != 1 ||
        PKCS7_content_new(p7.get(), NID_pkcs7_data) != 1)
        throw Error(ErrorCode::Internal, QStringLiteral("OpenSSL: PKCS7_set_type failed"));
    for (const QByteArray& der : certificates) {
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        std::unique_ptr<X509, Pkcs7Free> cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
        // PKCS7_add_certificate takes its own reference.
        if (!cert || PKCS7_add_certificate(p7.get(), cert.get()) != 1)
            throw Error(ErrorCode::Internal,
                        QStringLiteral("OpenSSL: PKCS7_add_certificate failed"));
    }
    unsigned char* out = nullptr;
    const int size = i2d_PKCS7(p7.get(), &out);
    if (size <= 0)
        throw Error(ErrorCode::Internal, QStringLiteral("OpenSSL: i2d_PKCS7 failed"));
    QByteArray bytes(reinterpret_cast<const char*>(out), size);
    OPENSSL_free(out);
    return bytes;
}

// What a request made by `plan` says; the key's public half is added once it exists.
CertificateContent contentFor(const RequestOptions& options, const RequestPlan& plan)
{
    CertificateContent content;
    content.subject = parseDistinguishedName(options.subject);
    content.subjectAltNames = parseSubjectAltNames(options.subjectAltNames);
    content.certificateTemplate = plan.certificateTemplate;
    content.signature.digest = plan.digest;
    content.signature.rsaPss = plan.padding == SignatureScheme::RsaPss;
    return content;
}

// The card's attestation key's proof that `use`'s key lives in the TPM, as a request
// carries it.
QByteArray attestationBundleOf(const KeyUse& use)
{
    const KeyAttestation proof = use.attest(QByteArray());
    AttestationBundle bundle;
    bundle.statements.append(
        TpmCertifyStatement{proof.certInfo, proof.tpmSignature, proof.pubArea});
    bundle.certificates = proof.aikCertificates; // the AIK's and its issuers'
    return encodeAttestationBundle(bundle);
}

Signer signerOf(const KeyUse& use)
{
    return [&use](const QByteArray& digest, HashAlgorithm alg, SignatureScheme padding) {
        return use.sign(digest, alg, padding);
    };
}

} // namespace

Sentence importRefusal(const ImportAnalysis& analysis, bool force)
{
    if (analysis.hasErrors()) {
        return Sentence("EnrollService", "The certificate is not stored:\n%1")
            .arg(numbered(analysis.checks, CheckSeverity::Error));
    }
    if (analysis.hasWarnings() && !force) {
        return Sentence("EnrollService",
                        "The certificate is not stored because of these warnings:\n%1")
            .arg(numbered(analysis.checks, CheckSeverity::Warning));
    }
    return {};
}

void checkImportAllowed(const ImportAnalysis& analysis, bool force)
{
    const Sentence refusal = importRefusal(analysis, force);
    if (refusal.isEmpty())
        return;
    if (analysis.hasErrors())
        throw Error(ErrorCode::InvalidInput, refusal);
    throw Error(ErrorCode::InvalidInput, refusal,
                ErrorFacts(Credential::None, -1, Remedy::ForceImport));
}

EnrollService::EnrollService(CardService& cards, TemplateCatalog catalog)
    : m_cards(cards), m_catalog(std::move(catalog))
{}

EnrollService::EnrollService(CardService& cards) : EnrollService(cards, loadTemplates()) {}

const CertificateTemplate& EnrollService::resolveTemplate(const RequestOptions& options,
                                                          CertificateTemplate* storage) const
{
    if (options.certificateTemplate) {
        *storage = *options.certificateTemplate;
        return *storage;
    }
    if (options.templateName.trimmed().isEmpty()) {
        QStringList ids;
        for (const CertificateTemplate& t : m_catalog.templates)
            ids << t.id;
        throw Error(ErrorCode::InvalidInput,
                    Sentence("EnrollService", "Choose a certificate template: %1.")
                        .arg(ids.join(QLatin1String(", "))));
    }
    return findTemplate(m_catalog, options.templateName.trimmed());
}

RequestPlan EnrollService::planRequest(int instance, const RequestOptions& options) const
{
    RequestPlan plan;
    CertificateTemplate storage;
    plan.certificateTemplate = resolveTemplate(options, &storage);
    const CertificateTemplate& tmpl = plan.certificateTemplate;

    const DistinguishedName subject = parseDistinguishedName(options.subject);
    const QList<SubjectAltName> sans = parseSubjectAltNames(options.subjectAltNames);
    if (subject.isEmpty() && sans.isEmpty())
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("EnrollService",
                     "The request names nobody: give a subject (such as CN=Alice) or at least "
                     "one subject alternative name."));
    if (options.selfSigned && subject.isEmpty())
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("EnrollService",
                     "A self-signed certificate needs a subject (its issuer is its subject)."));

    const CardStatus status = m_cards.status(instance);
    if (options.attest && options.selfSigned)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("EnrollService", "Attestation goes into a certificate request; a "
                                              "self-signed certificate cannot carry it."));
    if (options.attest && !status.attestationKey)
        throw Error(ErrorCode::NotFound,
                    Sentence("EnrollService", "The card %1 has no attestation key to prove the "
                                              "key with.")
                        .arg(status.instanceId));
    if (!options.existingKeyId.isEmpty()) {
        const KeyInfo* key = findKey(status, options.existingKeyId);
        if (!key)
            throw Error(ErrorCode::NotFound,
                        Sentence("EnrollService", "The card %1 has no key %2.")
                            .arg(status.instanceId, hexId(options.existingKeyId)));
        if (options.keyAlgorithm && *options.keyAlgorithm != key->algorithm)
            throw Error(
                ErrorCode::InvalidInput,
                Sentence("EnrollService",
                         "Key %1 is a %2 key; choose either an existing key or a key type for "
                         "a new one.")
                    .arg(hexId(key->id), keyAlgorithmName(key->algorithm)));
        if (options.selfSigned && key->hasCertificate)
            throw Error(
                ErrorCode::InvalidInput,
                Sentence("EnrollService",
                         "Key %1 already has a certificate; a self-signed one would replace "
                         "it.")
                    .arg(hexId(key->id)),
                ErrorFacts{Credential::None, -1, Remedy::DeleteCertificateFirst});
        plan.algorithm = key->algorithm;
        plan.newKey = false;
    } else {
        plan.algorithm = options.keyAlgorithm.value_or(tmpl.defaultKeyAlgorithm());
        checkLabel(options.label);
        if (!status.fileSystem)
            throw Error(
                ErrorCode::InvalidInput,
                Sentence("EnrollService", "%1 has no file system yet (it was created without one).")
                    .arg(status.instanceId),
                ErrorFacts{Credential::None, -1, Remedy::InitializeFileSystem});
        if (status.keys.size() >= CardRecord::kMaxKeys)
            throw Error(ErrorCode::Capacity,
                        Sentence("EnrollService",
                                 "%1 already holds %2 keys, the most a card can hold. Delete one "
                                 "first, or request for an existing key.")
                            .arg(status.instanceId)
                            .arg(CardRecord::kMaxKeys));
    }
    checkTemplateAllows(tmpl, plan.algorithm, sans);

    if (options.signature.rsaPss && !isRsa(plan.algorithm))
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("EnrollService", "RSA-PSS applies to RSA keys; this request uses a %1 key.")
                .arg(keyAlgorithmName(plan.algorithm)));
    plan.digest = options.signature.digest.value_or(tmpl.digestFor(plan.algorithm));
    plan.padding = signatureSchemeFor(plan.algorithm, options.signature.rsaPss);
    if (options.selfSigned) {
        plan.validityDays = options.validityDays > 0 ? options.validityDays : tmpl.validityDays;
        if (options.validityDays < 0 || plan.validityDays < 1 ||
            plan.validityDays > kMaxValidityDays)
            throw Error(ErrorCode::InvalidInput,
                        Sentence("EnrollService", "The validity must be from 1 to %1 days.")
                            .arg(kMaxValidityDays));
    } else if (options.validityDays != 0) {
        throw Error(ErrorCode::InvalidInput,
                    Sentence("EnrollService",
                             "A validity applies to self-signed certificates only; the CA decides "
                             "the validity of the certificate it issues."));
    }

    // Last, so that every mistake in the request itself is reported even on a blocked
    // card; still before the PIN is asked for.
    if (status.blocked)
        throw Error(ErrorCode::Blocked,
                    Sentence("EnrollService", "%1 is blocked after too many wrong PINs.")
                        .arg(status.instanceId),
                    ErrorFacts{Credential::Pin, 0, status.unblock});
    return plan;
}

RequestResult EnrollService::request(int instance, const Secret& pin, const RequestOptions& options)
{
    const RequestPlan plan = planRequest(instance, options);

    CertificateContent content = contentFor(options, plan);

    RequestResult result;
    result.newKey = plan.newKey;
    const KeyCallback build = [&](const KeyUse& use) {
        content.publicKeyInfo = use.publicKeyInfo;
        if (options.attest)
            content.attestationBundle = attestationBundleOf(use);
        const Signer signer = signerOf(use);
        const CertificateRequest csr = createCertificateRequest(content, signer);
        result.requestDer = csr.der;
        result.requestPem = csr.pem();
        KeyCertificate certificate;
        if (options.selfSigned) {
            certificate.der =
                createSelfSignedCertificate(content, Validity::days(plan.validityDays), signer);
            result.certificateDer = certificate.der;
        }
        result.key = use.key;
        return certificate;
    };
    if (plan.newKey) {
        result.key = m_cards.generateKey(instance, pin, plan.algorithm, options.label, build);
    } else {
        m_cards.useKey(instance, pin, options.existingKeyId, build);
        result.key.hasCertificate = result.key.hasCertificate || options.selfSigned;
    }
    return result;
}

EnrollPlan EnrollService::planEnroll(int instance, const EnrollOptions& options,
                                     EnrollmentProtocol& protocol) const
{
    if (!options.request.existingKeyId.isEmpty() || options.request.selfSigned)
        throw Error(ErrorCode::Internal,
                    QStringLiteral("EnrollService: enrollment makes a new key for a CA."));
    if (options.request.subject.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("EnrollService", "Enrollment needs a subject (such as CN=Alice): the "
                                              "key signs its own certificate for the CA with it."));
    // Without a key type: the template's first choice when it is RSA, else RSA 2048 (the
    // template may still refuse it, in its own words).
    RequestOptions request = options.request;
    if (!request.keyAlgorithm) {
        CertificateTemplate storage;
        const KeyAlgorithm preferred = resolveTemplate(request, &storage).defaultKeyAlgorithm();
        request.keyAlgorithm = isRsa(preferred) ? preferred : KeyAlgorithm::Rsa2048;
    }
    EnrollPlan plan;
    plan.request = planRequest(instance, request);
    if (const std::optional<Sentence> refusal = protocol.refusesKey(plan.request.algorithm))
        throw Error(ErrorCode::InvalidInput, *refusal);
    plan.authority = protocol.discover();
    if (!options.caFingerprint.isEmpty()) {
        const QString pinned = QString::fromLatin1(options.caFingerprint.toHex(':').toUpper());
        if (pinned != plan.authority.fingerprint)
            throw Error(ErrorCode::InvalidInput,
                        Sentence("EnrollService", "The CA's certificate has the SHA-256 "
                                                  "fingerprint %1, not the %2 it was expected to "
                                                  "have: no key was made.")
                            .arg(plan.authority.fingerprint, pinned));
    }
    return plan;
}

EnrollResult EnrollService::enroll(int instance, const Secret& pin, const EnrollOptions& options,
                                   EnrollmentProtocol& protocol)
{
    const EnrollPlan plan = planEnroll(instance, options, protocol);
    CertificateContent content = contentFor(options.request, plan.request);
    content.challengePassword = options.challengePassword;

    EnrollResult result;
    result.authority = plan.authority;
    const KeyCallback build = [&](const KeyUse& use) {
        content.publicKeyInfo = use.publicKeyInfo;
        if (options.request.attest)
            content.attestationBundle = attestationBundleOf(use);
        EnrollmentRequest request;
        request.requestDer = createCertificateRequest(content, signerOf(use)).der;
        // The protocol's own signer certificate carries no secret of the request.
        request.content = content;
        request.content.challengePassword = Secret();
        request.key = &use;
        result.certificate = protocol.enroll(request);
        return result.certificate;
    };
    result.key =
        m_cards.generateKey(instance, pin, plan.request.algorithm, options.request.label, build);
    return result;
}

ImportPreview EnrollService::previewImport(int instance, const QByteArray& fileBytes,
                                           const ImportOptions& options) const
{
    const QList<QByteArray> certificates = parseCertificates(fileBytes);

    const CardStatus status = m_cards.status(instance);
    QList<CardKeyRef> keys;
    for (const KeyInfo& key : status.keys) {
        if (options.keyId.isEmpty() || key.id == options.keyId)
            keys.append(
                CardKeyRef{key.id, m_cards.exportPublicKey(instance, key.id, false), key.label});
    }
    if (!options.keyId.isEmpty() && keys.isEmpty())
        throw Error(ErrorCode::NotFound, Sentence("EnrollService", "The card %1 has no key %2.")
                                             .arg(status.instanceId, hexId(options.keyId)));
    if (keys.isEmpty())
        throw Error(
            ErrorCode::InvalidInput,
            Sentence("EnrollService", "%1 holds no keys, so no certificate can belong to it.")
                .arg(status.instanceId),
            ErrorFacts{Credential::None, -1, Remedy::RequestCertificateFirst});

    ChainPolicy policy;
    policy.caBundleFile = options.caBundleFile;

    ImportPreview preview;
    if (!options.templateName.trimmed().isEmpty()) {
        const CertificateTemplate& tmpl = findTemplate(m_catalog, options.templateName.trimmed());
        preview.analysis = analyzeImport(certificates, keys, &tmpl, policy);
        preview.templateId = tmpl.id;
    } else {
        // No template named: the certificate is judged against the first template its
        // usages fit; when it fits none, against Smartcard Logon (the walkthrough's
        // purpose; else the first template), whose warnings then say what is missing.
        std::optional<ImportPreview> fallback;
        bool fitted = false;
        for (const CertificateTemplate& tmpl : m_catalog.templates) {
            ImportAnalysis analysis = analyzeImport(certificates, keys, &tmpl, policy);
            if (usagesFit(analysis)) {
                preview.analysis = std::move(analysis);
                preview.templateId = tmpl.id;
                fitted = true;
                break;
            }
            if (!fallback || tmpl.id == QLatin1String("smartcardlogon")) {
                fallback = ImportPreview{};
                fallback->analysis = std::move(analysis);
                fallback->templateId = tmpl.id;
            }
        }
        if (!fitted && fallback)
            preview = *fallback;
        else if (!fitted)
            preview.analysis = analyzeImport(certificates, keys, nullptr, policy);
    }
    const KeyInfo* key = findKey(status, preview.analysis.keyId);
    if (!key)
        throw Error(ErrorCode::Internal, QStringLiteral("import matched a key the card lacks"));
    preview.key = *key;
    preview.replaces = key->hasCertificate;
    return preview;
}

ImportPreview EnrollService::importCertificate(int instance, const Secret& pin,
                                               const QByteArray& fileBytes,
                                               const ImportOptions& options)
{
    ImportPreview preview = previewImport(instance, fileBytes, options);
    checkImportAllowed(preview.analysis, options.force);
    m_cards.setCertificate(instance, pin, preview.analysis.keyId, preview.analysis.leaf.der,
                           preview.analysis.chainDer());
    preview.key.hasCertificate = true;
    return preview;
}

QList<CertificateEntry> EnrollService::certificates(int instance) const
{
    QList<CertificateEntry> entries;
    for (const KeyInfo& key : m_cards.keys(instance)) {
        if (!key.hasCertificate)
            continue;
        const KeyCertificate stored = m_cards.certificate(instance, key.id);
        CertificateEntry entry;
        entry.key = key;
        entry.certificate = describeCertificate(stored.der);
        for (const QByteArray& der : stored.chain)
            entry.chain.append(describeCertificate(der));
        entries.append(entry);
    }
    return entries;
}

QByteArray EnrollService::exportCertificate(int instance, const QByteArray& keyId, bool pem,
                                            bool withChain) const
{
    const KeyCertificate stored = m_cards.certificate(instance, keyId);
    QList<QByteArray> all{stored.der};
    if (withChain)
        all += stored.chain;
    if (!pem)
        return withChain ? pkcs7Bundle(all) : stored.der;
    QByteArray out;
    for (const QByteArray& der : all)
        out += pemEncode(der, "CERTIFICATE");
    return out;
}

void EnrollService::deleteCertificate(int instance, const Secret& pin, const QByteArray& keyId)
{
    m_cards.deleteCertificate(instance, pin, keyId);
}

} // namespace tpmvsc
