// Lining text up in a terminal: a character of an East Asian wide script (kanji, kana,
// hangul, full-width forms) takes two columns, so padding by character count would push
// every Japanese row out of its column.
#pragma once

#include <QString>

namespace tpmvsc::cli {

// The columns `text` takes in a terminal.
qsizetype displayWidth(const QString& text);
// `text` followed by spaces up to `columns` columns (unchanged when already that wide).
QString padded(const QString& text, qsizetype columns);

} // namespace tpmvsc::cli
