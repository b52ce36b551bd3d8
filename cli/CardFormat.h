// How tpmvscmgr shows cards and keys, shared by list, status and keys.
#pragma once

#include "core/card/CardService.h"
#include "core/util/Error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tpmvsc::cli {

// What a card is good for now, one word: the human and the JSON output say it their ways.
enum class CardState { Ready, Blocked, NoFileSystem };
CardState cardStateOf(const CardStatus& status);
// "ready", "blocked" or "no file system", translated.
QString cardState(const CardStatus& status);
// "minlen 8 maxlen 127 uppercase ALLOWED ..." (the /pinpolicy syntax, so it can be reused).
QString policyText(const PinPolicy& policy);

// One card as `list` found it: its status, or why its file could not be read. Gathered
// once, then shown as a table or as JSON.
struct CardLook {
    int instance = -1;
    std::optional<CardStatus> status; // unset: `error` says why
    std::optional<Error> error;
};

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
