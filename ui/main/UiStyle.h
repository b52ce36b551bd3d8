// Small look-and-feel helpers shared by the main window's dialogs, so every live check
// reads the same way: a symbol and a colour that are legible on light and dark palettes.
#pragma once

#include <QString>

class QFont;
class QLabel;
class QWidget;

namespace tpmvsc {

enum class StatusKind {
    Neutral, // nothing typed yet
    Pending, // on the way (8 of 16 digits)
    Good,
    Bad,
};

// Sets `text` with a leading symbol, coloured for the label's palette. The kind is also
// stored in the label's "status" property ("neutral", "pending", "good", "bad") for tests.
void setStatus(QLabel* label, StatusKind kind, const QString& text);

// The fixed-pitch font, `scale` times the normal size: challenges and responses are read
// aloud over the phone, one group of four at a time.
QFont codeFont(const QWidget* widget, double scale = 1.0);

} // namespace tpmvsc
