// What the fields for a secret (PIN, PUK, admin key) share, so that their protections are
// set in one place: hidden text, no input-method prediction or learning, no context menu
// (no copying out), and a "Show" check box that reveals the field and its confirmation.
#pragma once

#include <QCheckBox>
#include <QLineEdit>

namespace tpmvsc {

// Hidden text, sensitive-data input hints plus `extraHints`, at most `maxLength` characters.
void configureSecretField(QLineEdit* edit, Qt::InputMethodHints extraHints, int maxLength);

// `refresh` runs on every edit of `field` and of `confirm` (nullptr when there is none);
// ticking `show` shows the typed text of both, unticking hides it again.
template <class Entry>
void connectSecretFields(Entry* entry, void (Entry::*refresh)(), QLineEdit* field,
                         QLineEdit* confirm, QCheckBox* show)
{
    QObject::connect(field, &QLineEdit::textChanged, entry, refresh);
    if (confirm)
        QObject::connect(confirm, &QLineEdit::textChanged, entry, refresh);
    QObject::connect(show, &QCheckBox::toggled, entry, [field, confirm](bool shown) {
        const auto echo = shown ? QLineEdit::Normal : QLineEdit::Password;
        field->setEchoMode(echo);
        if (confirm)
            confirm->setEchoMode(echo);
    });
}

} // namespace tpmvsc
