// tpmvscmgr's /json output: one JSON document per command, for scripts and configuration
// management. The schema is doc/json.md; it says no translated word: keys are snake_case,
// enumerated values lower-case words joined by hyphens, times ISO 8601 UTC, IDs hex. The
// data is gathered once by the command and shown either by CardFormat/CertificateFormat
// (people) or here (programs).
#pragma once

#include "CardFormat.h"

#include "services/EnrollService.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace tpmvsc::cli {

// Raise when a key changes meaning or disappears; adding keys keeps the version.
constexpr int kJsonVersion = 1;

QJsonObject keyJson(const KeyInfo& key);
QJsonObject cardJson(const CardStatus& status);
QJsonObject certificateJson(const CertificateInfo& certificate, const QDateTime& now);
QJsonObject templateJson(const CertificateTemplate& certificateTemplate);

// Whole documents, UTF-8 with a final newline: {"format": "tpmvsc-<what>", "version": 1, ...}.
QByteArray listJson(const QList<CardLook>& cards);
QByteArray statusJson(const CardStatus& status);
QByteArray createJson(const CardStatus& status);
QByteArray keysJson(const CardStatus& status);
QByteArray certsJson(int instance, const QList<CertificateEntry>& entries, const QDateTime& now);
QByteArray templatesJson(const TemplateCatalog& catalog);

} // namespace tpmvsc::cli
