// Everything the card's status tells, read-only: identity, PIN policy and tries, PUK,
// admin key and resets, file system, and its keys with their certificates.
#pragma once

#include "core/card/CardService.h"

#include <QDialog>

class QFormLayout;
class QTableWidget;

namespace tpmvsc {

class CardDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CardDetailsDialog(const CardStatus& card, QWidget* parent = nullptr);

    // The value shown for a field, by the field's object name ("pinTriesValue"), for tests.
    QString value(const QString& objectName) const;
    QTableWidget* keysTable() const { return m_keys; }

    static QString algorithmText(KeyAlgorithm algorithm);
    static QString charRuleText(CharRule rule);
    static QString adminKeyModeText(AdminKeyMode mode);

private:
    void addRow(QFormLayout* form, const QString& label, const QString& value,
                const QString& objectName);

    QTableWidget* m_keys = nullptr;
};

} // namespace tpmvsc
