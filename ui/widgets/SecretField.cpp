#include "SecretField.h"

namespace tpmvsc {

void configureSecretField(QLineEdit* edit, Qt::InputMethodHints extraHints, int maxLength)
{
    edit->setEchoMode(QLineEdit::Password);
    // No prediction, no history, no on-screen-keyboard learning of what is typed here.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                              extraHints);
    edit->setMaxLength(maxLength);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
}

} // namespace tpmvsc
