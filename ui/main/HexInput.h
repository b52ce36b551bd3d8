// A field for a fixed number of hex digits (a challenge or a response), checked
// on every keystroke: how many digits so far, or which character is not a hex digit. Spaces,
// colons and dashes are tolerated, as the core's parsers tolerate them, so people can paste
// "0123 4567 89AB CDEF" as another tool shows it.
#pragma once

#include "core/util/Secret.h"

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace tpmvsc {

class HexInput : public QWidget
{
    Q_OBJECT

public:
    // `objectName` names the line edit ("challengeEdit"); the status label gets
    // <objectName minus "Edit">StatusLabel ("challengeStatusLabel").
    HexInput(int byteCount, const QString& objectName, QWidget* parent = nullptr);
    ~HexInput() override; // clears the field: a typed response does not outlive the widget

    bool isValid() const { return m_valid; }
    // The decoded bytes; empty while the text is not valid.
    QByteArray bytes() const;
    Secret secret() const;
    void setText(const QString& text);
    void clear();
    QLineEdit* field() const { return m_edit; }
    QString statusText() const;
    void setAccessibleName(const QString& name);

Q_SIGNALS:
    void validityChanged(bool valid);
    void edited();

private:
    void check();

    int m_byteCount;
    bool m_valid = false;
    QLineEdit* m_edit = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tpmvsc
