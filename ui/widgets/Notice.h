// A line of explanation with a standard icon in front: information, a warning the user
// should read before going on, or an error. Icons come from the style (they follow the
// theme and scale on HiDPI) and text keeps the palette's colours, so it reads in light
// and dark palettes alike; the kind is also in the accessible name, not only in the icon.
#pragma once

#include <QWidget>

class QLabel;

namespace tpmvsc {

class Notice : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };
    explicit Notice(Kind kind = Kind::Information, QWidget* parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setText(const QString& text); // plain text
    void setHtml(const QString& html); // rich text (callers escape what they insert)
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();
    QString kindName() const;
    Kind m_kind;
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace tpmvsc
