#include "OwnerPasswordField.h"

#include "SecretField.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tpmvsc {

OwnerPasswordRow addOwnerPasswordRow(QFormLayout* form, QWidget* parent)
{
    OwnerPasswordRow row;
    row.field = new QLineEdit(parent);
    row.field->setObjectName(QStringLiteral("ownerAuthEdit"));
    configureSecretField(row.field, Qt::ImhNone, 1024);
    row.field->setAccessibleName(
        QCoreApplication::translate("OwnerPasswordField", "TPM owner password"));
    row.label = new QLabel(
        QCoreApplication::translate("OwnerPasswordField", "TPM o&wner password:"), parent);
    row.label->setBuddy(row.field);
    form->addRow(row.label, row.field);
    return row;
}

} // namespace tpmvsc
