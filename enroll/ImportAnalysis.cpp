#include "ImportAnalysis.h"

#include "DistinguishedName.h"
#include "OpenSslSupport_p.h"

#include <QFile>
#include <QFileInfo>
#include <vector>

namespace tpmvsc {

namespace {

QString when(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

Sentence who(const CertificateInfo& info)
{
    return info.subject.isEmpty()
               ? Sentence("ImportAnalysis", "(empty subject, serial %1)").arg(info.serialNumber)
               : Sentence("ImportAnalysis", "\"%1\"").arg(info.subject);
}

// "a, b, c": the items said one after the other.
Sentence listed(const QList<Sentence>& items)
{
    Sentence out;
    for (const Sentence& item : items)
        out = out.isEmpty() ? item : Sentence("ImportAnalysis", "%1, %2").arg(out).arg(item);
    return out;
}

void add(ImportAnalysis& a, const char* id, CheckSeverity severity, const Sentence& sentence)
{
    a.checks.append(ImportCheck{QLatin1String(id), severity, sentence});
}

void checkValidity(ImportAnalysis& a, const QDateTime& now)
{
    const CertificateInfo& leaf = a.leaf;
    if (now < leaf.notBefore) {
        add(a, "validity", CheckSeverity::Error,
            Sentence("ImportAnalysis", "The certificate is not valid yet: it begins on %1, and "
                                       "the clock of this computer says %2.")
                .arg(when(leaf.notBefore), when(now)));
    } else if (now > leaf.notAfter) {
        add(a, "validity", CheckSeverity::Error,
            Sentence("ImportAnalysis", "The certificate expired on %1 (it was valid from %2). "
                                       "Ask the CA for a new one.")
                .arg(when(leaf.notAfter), when(leaf.notBefore)));
    } else {
        add(a, "validity", CheckSeverity::Ok,
            Sentence("ImportAnalysis", "Valid from %1 to %2 (%n days left).", nullptr,
                     int(now.daysTo(leaf.notAfter)))
                .arg(when(leaf.notBefore), when(leaf.notAfter)));
    }
}

void checkUsages(ImportAnalysis& a, const CertificateTemplate* tmpl)
{
    const CertificateInfo& leaf = a.leaf;
    if (leaf.isCa)
        add(a, "leaf-is-ca", CheckSeverity::Warning,
            Sentence("ImportAnalysis", "The certificate is a CA certificate (basicConstraints "
                                       "CA:TRUE); a certificate for a card key should not be "
                                       "one."));

    // Key usage: what the template asks for, or at least some way to sign.
    if (!leaf.hasKeyUsage) {
        add(a, "key-usage", CheckSeverity::Ok,
            Sentence("ImportAnalysis", "The certificate does not restrict the key usage."));
    } else {
        QStringList missing;
        if (tmpl && leaf.publicKey.cardAlgorithm) {
            for (KeyUsage u : tmpl->keyUsageFor(*leaf.publicKey.cardAlgorithm)) {
                if (!leaf.keyUsage.contains(keyUsageName(u)))
                    missing.append(keyUsageName(u));
            }
        } else if (!leaf.keyUsage.contains(keyUsageName(KeyUsage::DigitalSignature)) &&
                   !leaf.keyUsage.contains(keyUsageName(KeyUsage::NonRepudiation))) {
            missing.append(keyUsageName(KeyUsage::DigitalSignature));
        }
        if (missing.isEmpty()) {
            add(a, "key-usage", CheckSeverity::Ok,
                Sentence("ImportAnalysis", "Key usage: %1.")
                    .arg(leaf.keyUsage.join(QStringLiteral(", "))));
        } else {
            const Sentence have = leaf.keyUsage.isEmpty()
                                      ? Sentence("ImportAnalysis", "none")
                                      : Sentence::literal(leaf.keyUsage.join(QStringLiteral(", ")));
            const QString lacking = missing.join(QStringLiteral(", "));
            add(a, "key-usage", CheckSeverity::Warning,
                tmpl ? Sentence("ImportAnalysis", "The certificate's key usage (%1) lacks %2, "
                                                  "which the template \"%3\" asks for.")
                           .arg(have)
                           .arg(lacking)
                           .arg(tmpl->displayName)
                     : Sentence("ImportAnalysis", "The certificate's key usage (%1) lacks %2: the "
                                                  "card could not sign with it.")
                           .arg(have)
                           .arg(lacking));
        }
    }

    if (!tmpl)
        return;
    if (!leaf.hasExtendedKeyUsage) {
        add(a, "extended-key-usage", CheckSeverity::Ok,
            Sentence("ImportAnalysis", "The certificate does not restrict its purposes (no "
                                       "extended key usage)."));
    } else {
        QStringList have;
        bool any = false;
        for (const ExtendedKeyUsageEntry& e : leaf.extendedKeyUsage) {
            have.append(e.oid);
            any = any || e.oid == QLatin1String(eku::kAnyExtendedKeyUsage);
        }
        QList<Sentence> missing;
        for (const QString& oid : tmpl->extendedKeyUsage) {
            if (!any && !have.contains(oid))
                missing.append(Sentence("ImportAnalysis", "%1 (%2)")
                                   .arg(extendedKeyUsageDisplayName(oid))
                                   .arg(oid));
        }
        QList<Sentence> names;
        for (const ExtendedKeyUsageEntry& e : leaf.extendedKeyUsage)
            names.append(e.name);
        if (missing.isEmpty()) {
            add(a, "extended-key-usage", CheckSeverity::Ok,
                Sentence("ImportAnalysis", "Purposes: %1.").arg(listed(names)));
        } else {
            const Sentence has =
                names.isEmpty() ? Sentence("ImportAnalysis", "none") : listed(names);
            add(a, "extended-key-usage", CheckSeverity::Warning,
                missing.size() > 1
                    ? Sentence("ImportAnalysis",
                               "The certificate lacks the purposes %1 that the template \"%2\" "
                               "asks for (it has: %3); it may not work for that use.")
                          .arg(listed(missing))
                          .arg(tmpl->displayName)
                          .arg(has)
                    : Sentence("ImportAnalysis",
                               "The certificate lacks the purpose %1 that the template \"%2\" "
                               "asks for (it has: %3); it may not work for that use.")
                          .arg(listed(missing))
                          .arg(tmpl->displayName)
                          .arg(has));
        }
    }

    for (SanType type : {SanType::Upn, SanType::Email, SanType::Dns}) {
        if (tmpl->sanRule(type) != SanRule::Required)
            continue;
        bool present = false;
        for (const QString& san : leaf.subjectAltNames)
            present = present || san.startsWith(sanTypeName(type) + u':');
        if (!present)
            add(a, "subject-alt-name", CheckSeverity::Warning,
                Sentence("ImportAnalysis", "The certificate has no %1 among its alternative "
                                           "names, which the template \"%2\" needs.")
                    .arg(sanTypeDisplayName(type))
                    .arg(tmpl->displayName));
    }
}

// Expiry of the leaf is the validity check's business; the chain check reports the rest.
int ignoreLeafTime(int ok, X509_STORE_CTX* ctx)
{
    if (ok)
        return ok;
    const int error = X509_STORE_CTX_get_error(ctx);
    if (X509_STORE_CTX_get_error_depth(ctx) == 0 &&
        (error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID))
        return 1;
    return ok;
}

Sentence certName(X509* cert)
{
    if (!cert)
        return Sentence("ImportAnalysis", "(unknown)");
    const QString dn =
        formatDistinguishedName(ossl::toDer(X509_get_subject_name(cert), i2d_X509_NAME));
    return Sentence("ImportAnalysis", "\"%1\"").arg(dn);
}

Sentence issuerName(X509* cert)
{
    if (!cert)
        return Sentence("ImportAnalysis", "(unknown)");
    return Sentence("ImportAnalysis", "\"%1\"")
        .arg(formatDistinguishedName(ossl::toDer(X509_get_issuer_name(cert), i2d_X509_NAME)));
}

void checkChain(ImportAnalysis& a, const ChainPolicy& policy, const QDateTime& now)
{
    const Sentence source =
        policy.caBundleFile.isEmpty()
            ? Sentence("ImportAnalysis", "this computer's trusted CA certificates")
            : Sentence("ImportAnalysis", "the CA bundle %1")
                  .arg(QFileInfo(policy.caBundleFile).fileName());
    ossl::Owned<X509_STORE> store(X509_STORE_new());
    if (!store)
        ossl::internal("allocate a certificate store");
    if (!policy.caBundleFile.isEmpty()) {
        if (!QFileInfo(policy.caBundleFile).isReadable())
            throw Error(ErrorCode::NotFound,
                        Sentence("ImportAnalysis", "The CA bundle %1 cannot be read.")
                            .arg(policy.caBundleFile),
                        ErrorFacts().withFile(policy.caBundleFile));
        if (X509_STORE_load_file(store.get(), QFile::encodeName(policy.caBundleFile).constData()) !=
            1)
            ossl::fail(ErrorCode::InvalidInput,
                       Sentence("ImportAnalysis", "The CA bundle %1 holds no readable PEM "
                                                  "certificates")
                           .arg(policy.caBundleFile));
    } else if (X509_STORE_set_default_paths(store.get()) != 1) {
        ERR_clear_error(); // no system store: nothing is trusted, said below
    }
    X509_STORE_set_verify_cb(store.get(), ignoreLeafTime);

    auto leaf = ossl::fromDer<X509>(a.leaf.der, d2i_X509);
    ossl::Owned<STACK_OF(X509)> untrusted(sk_X509_new_null());
    std::vector<ossl::Owned<X509>> owned;
    for (const CertificateInfo& c : a.chain) {
        auto cert = ossl::fromDer<X509>(c.der, d2i_X509);
        if (!cert || !untrusted || sk_X509_push(untrusted.get(), cert.get()) <= 0)
            ossl::internal("collect the chain");
        owned.push_back(std::move(cert));
    }
    ossl::Owned<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!leaf || !ctx ||
        X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        ossl::internal("prepare the chain verification");
    X509_STORE_CTX_set_time(ctx.get(), 0, time_t(now.toSecsSinceEpoch()));
    const int verified = X509_verify_cert(ctx.get());
    const int error = X509_STORE_CTX_get_error(ctx.get());
    X509* current = X509_STORE_CTX_get_current_cert(ctx.get());
    const int depth = X509_STORE_CTX_get_error_depth(ctx.get());
    ERR_clear_error();
    if (verified == 1) {
        STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx.get());
        X509* root = chain ? sk_X509_value(chain, sk_X509_num(chain) - 1) : nullptr;
        add(a, "chain", CheckSeverity::Ok,
            Sentence("ImportAnalysis", "The certificate chains up to %1, trusted by %2.")
                .arg(certName(root))
                .arg(source));
        return;
    }
    Sentence why;
    switch (error) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        why = Sentence("ImportAnalysis", "The certificate is self-signed: no CA vouches for it, "
                                         "and it is not among %1.")
                  .arg(source);
        break;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        why = Sentence("ImportAnalysis", "The chain ends at the root CA %1, which is not among %2.")
                  .arg(certName(current))
                  .arg(source);
        break;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        why = Sentence("ImportAnalysis", "The issuer %1 is unknown: the file does not contain its "
                                         "certificate, and it is not among %2.")
                  .arg(issuerName(current))
                  .arg(source);
        break;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        why =
            Sentence("ImportAnalysis", "The CA certificate %1 has expired.").arg(certName(current));
        break;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        why = Sentence("ImportAnalysis", "The CA certificate %1 is not valid yet.")
                  .arg(certName(current));
        break;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        why = Sentence("ImportAnalysis",
                       "The signature on %1 does not verify: the chain is damaged or forged.")
                  .arg(certName(current));
        break;
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        why = Sentence("ImportAnalysis",
                       "%1 issues certificates but is not allowed to (it is no CA certificate).")
                  .arg(certName(current));
        break;
    default:
        why = Sentence("ImportAnalysis", "The chain does not verify at %1 (depth %2): %3.")
                  .arg(certName(current))
                  .arg(depth)
                  .arg(QString::fromUtf8(X509_verify_cert_error_string(error)));
        break;
    }
    add(a, "chain", CheckSeverity::Warning,
        Sentence("ImportAnalysis", "%1 Programs that check the chain will not trust this "
                                   "certificate.")
            .arg(why));
}

} // namespace

QString checkSeverityName(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Ok: return QStringLiteral("ok");
    case CheckSeverity::Warning: return QStringLiteral("warning");
    case CheckSeverity::Error: return QStringLiteral("error");
    }
    return {};
}

bool ImportAnalysis::hasErrors() const
{
    for (const ImportCheck& c : checks) {
        if (c.severity == CheckSeverity::Error)
            return true;
    }
    return false;
}

bool ImportAnalysis::hasWarnings() const
{
    for (const ImportCheck& c : checks) {
        if (c.severity == CheckSeverity::Warning)
            return true;
    }
    return false;
}

QList<QByteArray> ImportAnalysis::chainDer() const
{
    QList<QByteArray> out;
    for (const CertificateInfo& c : chain)
        out.append(c.der);
    return out;
}

ImportAnalysis analyzeImport(const QList<QByteArray>& certificates,
                             const QList<CardKeyRef>& cardKeys, const CertificateTemplate* tmpl,
                             const ChainPolicy& policy)
{
    ossl::ErrorQueueGuard guard;
    if (certificates.isEmpty())
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ImportAnalysis", "There is no certificate to import."));
    if (cardKeys.isEmpty())
        throw Error(ErrorCode::NotFound,
                    Sentence("ImportAnalysis", "The card holds no key, so no certificate can "
                                               "belong to it. Make a certificate request first: "
                                               "it creates the key."));
    QList<CertificateInfo> infos;
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        try {
            infos.append(describeCertificate(certificates[i]));
        } catch (const Error& e) {
            if (certificates.size() == 1)
                throw;
            throw e.withSentence(Sentence("ImportAnalysis", "Certificate %1 of %2 in the file: %3")
                                     .arg(i + 1)
                                     .arg(certificates.size())
                                     .arg(e.sentence()));
        }
    }

    QList<int> leaves;
    QByteArray keyId;
    QString keyLabel;
    for (int i = 0; i < infos.size(); ++i) {
        for (const CardKeyRef& key : cardKeys) {
            if (samePublicKey(infos[i].publicKeyInfo, key.publicKeyInfo)) {
                leaves.append(i);
                keyId = key.keyId;
                keyLabel = key.label;
                break;
            }
        }
    }
    if (leaves.isEmpty()) {
        const CertificateInfo& first = infos.first();
        throw Error(ErrorCode::InvalidInput,
                    infos.size() == 1
                        ? Sentence("ImportAnalysis",
                                   "This certificate is for another key: its public key (%1) "
                                   "matches no key on this card. Import the certificate the CA "
                                   "issued for a request made from this card.")
                              .arg(first.publicKey.algorithm)
                        : Sentence("ImportAnalysis",
                                   "These certificates are for other keys: none of the %n public "
                                   "keys in the file matches a key on this card. Import the "
                                   "certificate the CA issued for a request made from this card.",
                                   nullptr, int(infos.size())));
    }
    if (leaves.size() > 1)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ImportAnalysis",
                             "The file holds %n certificates for keys on this card (%1 and %2, "
                             "...); import them one file at a time.",
                             nullptr, int(leaves.size()))
                        .arg(who(infos[leaves[0]]))
                        .arg(who(infos[leaves[1]])));

    ImportAnalysis a;
    a.keyId = keyId;
    a.leaf = infos[leaves.first()];
    if (a.leaf.der.size() > CardRecord::kMaxCertificateSize)
        throw Error(ErrorCode::InvalidInput,
                    Sentence("ImportAnalysis", "The certificate is %1 bytes; a card stores "
                                               "certificates of at most %2 KiB.")
                        .arg(a.leaf.der.size())
                        .arg(CardRecord::kMaxCertificateSize / 1024),
                    ErrorFacts().withLimit(CardRecord::kMaxCertificateSize));

    // The chain: from the leaf, repeatedly the certificate that issued the last one
    // (name, key identifiers and key usage, X509_check_issued), up to a self-signed root.
    QList<int> unused;
    for (int i = 0; i < infos.size(); ++i) {
        if (i != leaves.first())
            unused.append(i);
    }
    std::vector<ossl::Owned<X509>> parsed;
    for (const CertificateInfo& info : infos)
        parsed.push_back(ossl::fromDer<X509>(info.der, d2i_X509));
    int current = leaves.first();
    while (!infos[current].selfSigned) {
        int issuer = -1;
        for (int candidate : unused) {
            if (X509_check_issued(parsed[candidate].get(), parsed[current].get()) == X509_V_OK) {
                issuer = candidate;
                break;
            }
        }
        if (issuer < 0)
            break;
        unused.removeOne(issuer);
        if (a.chain.size() >= CardRecord::kMaxChainLength)
            throw Error(ErrorCode::InvalidInput,
                        Sentence("ImportAnalysis", "The certificate's chain has more than %1 "
                                                   "issuers; a card stores at most %1.")
                            .arg(CardRecord::kMaxChainLength),
                        ErrorFacts().withLimit(CardRecord::kMaxChainLength));
        if (infos[issuer].der.size() > CardRecord::kMaxCertificateSize)
            throw Error(ErrorCode::InvalidInput,
                        Sentence("ImportAnalysis", "The issuer certificate %1 is %2 bytes; a card "
                                                   "stores certificates of at most %3 KiB.")
                            .arg(who(infos[issuer]))
                            .arg(infos[issuer].der.size())
                            .arg(CardRecord::kMaxCertificateSize / 1024),
                        ErrorFacts().withLimit(CardRecord::kMaxCertificateSize));
        a.chain.append(infos[issuer]);
        current = issuer;
    }
    ERR_clear_error();

    const QString keyHex = QString::fromLatin1(keyId.toHex());
    add(a, "key", CheckSeverity::Ok,
        keyLabel.isEmpty()
            ? Sentence("ImportAnalysis", "The certificate belongs to the card key with id %1 (%2).")
                  .arg(keyHex)
                  .arg(a.leaf.publicKey.algorithm)
            : Sentence("ImportAnalysis", "The certificate belongs to the card key \"%1\" (id %2) "
                                         "(%3).")
                  .arg(keyLabel, keyHex)
                  .arg(a.leaf.publicKey.algorithm));
    const QDateTime now =
        policy.now.isValid() ? policy.now.toUTC() : QDateTime::currentDateTimeUtc();
    checkValidity(a, now);
    checkUsages(a, tmpl);
    checkChain(a, policy, now);
    if (!unused.isEmpty()) {
        QList<Sentence> names;
        for (int i : unused)
            names.append(who(infos[i]));
        const int count = int(unused.size());
        add(a, "extra-certificates", CheckSeverity::Warning,
            count > 1 ? Sentence("ImportAnalysis",
                                 "The file also holds %n certificates that are not part of this "
                                 "certificate's chain (%1); they are not stored.",
                                 nullptr, count)
                            .arg(listed(names))
                      : Sentence("ImportAnalysis",
                                 "The file also holds %n certificate that is not part of this "
                                 "certificate's chain (%1); it is not stored.",
                                 nullptr, count)
                            .arg(listed(names)));
    }
    return a;
}

} // namespace tpmvsc
