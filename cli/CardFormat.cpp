#include "CardFormat.h"

#include "card/InstanceId.h"

#include <QCoreApplication>
#include <algorithm>

namespace tpmvsc::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tpmvscmgr", text);
}

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : tr("unknown");
}

QString hexId(const QByteArray& id)
{
    return QString::fromLatin1(id.toHex());
}

} // namespace

QString cardState(const CardStatus& status)
{
    if (status.blocked)
        return tr("blocked");
    if (!status.fileSystem)
        return tr("no file system");
    return tr("ready");
}

QString policyText(const PinPolicy& p)
{
    return QStringLiteral("minlen %1 maxlen %2 uppercase %3 lowercase %4 digits %5 specialchars %6")
        .arg(p.minLen)
        .arg(p.maxLen)
        .arg(charRuleName(p.uppercase), charRuleName(p.lowercase), charRuleName(p.digits),
             charRuleName(p.specialChars));
}

QStringList listHeader()
{
    return {tr("Instance ID"), tr("Name"),         tr("State"),
            tr("PIN tries"),   tr("Admin resets"), tr("Keys")};
}

QStringList listRow(const CardStatus& s)
{
    return {s.instanceId,
            s.name,
            cardState(s),
            QStringLiteral("%1/%2").arg(s.pinTriesLeft).arg(s.pinMaxTries),
            QString::number(s.adminResetsLeft),
            QString::number(s.keys.size())};
}

QStringList unreadableListRow(int instance)
{
    return {formatInstanceId(instance), QStringLiteral("?"), tr("unreadable"),
            QStringLiteral("-"),        QStringLiteral("-"), QStringLiteral("-")};
}

QStringList keyHeader()
{
    return {tr("Key ID"), tr("Algorithm"), tr("Created"), tr("Certificate"), tr("Label")};
}

QStringList keyRow(const KeyInfo& key)
{
    return {hexId(key.id), keyAlgorithmName(key.algorithm), timeText(key.created),
            yesNo(key.hasCertificate), key.label};
}

QString formatTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : header)
        widths << h.size();
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto line = [&widths](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text += last ? cells.at(i) : cells.at(i).leftJustified(widths.value(i) + 2);
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    for (const QStringList& row : rows)
        text += line(row);
    return text;
}

QString formatStatus(const CardStatus& s)
{
    QList<QPair<QString, QString>> lines;
    lines << qMakePair(tr("Name"), s.name);
    lines << qMakePair(tr("Instance"), s.instanceId);
    lines << qMakePair(tr("Created"), timeText(s.created));
    lines << qMakePair(tr("PIN policy"), policyText(s.pinPolicy));
    lines << qMakePair(tr("PIN tries left"), tr("%1 of %2").arg(s.pinTriesLeft).arg(s.pinMaxTries));
    lines << qMakePair(tr("Tries counted by"),
                       s.tpmHeldCounters
                           ? tr("the TPM")
                           : tr("the card file (older card: `tpmvscmgr upgrade` moves them into "
                                "the TPM)"));
    QString puk = tr("none");
    if (s.hasPuk)
        puk = s.pukTriesLeft > 0 ? tr("%1 tries left").arg(s.pukTriesLeft) : tr("blocked");
    lines << qMakePair(tr("PUK"), puk);
    lines << qMakePair(tr("Admin key"), adminKeyModeName(s.adminKeyMode));
    QString resets = QString::number(s.adminResetsLeft);
    if (s.adminKeyMode == AdminKeyMode::Random)
        resets += tr(" (RANDOM admin key: the PIN cannot be reset)");
    else if (s.adminTriesLeft <= 0)
        resets += tr(" (blocked after too many wrong responses)");
    else
        resets += tr(" (%1 wrong responses allowed)").arg(s.adminTriesLeft);
    lines << qMakePair(tr("Admin resets left"), resets);
    lines << qMakePair(tr("Blocked"), yesNo(s.blocked));
    lines << qMakePair(tr("File system"), yesNo(s.fileSystem));
    lines << qMakePair(tr("Keys"), QString::number(s.keys.size()));

    qsizetype width = 0;
    for (const auto& l : lines)
        width = std::max(width, l.first.size() + 1);
    QString text;
    for (const auto& l : lines) {
        text +=
            (l.first + QLatin1Char(':')).leftJustified(width + 1) + l.second + QLatin1Char('\n');
    }
    for (const KeyInfo& key : s.keys) {
        text += QStringLiteral("  %1  %2  %3%4%5\n")
                    .arg(hexId(key.id), keyAlgorithmName(key.algorithm), timeText(key.created),
                         key.hasCertificate ? tr("  certificate") : QString(),
                         key.label.isEmpty() ? QString() : QStringLiteral("  ") + key.label);
    }
    text += (tr("Certificates") + QLatin1Char(':')).leftJustified(width + 1) +
            QString::number(s.certificates) + QLatin1Char('\n');
    return text;
}

} // namespace tpmvsc::cli
