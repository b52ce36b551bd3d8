#include "UiStyle.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPalette>

namespace tpmvsc {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QString colourFor(StatusKind kind, bool dark)
{
    switch (kind) {
    case StatusKind::Good: return dark ? QStringLiteral("#6fd39a") : QStringLiteral("#1e7b46");
    case StatusKind::Bad: return dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e");
    case StatusKind::Neutral:
    case StatusKind::Pending: break;
    }
    return {};
}

const char* propertyValue(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Neutral: return "neutral";
    case StatusKind::Pending: return "pending";
    case StatusKind::Good: return "good";
    case StatusKind::Bad: return "bad";
    }
    return "neutral";
}

} // namespace

void setStatus(QLabel* label, StatusKind kind, const QString& text)
{
    // The symbol carries the meaning for people who cannot tell the colours apart.
    QString symbol;
    switch (kind) {
    case StatusKind::Good: symbol = QStringLiteral("\u2714 "); break;
    case StatusKind::Bad: symbol = QStringLiteral("\u2716 "); break;
    case StatusKind::Neutral:
    case StatusKind::Pending: break;
    }
    const QString colour = colourFor(kind, isDark(label->palette()));
    label->setTextFormat(Qt::PlainText);
    label->setText(symbol + text);
    label->setStyleSheet(colour.isEmpty() ? QString()
                                          : QStringLiteral("QLabel { color: %1; }").arg(colour));
    label->setProperty("status", QString::fromLatin1(propertyValue(kind)));
}

QFont codeFont(const QWidget* widget, double scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const double base = widget->font().pointSizeF();
    if (base > 0)
        font.setPointSizeF(base * scale);
    return font;
}

} // namespace tpmvsc
