// How tpmvscmgr shows cards and keys, shared by list, status and keys.
#pragma once

#include "core/card/CardService.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tpmvsc::cli {

// "ready", "blocked" or "no file system".
QString cardState(const CardStatus& status);
// "minlen 8 maxlen 127 uppercase ALLOWED ..." (the /pinpolicy syntax, so it can be reused).
QString policyText(const PinPolicy& policy);

QStringList listHeader();
QStringList listRow(const CardStatus& status);
QStringList unreadableListRow(int instance);
QStringList keyHeader();
QStringList keyRow(const KeyInfo& key);
// Columns padded to the widest cell, two spaces apart, one line per row.
QString formatTable(const QStringList& header, const QList<QStringList>& rows);

// "Name: ..." lines for `status`.
QString formatStatus(const CardStatus& status);

} // namespace tpmvsc::cli
