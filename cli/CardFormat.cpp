#include "CardFormat.h"
#include "TerminalText.h"
#include "Words.h"

#include "core/store/InstanceId.h"

#include <QCoreApplication>
#include <algorithm>

namespace tpmvsc::cli {

namespace {

QString yesNo(bool value)
{
    return value ? Words::tr("yes") : Words::tr("no");
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : Words::tr("unknown");
}

QString hexId(const QByteArray& id)
{
    return QString::fromLatin1(id.toHex());
}

} // namespace

CardState cardStateOf(const CardStatus& status)
{
    if (status.blocked)
        return CardState::Blocked;
    if (!status.fileSystem)
        return CardState::NoFileSystem;
    return CardState::Ready;
}

QString cardState(const CardStatus& status)
{
    switch (cardStateOf(status)) {
    case CardState::Blocked: return Words::tr("blocked");
    case CardState::NoFileSystem: return Words::tr("no file system");
    case CardState::Ready: break;
    }
    return Words::tr("ready");
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
    return {Words::tr("Instance ID"), Words::tr("Name"),         Words::tr("State"),
            Words::tr("PIN tries"),   Words::tr("Admin resets"), Words::tr("Keys")};
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
    return {formatInstanceId(instance), QStringLiteral("?"), Words::tr("unreadable"),
            QStringLiteral("-"),        QStringLiteral("-"), QStringLiteral("-")};
}

QStringList keyHeader()
{
    return {Words::tr("Key ID"), Words::tr("Algorithm"), Words::tr("Created"),
            Words::tr("Certificate"), Words::tr("Label")};
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
        widths << displayWidth(h);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    auto line = [&widths](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text += last ? cells.at(i) : padded(cells.at(i), widths.value(i) + 2);
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
    lines << qMakePair(Words::tr("Name"), s.name);
    lines << qMakePair(Words::tr("Instance"), s.instanceId);
    lines << qMakePair(Words::tr("Created"), timeText(s.created));
    lines << qMakePair(Words::tr("PIN policy"), policyText(s.pinPolicy));
    lines << qMakePair(Words::tr("PIN tries left"),
                       Words::tr("%1 of %2").arg(s.pinTriesLeft).arg(s.pinMaxTries));
    lines << qMakePair(
        Words::tr("Tries counted by"),
        s.tpmHeldCounters
            ? Words::tr("the TPM")
            : Words::tr("the card file (older card: `tpmvscmgr upgrade` moves them into "
                        "the TPM)"));
    QString puk = Words::tr("none");
    if (s.hasPuk)
        puk = s.pukTriesLeft > 0 ? Words::tr("%1 tries left").arg(s.pukTriesLeft)
                                 : Words::tr("blocked");
    lines << qMakePair(Words::tr("PUK"), puk);
    lines << qMakePair(Words::tr("Admin key"), adminKeyModeName(s.adminKeyMode));
    QString resets = QString::number(s.adminResetsLeft);
    if (s.adminKeyMode == AdminKeyMode::Random)
        resets += Words::tr(" (RANDOM admin key: the PIN cannot be reset)");
    else if (s.adminTriesLeft <= 0)
        resets += Words::tr(" (blocked after too many wrong responses)");
    else
        resets += Words::tr(" (%1 wrong responses allowed)").arg(s.adminTriesLeft);
    lines << qMakePair(Words::tr("Admin resets left"), resets);
    lines << qMakePair(Words::tr("Blocked"), yesNo(s.blocked));
    lines << qMakePair(Words::tr("File system"), yesNo(s.fileSystem));
    lines << qMakePair(Words::tr("Attestation key"),
                       s.attestationAuthority.isEmpty()
                           ? yesNo(s.attestationKey)
                           : Words::tr("yes, certified by %1").arg(s.attestationAuthority));
    lines << qMakePair(Words::tr("Keys"), QString::number(s.keys.size()));

    qsizetype width = 0;
    for (const auto& l : lines)
        width = std::max(width, displayWidth(l.first) + 1);
    QString text;
    for (const auto& l : lines) {
        text += padded(l.first + QLatin1Char(':'), width + 1) + l.second + QLatin1Char('\n');
    }
    for (const KeyInfo& key : s.keys) {
        text += QStringLiteral("  %1  %2  %3%4%5\n")
                    .arg(hexId(key.id), keyAlgorithmName(key.algorithm), timeText(key.created),
                         key.hasCertificate ? Words::tr("  certificate") : QString(),
                         key.label.isEmpty() ? QString() : QStringLiteral("  ") + key.label);
    }
    text += padded(Words::tr("Certificates") + QLatin1Char(':'), width + 1) +
            QString::number(s.certificates) + QLatin1Char('\n');
    return text;
}

} // namespace tpmvsc::cli
