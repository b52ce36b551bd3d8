#include "JsonFormat.h"

#include "CertificateFormat.h"

#include "core/store/InstanceId.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tpmvsc::cli {

namespace {

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// The names core gives ("ALLOWED", "DEFAULT") in the document's spelling.
QString enumName(const QString& name)
{
    return name.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QJsonArray stringArray(const QStringList& strings)
{
    return QJsonArray::fromStringList(strings);
}

QString cardStateName(CardState state)
{
    switch (state) {
    case CardState::Blocked: return QStringLiteral("blocked");
    case CardState::NoFileSystem: return QStringLiteral("no-file-system");
    case CardState::Ready: break;
    }
    return QStringLiteral("ready");
}

QString validityName(Validity validity)
{
    switch (validity) {
    case Validity::Expired: return QStringLiteral("expired");
    case Validity::NotYetValid: return QStringLiteral("not-yet-valid");
    case Validity::Valid: break;
    }
    return QStringLiteral("valid");
}

QString publicKeyTypeName(PublicKeyDescription::Type type)
{
    switch (type) {
    case PublicKeyDescription::Type::Rsa: return QStringLiteral("rsa");
    case PublicKeyDescription::Type::Ec: return QStringLiteral("ec");
    case PublicKeyDescription::Type::Other: break;
    }
    return QStringLiteral("other");
}

QString sanRuleName(SanRule rule)
{
    switch (rule) {
    case SanRule::Required: return QStringLiteral("required");
    case SanRule::Optional: return QStringLiteral("optional");
    case SanRule::NotAllowed: break;
    }
    return QStringLiteral("not-allowed");
}

QJsonObject pinPolicyJson(const PinPolicy& p)
{
    return {{QStringLiteral("min_length"), p.minLen},
            {QStringLiteral("max_length"), p.maxLen},
            {QStringLiteral("uppercase"), enumName(charRuleName(p.uppercase))},
            {QStringLiteral("lowercase"), enumName(charRuleName(p.lowercase))},
            {QStringLiteral("digits"), enumName(charRuleName(p.digits))},
            {QStringLiteral("special_characters"), enumName(charRuleName(p.specialChars))}};
}

QJsonArray keysArray(const QList<KeyInfo>& keys)
{
    QJsonArray array;
    for (const KeyInfo& key : keys)
        array.append(keyJson(key));
    return array;
}

QJsonArray keyUsageArray(const QList<KeyUsage>& usages)
{
    QJsonArray array;
    for (KeyUsage usage : usages)
        array.append(keyUsageName(usage));
    return array;
}

QByteArray document(const char* what, QJsonObject body)
{
    body.insert(QStringLiteral("format"), QStringLiteral("tpmvsc-") + QLatin1String(what));
    body.insert(QStringLiteral("version"), kJsonVersion);
    return QJsonDocument(body).toJson(QJsonDocument::Indented);
}

} // namespace

QJsonObject keyJson(const KeyInfo& key)
{
    return {{QStringLiteral("id"), hex(key.id)},
            {QStringLiteral("label"), key.label},
            {QStringLiteral("algorithm"), keyAlgorithmName(key.algorithm)},
            {QStringLiteral("created"), timeJson(key.created)},
            {QStringLiteral("has_certificate"), key.hasCertificate}};
}

QJsonObject cardJson(const CardStatus& s)
{
    return {
        {QStringLiteral("instance"), s.instance},
        {QStringLiteral("instance_id"), s.instanceId},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("created"), timeJson(s.created)},
        {QStringLiteral("state"), cardStateName(cardStateOf(s))},
        {QStringLiteral("blocked"), s.blocked},
        {QStringLiteral("file_system"), s.fileSystem},
        {QStringLiteral("pin_policy"), pinPolicyJson(s.pinPolicy)},
        {QStringLiteral("pin_tries_left"), s.pinTriesLeft},
        {QStringLiteral("pin_max_tries"), s.pinMaxTries},
        {QStringLiteral("tpm_held_counters"), s.tpmHeldCounters},
        {QStringLiteral("has_puk"), s.hasPuk},
        {QStringLiteral("puk_tries_left"), s.hasPuk ? QJsonValue(s.pukTriesLeft) : QJsonValue()},
        {QStringLiteral("admin_key"), enumName(adminKeyModeName(s.adminKeyMode))},
        {QStringLiteral("admin_resets_left"), s.adminResetsLeft},
        {QStringLiteral("admin_tries_left"), s.adminTriesLeft},
        {QStringLiteral("attestation_key"), s.attestationKey},
        {QStringLiteral("attestation_authority"), textOrNull(s.attestationAuthority)},
        {QStringLiteral("keys"), keysArray(s.keys)},
        {QStringLiteral("certificates"), s.certificates}};
}

QJsonObject certificateJson(const CertificateInfo& c, const QDateTime& now)
{
    QJsonArray ekus;
    for (const ExtendedKeyUsageEntry& e : c.extendedKeyUsage)
        ekus.append(e.oid);
    const QJsonObject publicKey{{QStringLiteral("type"), publicKeyTypeName(c.publicKey.type)},
                                {QStringLiteral("bits"), c.publicKey.bits},
                                {QStringLiteral("curve"), textOrNull(c.publicKey.curve)},
                                {QStringLiteral("card_algorithm"),
                                 c.publicKey.cardAlgorithm
                                     ? QJsonValue(keyAlgorithmName(*c.publicKey.cardAlgorithm))
                                     : QJsonValue()}};
    return {{QStringLiteral("subject"), c.subject},
            {QStringLiteral("issuer"), c.issuer},
            {QStringLiteral("common_name"), textOrNull(c.commonName)},
            {QStringLiteral("serial_number"), c.serialNumber.toLower()},
            {QStringLiteral("not_before"), timeJson(c.notBefore)},
            {QStringLiteral("not_after"), timeJson(c.notAfter)},
            {QStringLiteral("validity"), validityName(validityAt(c, now))},
            {QStringLiteral("public_key"), publicKey},
            {QStringLiteral("key_usage"),
             c.hasKeyUsage ? QJsonValue(stringArray(c.keyUsage)) : QJsonValue()},
            {QStringLiteral("extended_key_usage"),
             c.hasExtendedKeyUsage ? QJsonValue(ekus) : QJsonValue()},
            {QStringLiteral("subject_alt_names"), stringArray(c.subjectAltNames)},
            {QStringLiteral("sha256_fingerprint"),
             c.sha256Fingerprint.toLower().remove(QLatin1Char(':'))},
            {QStringLiteral("signature_algorithm"), c.signatureAlgorithm},
            {QStringLiteral("is_ca"), c.isCa},
            {QStringLiteral("self_signed"), c.selfSigned}};
}

QJsonObject templateJson(const CertificateTemplate& t)
{
    QJsonArray algorithms;
    for (KeyAlgorithm alg : t.keyAlgorithms)
        algorithms.append(keyAlgorithmName(alg));
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("display_name"), t.displayName},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("source_file"), textOrNull(t.sourceFile)},
            {QStringLiteral("key_algorithms"), algorithms},
            {QStringLiteral("minimum_rsa_bits"), t.minimumRsaBits},
            {QStringLiteral("minimum_ec_bits"), t.minimumEcBits},
            {QStringLiteral("digest"),
             t.digest ? QJsonValue(hashAlgorithmName(*t.digest)) : QJsonValue()},
            {QStringLiteral("key_usage"), keyUsageArray(t.keyUsage)},
            {QStringLiteral("rsa_extra_key_usage"), keyUsageArray(t.rsaExtraKeyUsage)},
            {QStringLiteral("extended_key_usage"), stringArray(t.extendedKeyUsage)},
            {QStringLiteral("subject_alt_names"),
             QJsonObject{{sanTypeName(SanType::Upn), sanRuleName(t.upn)},
                         {sanTypeName(SanType::Email), sanRuleName(t.email)},
                         {sanTypeName(SanType::Dns), sanRuleName(t.dns)}}},
            {QStringLiteral("validity_days"), t.validityDays}};
}

QByteArray listJson(const QList<CardLook>& cards)
{
    QJsonArray readable;
    QJsonArray unreadable;
    for (const CardLook& look : cards) {
        if (look.status) {
            readable.append(cardJson(*look.status));
            continue;
        }
        unreadable.append(QJsonObject{
            {QStringLiteral("instance"), look.instance},
            {QStringLiteral("instance_id"), formatInstanceId(look.instance)},
            {QStringLiteral("error"),
             QLatin1String(errorCodeName(look.error ? look.error->code() : ErrorCode::Internal))}});
    }
    return document(
        "list", {{QStringLiteral("cards"), readable}, {QStringLiteral("unreadable"), unreadable}});
}

QByteArray statusJson(const CardStatus& status)
{
    return document("status", {{QStringLiteral("card"), cardJson(status)}});
}

QByteArray createJson(const CardStatus& status)
{
    return document("create", {{QStringLiteral("card"), cardJson(status)}});
}

QByteArray keysJson(const CardStatus& status)
{
    return document("keys", {{QStringLiteral("instance"), status.instance},
                             {QStringLiteral("instance_id"), status.instanceId},
                             {QStringLiteral("keys"), keysArray(status.keys)}});
}

QByteArray certsJson(int instance, const QList<CertificateEntry>& entries, const QDateTime& now)
{
    QJsonArray array;
    for (const CertificateEntry& e : entries) {
        QJsonArray chain;
        for (const CertificateInfo& c : e.chain)
            chain.append(certificateJson(c, now));
        array.append(
            QJsonObject{{QStringLiteral("key"), keyJson(e.key)},
                        {QStringLiteral("certificate"), certificateJson(e.certificate, now)},
                        {QStringLiteral("chain"), chain}});
    }
    return document("certs", {{QStringLiteral("instance"), instance},
                              {QStringLiteral("instance_id"), formatInstanceId(instance)},
                              {QStringLiteral("certificates"), array}});
}

QByteArray templatesJson(const TemplateCatalog& catalog)
{
    QJsonArray array;
    for (const CertificateTemplate& t : catalog.templates)
        array.append(templateJson(t));
    return document("templates", {{QStringLiteral("templates"), array},
                                  {QStringLiteral("unusable_files"),
                                   static_cast<int>(catalog.problems.size())}});
}

} // namespace tpmvsc::cli
