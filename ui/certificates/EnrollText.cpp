#include "EnrollText.h"

#include <QLocale>
#include <QStyle>
#include <QWidget>

namespace tpmvsc {

QString EnrollText::templateName(const CertificateTemplate& tmpl)
{
    // Only the built-ins are ours to translate; a file may override a built-in's id
    // with its own name, which is then shown as written.
    if (!tmpl.sourceFile.isEmpty())
        return tmpl.displayName;
    if (tmpl.id == u"smartcardlogon")
        return tr("Smartcard Logon");
    if (tmpl.id == u"signature")
        return tr("Signature and Smartcard Logon");
    if (tmpl.id == u"clientauth")
        return tr("Client authentication");
    if (tmpl.id == u"smime")
        return tr("E-mail protection (S/MIME)");
    return tmpl.displayName;
}

QString EnrollText::templateDescription(const CertificateTemplate& tmpl)
{
    if (!tmpl.sourceFile.isEmpty())
        return tmpl.description;
    if (tmpl.id == u"smartcardlogon")
        return tr("Signs in to Windows domains and Linux (PAM, SSSD) with the card.");
    if (tmpl.id == u"signature")
        return tr("Signs documents (non-repudiation) and signs in with the card.");
    if (tmpl.id == u"clientauth")
        return tr("Authenticates to TLS servers: VPN, Wi-Fi (EAP-TLS), web sites.");
    if (tmpl.id == u"smime")
        return tr("Signs e-mail and, with RSA keys, receives encrypted e-mail.");
    return tmpl.description;
}

QString EnrollText::keyAlgorithm(KeyAlgorithm alg)
{
    switch (alg) {
    case KeyAlgorithm::Rsa2048: return tr("RSA 2048-bit");
    case KeyAlgorithm::Rsa3072: return tr("RSA 3072-bit");
    case KeyAlgorithm::EccP256: return tr("ECC P-256");
    case KeyAlgorithm::EccP384: return tr("ECC P-384");
    }
    return keyAlgorithmName(alg);
}

QString EnrollText::keyAlgorithmList(const QList<KeyAlgorithm>& algs)
{
    QStringList names;
    for (KeyAlgorithm alg : algs)
        names.append(keyAlgorithm(alg));
    return QLocale().createSeparatedList(names);
}

QString EnrollText::sanKind(SanType type)
{
    switch (type) {
    case SanType::Upn: return tr("User principal name (UPN)");
    case SanType::Email: return tr("E-mail address");
    case SanType::Dns: return tr("DNS names");
    }
    return sanTypeDisplayName(type).said();
}

QString EnrollText::severity(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Ok: return tr("OK");
    case CheckSeverity::Warning: return tr("Warning");
    case CheckSeverity::Error: return tr("Error");
    }
    return {};
}

QIcon EnrollText::severityIcon(CheckSeverity severity, const QWidget* widget)
{
    QStyle* style = widget->style();
    switch (severity) {
    case CheckSeverity::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton, nullptr, widget);
    case CheckSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
    case CheckSeverity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, widget);
    }
    return {};
}

QString EnrollText::dateTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

QString EnrollText::shortDateTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace tpmvsc
