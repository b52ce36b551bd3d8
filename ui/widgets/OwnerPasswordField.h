// The TPM owner password's row, where a window needs it (creating or destroying a card on
// a TPM whose owner has set a password): a secret field with its label, one place for its
// object name, wording and protections.
#pragma once

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace tpmvsc {

struct OwnerPasswordRow {
    QLabel* label = nullptr;
    QLineEdit* field = nullptr; // object name "ownerAuthEdit"
};

// Adds the row to `form`, its widgets children of `parent`; shown as `form` shows rows.
OwnerPasswordRow addOwnerPasswordRow(QFormLayout* form, QWidget* parent);

} // namespace tpmvsc
