#include "EvidenceFormat.h"
#include "TerminalText.h"
#include "Words.h"

#include <QStringList>

namespace tpmvsc::cli {

namespace {

QString line(const QString& label, const QString& value)
{
    return QStringLiteral("  ") + padded(label, 16) + QLatin1Char(' ') + value + QLatin1Char('\n');
}

QString algorithmName(int alg)
{
    return alg == kCoseEs256 ? QStringLiteral("ES256") : QStringLiteral("RS256");
}

QString chainText(const EvidenceFindings& found)
{
    if (!found.chainVerified)
        return Words::tr("not checked (no /roots)");
    const QString subject = found.aikCertificateSubject.isEmpty() ? Words::tr("(empty subject)")
                                                                  : found.aikCertificateSubject;
    return Words::tr("%1, chains to the root %2").arg(subject, found.rootSubject);
}

QString keyText(const EvidenceFindings& found, bool fromRequest)
{
    if (fromRequest)
        return Words::tr("the certificate request's own key");
    return found.keyCompared ? Words::tr("the one given with /key")
                             : Words::tr("not compared (no /key)");
}

} // namespace

QString formatEvidenceFindings(const EvidenceFindings& found, bool fromRequest)
{
    // Without roots nothing ties the AIK to a real TPM: whoever holds a software key could
    // have made the statement, so the headline says so rather than claim a TPM.
    QString text = found.chainVerified
                       ? Words::tr("Verified: the TPM holds the key, made inside it and unable to "
                                   "leave it.\n")
                       : Words::tr("Verified, if the AIK is a TPM's: the statement is sound, but "
                                   "without /roots nothing shows that the AIK belongs to a real "
                                   "TPM.\n");
    text += line(Words::tr("Certified key:"), found.certifiedKey.said());
    text += line(Words::tr("Its Name:"), QString::fromLatin1(found.certifiedName.toHex()));
    text += line(Words::tr("Attributes:"),
                 Words::tr("fixedTPM, fixedParent, sensitiveDataOrigin, not restricted"));
    text += line(Words::tr("Signed by:"),
                 Words::tr("the AIK, %1 (%2)").arg(found.aikKey.said(), algorithmName(found.alg)));
    text +=
        line(Words::tr("Nonce:"),
             found.nonce.isEmpty() ? Words::tr("none") : QString::fromLatin1(found.nonce.toHex()));
    text += line(Words::tr("AIK certificate:"), chainText(found));
    text += line(Words::tr("Key is:"), keyText(found, fromRequest));
    text += line(Words::tr("TPM firmware:"),
                 QStringLiteral("0x%1").arg(found.firmwareVersion, 16, 16, QLatin1Char('0')));
    return text;
}

} // namespace tpmvsc::cli
