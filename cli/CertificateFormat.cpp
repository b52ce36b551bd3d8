#include "CertificateFormat.h"
#include "TerminalText.h"
#include "Words.h"

#include <QCoreApplication>

namespace tpmvsc::cli {

namespace {

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// "Label:" padded so the values line up.
QString line(const QString& label, const QString& value, int indent = 0)
{
    return QString(indent, QLatin1Char(' ')) + padded(label, 14) + QLatin1Char(' ') + value +
           QLatin1Char('\n');
}

QString ekuText(const CertificateInfo& c)
{
    if (!c.hasExtendedKeyUsage)
        return Words::tr("none (any purpose)");
    QStringList names;
    for (const ExtendedKeyUsageEntry& e : c.extendedKeyUsage) {
        const QString name = e.name.said();
        names << (name == e.oid ? e.oid : QStringLiteral("%1 (%2)").arg(name, e.oid));
    }
    return names.join(QLatin1String(", "));
}

QString keyUsageText(const CertificateInfo& c)
{
    return c.hasKeyUsage ? c.keyUsage.join(QLatin1String(", ")) : Words::tr("none (any)");
}

QString certificateLines(const CertificateInfo& c, const QDateTime& now, int indent)
{
    QString text;
    text +=
        line(Words::tr("Subject:"), c.subject.isEmpty() ? Words::tr("(empty)") : c.subject, indent);
    text += line(Words::tr("Issuer:"), c.issuer, indent);
    text += line(Words::tr("Serial:"), c.serialNumber, indent);
    text += line(Words::tr("Valid:"),
                 Words::tr("%1 to %2 (%3)")
                     .arg(timeText(c.notBefore), timeText(c.notAfter), validityState(c, now)),
                 indent);
    text += line(Words::tr("Public key:"), c.publicKey.algorithm.said(), indent);
    text += line(Words::tr("Key usage:"), keyUsageText(c), indent);
    text += line(Words::tr("EKU:"), ekuText(c), indent);
    if (!c.subjectAltNames.isEmpty())
        text += line(Words::tr("SAN:"), c.subjectAltNames.join(QLatin1String(", ")), indent);
    text += line(Words::tr("SHA-256:"), c.sha256Fingerprint, indent);
    return text;
}

QString chainText(const QList<CertificateInfo>& chain, bool stored)
{
    if (chain.isEmpty())
        return stored ? Words::tr("none stored (the certificate alone)")
                      : Words::tr("none in the file (the certificate alone)");
    QStringList subjects;
    for (const CertificateInfo& c : chain)
        subjects << c.subject;
    return (chain.size() == 1 ? Words::tr("1 issuer certificate: %1")
                              : Words::tr("%1 issuer certificates: %2").arg(chain.size()))
        .arg(subjects.join(QLatin1String("; ")));
}

QString keyText(const KeyInfo& key)
{
    return QStringLiteral("%1 (%2, %3)")
        .arg(QString::fromLatin1(key.id.toHex()), key.label, keyAlgorithmName(key.algorithm));
}

} // namespace

Validity validityAt(const CertificateInfo& c, const QDateTime& now)
{
    if (now < c.notBefore)
        return Validity::NotYetValid;
    if (now > c.notAfter)
        return Validity::Expired;
    return Validity::Valid;
}

QString validityState(const CertificateInfo& c, const QDateTime& now)
{
    switch (validityAt(c, now)) {
    case Validity::NotYetValid: return Words::tr("not yet valid");
    case Validity::Expired: return Words::tr("expired");
    case Validity::Valid: break;
    }
    return Words::tr("valid");
}

QString formatCertificateEntry(const CertificateEntry& entry, const QDateTime& now)
{
    return line(Words::tr("Key:"), keyText(entry.key)) +
           certificateLines(entry.certificate, now, 0) +
           line(Words::tr("Chain:"), chainText(entry.chain, true));
}

QString formatImportPreview(const ImportPreview& preview, const QDateTime& now)
{
    QString text = Words::tr("Certificate for key %1:\n").arg(keyText(preview.key));
    text += certificateLines(preview.analysis.leaf, now, 2);
    text += line(Words::tr("Chain:"), chainText(preview.analysis.chain, false), 2);
    if (preview.replaces)
        text += Words::tr("  It replaces the key's current certificate.\n");
    text += preview.templateId.isEmpty()
                ? Words::tr("Checks:\n")
                : Words::tr("Checks (usages against template %1):\n").arg(preview.templateId);
    for (const ImportCheck& check : preview.analysis.checks) {
        text += QStringLiteral("  %1 %2: %3\n")
                    .arg(checkSeverityName(check.severity), -8)
                    .arg(check.id, check.sentence.said());
    }
    return text;
}

QString formatTemplates(const TemplateCatalog& catalog)
{
    QString text;
    for (const CertificateTemplate& t : catalog.templates) {
        QStringList keys;
        for (KeyAlgorithm alg : t.keyAlgorithms)
            keys << keyAlgorithmName(alg);
        QStringList ekus;
        for (const QString& oid : t.extendedKeyUsage)
            ekus << extendedKeyUsageDisplayName(oid).said();
        QStringList sans;
        for (SanType type : {SanType::Upn, SanType::Email, SanType::Dns}) {
            const SanRule rule = t.sanRule(type);
            if (rule == SanRule::Required)
                sans << Words::tr("%1 (required)").arg(sanTypeName(type));
            else if (rule == SanRule::Optional)
                sans << sanTypeName(type);
        }
        QStringList usages;
        for (KeyUsage u : t.keyUsage)
            usages << keyUsageName(u);
        for (KeyUsage u : t.rsaExtraKeyUsage)
            usages << Words::tr("%1 (RSA)").arg(keyUsageName(u));
        text += QStringLiteral("%1  %2\n").arg(t.id, t.displayName);
        if (!t.description.isEmpty())
            text += line(Words::tr("Purpose:"), t.description, 2);
        text += line(Words::tr("Keys:"),
                     Words::tr("%1 (first is the default; RSA at least %2 bits)")
                         .arg(keys.join(QLatin1String(", ")))
                         .arg(t.minimumRsaBits),
                     2);
        text += line(Words::tr("Key usage:"), usages.join(QLatin1String(", ")), 2);
        text += line(Words::tr("EKU:"),
                     ekus.isEmpty() ? Words::tr("none") : ekus.join(QLatin1String(", ")), 2);
        text += line(Words::tr("SAN:"),
                     sans.isEmpty() ? Words::tr("none") : sans.join(QLatin1String(", ")), 2);
        if (!t.sourceFile.isEmpty())
            text += line(Words::tr("File:"), t.sourceFile, 2);
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace tpmvsc::cli
