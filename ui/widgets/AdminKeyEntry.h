// The admin key field: 48 hex digits (24 bytes, the 3DES key helpdesks already use for
// Windows cards), checked live as it is typed or pasted. Spaces, colons and dashes are
// ignored, as tpmvscmgr ignores them. Optionally typed twice: a typo at card creation
// would leave a card nobody can manage. A key typed twice is a new card's key, and one the
// core calls weak (parts that repeat: single DES) is refused; a key typed once is one a
// card already has, so a weak one is accepted with a warning: responses must still work.
#pragma once

#include "core/util/Secret.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace tpmvsc {

struct AdminKeyWeakness;

class AdminKeyEntry : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { WithConfirmation, Single };

    // Children: adminKeyEdit, adminKeyConfirmEdit, adminKeyShowCheck, adminKeyStatusLabel.
    explicit AdminKeyEntry(Mode mode, QWidget* parent = nullptr);
    ~AdminKeyEntry() override; // clears the fields

    bool isValid() const { return m_valid; }
    Secret secret() const; // the 24 key bytes; empty unless isValid()
    void clear();
    QString statusText() const;
    QLineEdit* field() const { return m_edit; }

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The core's reason in this application's languages.
    static QString weaknessText(const AdminKeyWeakness& weak);
    void retranslate();
    void refresh();

    Mode m_mode;
    bool m_valid = false;
    QLabel* m_label = nullptr;
    QLineEdit* m_edit = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    QCheckBox* m_show = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tpmvsc
