// Where a certificate file can be dropped (from a file manager, or PEM text dragged from
// a mail or browser window), with the buttons that do the same without a mouse: choose
// a file, paste PEM from the clipboard. It only says what arrived; reading and checking
// are the dialog's.
#pragma once

#include <QFrame>

class QLabel;
class QMimeData;
class QPushButton;

namespace tpmvsc {

class CertificateDropArea : public QFrame
{
    Q_OBJECT

public:
    explicit CertificateDropArea(QWidget* parent = nullptr);

    void setSource(const QString& text); // "ca-issued.pem", shown under the hint
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* pasteButton() const { return m_paste; }

    // What a drop of `data` would give: a local file, PEM text, or nothing usable.
    static QString localFileOf(const QMimeData* data);
    static bool isPemText(const QMimeData* data);

Q_SIGNALS:
    void fileDropped(const QString& path);
    void textDropped(const QString& pem);
    void chooseRequested();
    void pasteRequested();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool on);

    QLabel* m_hint;
    QLabel* m_source;
    QPushButton* m_choose;
    QPushButton* m_paste;
};

} // namespace tpmvsc
