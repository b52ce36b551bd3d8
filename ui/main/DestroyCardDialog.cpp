#include "DestroyCardDialog.h"

#include "ui/widgets/Notice.h"
#include "ui/widgets/OwnerPasswordField.h"

#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tpmvsc {

DestroyCardDialog::DestroyCardDialog(CardWorker& worker, const CardStatus& card, QWidget* parent)
    : CardActionDialog(worker, card, parent)
{
    setObjectName(QStringLiteral("destroyCardDialog"));
    setWindowTitle(tr("Destroy card"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/actions/destroy.svg")));

    auto* warning = new Notice(Notice::Kind::Warning, inputArea());
    warning->setObjectName(QStringLiteral("destroyWarning"));
    const int keys = int(card.keys.size());
    warning->setText(
        keys == 0 ? tr("Destroying the card cannot be undone.")
                  : tr("Destroying the card deletes its %n key(s) and their certificates. "
                       "This cannot be undone: anything encrypted to these keys can no longer "
                       "be decrypted, and you can no longer sign in with the card.",
                       nullptr, keys));
    contentLayout()->addWidget(warning);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(inputArea());
    m_name->setObjectName(QStringLiteral("confirmNameEdit"));
    m_name->setAccessibleName(tr("Type the card's name to confirm"));
    m_name->setPlaceholderText(card.name);
    auto* label =
        new QLabel(tr("To confirm, type the card's name (%1):").arg(card.name), inputArea());
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setBuddy(m_name);
    form->addRow(label);
    form->addRow(m_name);
    const OwnerPasswordRow owner = addOwnerPasswordRow(form, inputArea());
    m_ownerAuthLabel = owner.label;
    m_ownerAuth = owner.field;
    m_ownerAuthLabel->hide();
    m_ownerAuth->hide();
    contentLayout()->addLayout(form);

    connect(m_name, &QLineEdit::textChanged, this, &DestroyCardDialog::updateAcceptButton);
    setAcceptButton(tr("&Destroy card"), QStringLiteral("destroyButton"), true);
    // Cancel is the default: Enter after a typo must not be the thing that destroys.
    if (auto* cancel = findChild<QPushButton*>(QStringLiteral("cancelButton")))
        cancel->setDefault(true);
    m_name->setFocus();
}

bool DestroyCardDialog::inputsValid() const
{
    return m_name->text() == card().name;
}

void DestroyCardDialog::start()
{
    const int instance = card().instance;
    const Secret owner = Secret::fromText(m_ownerAuth->text());
    run(
        tr("Destroying the card…"),
        [instance, owner](CardServices& c) { c.service().destroy(instance, owner); },
        tr("The card “%1” was destroyed.").arg(card().name));
}

void DestroyCardDialog::failed(const Error& error)
{
    if (error.facts().credential != Credential::OwnerPassword)
        return;
    m_ownerAuthLabel->show();
    m_ownerAuth->show();
    m_ownerAuth->selectAll();
    m_ownerAuth->setFocus();
    adjustSize(); // room for the field and the sentence above it
}

} // namespace tpmvsc
