#include "enroll/ImportAnalysis.h"

#include "enroll/DistinguishedName.h"
#include "enroll/OpenSslSupport_p.h"

#include <QFile>
#include <QFileInfo>
#include <vector>

namespace tpmvsc {

namespace {

QString when(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString who(const CertificateInfo& info)
{
    return info.subject.isEmpty()
               ? QStringLiteral("(empty subject, serial %1)").arg(info.serialNumber)
               : QStringLiteral("\"%1\"").arg(info.subject);
}

void add(ImportAnalysis& a, const char* id, CheckSeverity severity, const QString& sentence)
{
    a.checks.append(ImportCheck{QLatin1String(id), severity, sentence});
}

void checkValidity(ImportAnalysis& a, const QDateTime& now)
{
    const CertificateInfo& leaf = a.leaf;
    if (now < leaf.notBefore) {
        add(a, "validity", CheckSeverity::Error,
            QStringLiteral("The certificate is not valid yet: it begins on %1, and the clock of "
                           "this computer says %2.")
                .arg(when(leaf.notBefore), when(now)));
    } else if (now > leaf.notAfter) {
        add(a, "validity", CheckSeverity::Error,
            QStringLiteral("The certificate expired on %1 (it was valid from %2). Ask the CA for "
                           "a new one.")
                .arg(when(leaf.notAfter), when(leaf.notBefore)));
    } else {
        add(a, "validity", CheckSeverity::Ok,
            QStringLiteral("Valid from %1 to %2 (%3 days left).")
                .arg(when(leaf.notBefore), when(leaf.notAfter))
                .arg(now.daysTo(leaf.notAfter)));
    }
}

void checkUsages(ImportAnalysis& a, const CertificateTemplate* tmpl)
{
    const CertificateInfo& leaf = a.leaf;
    if (leaf.isCa)
        add(a, "leaf-is-ca", CheckSeverity::Warning,
            QStringLiteral("The certificate is a CA certificate (basicConstraints CA:TRUE); a "
                           "certificate for a card key should not be one."));

    // Key usage: what the template asks for, or at least some way to sign.
    if (!leaf.hasKeyUsage) {
        add(a, "key-usage", CheckSeverity::Ok,
            QStringLiteral("The certificate does not restrict the key usage."));
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
                QStringLiteral("Key usage: %1.").arg(leaf.keyUsage.join(QStringLiteral(", "))));
        } else {
            add(a, "key-usage", CheckSeverity::Warning,
                QStringLiteral("The certificate's key usage (%1) lacks %2%3.")
                    .arg(leaf.keyUsage.isEmpty() ? QStringLiteral("none")
                                                 : leaf.keyUsage.join(QStringLiteral(", ")),
                         missing.join(QStringLiteral(", ")),
                         tmpl ? QStringLiteral(", which the template \"%1\" asks for")
                                    .arg(tmpl->displayName)
                              : QStringLiteral(": the card could not sign with it")));
        }
    }

    if (!tmpl)
        return;
    if (!leaf.hasExtendedKeyUsage) {
        add(a, "extended-key-usage", CheckSeverity::Ok,
            QStringLiteral("The certificate does not restrict its purposes (no extended key "
                           "usage)."));
    } else {
        QStringList have;
        bool any = false;
        for (const ExtendedKeyUsageEntry& e : leaf.extendedKeyUsage) {
            have.append(e.oid);
            any = any || e.oid == QLatin1String(eku::kAnyExtendedKeyUsage);
        }
        QStringList missing;
        for (const QString& oid : tmpl->extendedKeyUsage) {
            if (!any && !have.contains(oid))
                missing.append(
                    QStringLiteral("%1 (%2)").arg(extendedKeyUsageDisplayName(oid), oid));
        }
        QStringList names;
        for (const ExtendedKeyUsageEntry& e : leaf.extendedKeyUsage)
            names.append(e.name);
        if (missing.isEmpty()) {
            add(a, "extended-key-usage", CheckSeverity::Ok,
                QStringLiteral("Purposes: %1.").arg(names.join(QStringLiteral(", "))));
        } else {
            add(a, "extended-key-usage", CheckSeverity::Warning,
                QStringLiteral("The certificate lacks the purpose%1 %2 that the template \"%3\" "
                               "asks for (it has: %4); it may not work for that use.")
                    .arg(missing.size() > 1 ? QStringLiteral("s") : QString(),
                         missing.join(QStringLiteral(", ")), tmpl->displayName,
                         names.isEmpty() ? QStringLiteral("none")
                                         : names.join(QStringLiteral(", "))));
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
                QStringLiteral("The certificate has no %1 among its alternative names, which the "
                               "template \"%2\" needs.")
                    .arg(sanTypeDisplayName(type), tmpl->displayName));
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

QString certName(X509* cert)
{
    if (!cert)
        return QStringLiteral("(unknown)");
    const QString dn =
        formatDistinguishedName(ossl::toDer(X509_get_subject_name(cert), i2d_X509_NAME));
    return QStringLiteral("\"%1\"").arg(dn);
}

QString issuerName(X509* cert)
{
    if (!cert)
        return QStringLiteral("(unknown)");
    return QStringLiteral("\"%1\"").arg(
        formatDistinguishedName(ossl::toDer(X509_get_issuer_name(cert), i2d_X509_NAME)));
}

void checkChain(ImportAnalysis& a, const ChainPolicy& policy, const QDateTime& now)
{
    const QString source =
        policy.caBundleFile.isEmpty()
            ? QStringLiteral("this computer's trusted CA certificates")
            : QStringLiteral("the CA bundle %1").arg(QFileInfo(policy.caBundleFile).fileName());
    ossl::Owned<X509_STORE> store(X509_STORE_new());
    if (!store)
        ossl::internal("allocate a certificate store");
    if (!policy.caBundleFile.isEmpty()) {
        if (!QFileInfo(policy.caBundleFile).isReadable())
            throw Error(
                ErrorCode::NotFound,
                QStringLiteral("The CA bundle %1 cannot be read.").arg(policy.caBundleFile));
        if (X509_STORE_load_file(store.get(), QFile::encodeName(policy.caBundleFile).constData()) !=
            1)
            ossl::fail(ErrorCode::InvalidInput,
                       QStringLiteral("The CA bundle %1 holds no readable PEM certificates.")
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
            QStringLiteral("The certificate chains up to %1, trusted by %2.")
                .arg(certName(root), source));
        return;
    }
    QString why;
    switch (error) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        why = QStringLiteral("The certificate is self-signed: no CA vouches for it, and it is not "
                             "among %1.")
                  .arg(source);
        break;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        why = QStringLiteral("The chain ends at the root CA %1, which is not among %2.")
                  .arg(certName(current), source);
        break;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        why = QStringLiteral("The issuer %1 is unknown: the file does not contain its certificate, "
                             "and it is not among %2.")
                  .arg(issuerName(current), source);
        break;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        why = QStringLiteral("The CA certificate %1 has expired.").arg(certName(current));
        break;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        why = QStringLiteral("The CA certificate %1 is not valid yet.").arg(certName(current));
        break;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        why = QStringLiteral("The signature on %1 does not verify: the chain is damaged or forged.")
                  .arg(certName(current));
        break;
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        why = QStringLiteral("%1 issues certificates but is not allowed to (it is no CA "
                             "certificate).")
                  .arg(certName(current));
        break;
    default:
        why = QStringLiteral("The chain does not verify at %1 (depth %2): %3.")
                  .arg(certName(current))
                  .arg(depth)
                  .arg(QString::fromUtf8(X509_verify_cert_error_string(error)));
        break;
    }
    add(a, "chain", CheckSeverity::Warning,
        why + QStringLiteral(" Programs that check the chain will not trust this certificate."));
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
        throw Error(ErrorCode::InvalidInput, QStringLiteral("There is no certificate to import."));
    if (cardKeys.isEmpty())
        throw Error(ErrorCode::NotFound,
                    QStringLiteral("The card holds no key, so no certificate can belong to it. "
                                   "Make a certificate request first: it creates the key."));
    QList<CertificateInfo> infos;
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        try {
            infos.append(describeCertificate(certificates[i]));
        } catch (const Error& e) {
            if (certificates.size() == 1)
                throw;
            throw Error(e.code(), QStringLiteral("Certificate %1 of %2 in the file: %3")
                                      .arg(i + 1)
                                      .arg(certificates.size())
                                      .arg(e.message()));
        }
    }

    QList<int> leaves;
    QByteArray keyId;
    QString keyName;
    for (int i = 0; i < infos.size(); ++i) {
        for (const CardKeyRef& key : cardKeys) {
            if (samePublicKey(infos[i].publicKeyInfo, key.publicKeyInfo)) {
                leaves.append(i);
                keyId = key.keyId;
                keyName =
                    key.label.isEmpty()
                        ? QStringLiteral("with id %1").arg(QString::fromLatin1(key.keyId.toHex()))
                        : QStringLiteral("\"%1\" (id %2)")
                              .arg(key.label, QString::fromLatin1(key.keyId.toHex()));
                break;
            }
        }
    }
    if (leaves.isEmpty()) {
        const CertificateInfo& first = infos.first();
        throw Error(ErrorCode::InvalidInput,
                    infos.size() == 1
                        ? QStringLiteral("This certificate is for another key: its public key (%1) "
                                         "matches no key on this card. Import the certificate the "
                                         "CA issued for a request made from this card.")
                              .arg(first.publicKey.algorithm)
                        : QStringLiteral("These certificates are for other keys: none of the %1 "
                                         "public keys in the file matches a key on this card. "
                                         "Import the certificate the CA issued for a request made "
                                         "from this card.")
                              .arg(infos.size()));
    }
    if (leaves.size() > 1)
        throw Error(ErrorCode::InvalidInput,
                    QStringLiteral("The file holds %1 certificates for keys on this card (%2 and "
                                   "%3, ...); import them one file at a time.")
                        .arg(leaves.size())
                        .arg(who(infos[leaves[0]]), who(infos[leaves[1]])));

    ImportAnalysis a;
    a.keyId = keyId;
    a.leaf = infos[leaves.first()];
    if (a.leaf.der.size() > CardRecord::kMaxCertificateSize)
        throw Error(ErrorCode::InvalidInput,
                    QStringLiteral("The certificate is %1 bytes; a card stores certificates of at "
                                   "most %2 KiB.")
                        .arg(a.leaf.der.size())
                        .arg(CardRecord::kMaxCertificateSize / 1024));

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
                        QStringLiteral("The certificate's chain has more than %1 issuers; a card "
                                       "stores at most %1.")
                            .arg(CardRecord::kMaxChainLength));
        if (infos[issuer].der.size() > CardRecord::kMaxCertificateSize)
            throw Error(ErrorCode::InvalidInput,
                        QStringLiteral("The issuer certificate %1 is %2 bytes; a card stores "
                                       "certificates of at most %3 KiB.")
                            .arg(who(infos[issuer]))
                            .arg(infos[issuer].der.size())
                            .arg(CardRecord::kMaxCertificateSize / 1024));
        a.chain.append(infos[issuer]);
        current = issuer;
    }
    ERR_clear_error();

    add(a, "key", CheckSeverity::Ok,
        QStringLiteral("The certificate belongs to the card key %1 (%2).")
            .arg(keyName, a.leaf.publicKey.algorithm));
    const QDateTime now =
        policy.now.isValid() ? policy.now.toUTC() : QDateTime::currentDateTimeUtc();
    checkValidity(a, now);
    checkUsages(a, tmpl);
    checkChain(a, policy, now);
    if (!unused.isEmpty()) {
        QStringList names;
        for (int i : unused)
            names.append(who(infos[i]));
        add(a, "extra-certificates", CheckSeverity::Warning,
            QStringLiteral("The file also holds %1 certificate%2 that %3 not part of this "
                           "certificate's chain (%4); %5 not stored.")
                .arg(unused.size())
                .arg(unused.size() > 1 ? QStringLiteral("s") : QString(),
                     unused.size() > 1 ? QStringLiteral("are") : QStringLiteral("is"),
                     names.join(QStringLiteral(", ")),
                     unused.size() > 1 ? QStringLiteral("they are") : QStringLiteral("it is")));
    }
    return a;
}

} // namespace tpmvsc
