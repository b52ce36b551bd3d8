#include "CardDetailsDialog.h"

#include "CardListModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

QString dateText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

CardDetailsDialog::CardDetailsDialog(const CardStatus& card, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("cardDetailsDialog"));
    setWindowTitle(tr("Card details: %1").arg(card.name));
    setWindowIcon(QIcon(QStringLiteral(":/icons/actions/details.svg")));
    auto* layout = new QVBoxLayout(this);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    auto* cardBox = new QGroupBox(tr("Card"), this);
    auto* cardForm = new QFormLayout(cardBox);
    addRow(cardForm, tr("Name:"), card.name, QStringLiteral("nameValue"));
    addRow(cardForm, tr("Instance:"), card.instanceId, QStringLiteral("instanceValue"));
    addRow(cardForm, tr("State:"), CardListModel::stateText(card), QStringLiteral("stateValue"));
    addRow(cardForm, tr("Created:"), dateText(card.created), QStringLiteral("createdValue"));
    addRow(cardForm, tr("File system:"),
           card.fileSystem ? tr("Initialised") : tr("Not initialised"),
           QStringLiteral("fileSystemValue"));
    // Whether the TPM can prove the card's keys are its own, and who vouches for the AIK.
    addRow(cardForm, tr("Attestation:"),
           !card.attestationKey ? tr("None")
           : card.attestationAuthority.isEmpty()
               ? tr("Attestation key (AIK), without a certificate")
               : tr("Attestation key (AIK), certified by %1").arg(card.attestationAuthority),
           QStringLiteral("attestationValue"));
    addRow(cardForm, tr("Keys:"), QString::number(card.keys.size()), QStringLiteral("keysValue"));
    addRow(cardForm, tr("Certificates:"), QString::number(card.certificates),
           QStringLiteral("certificatesValue"));
    left->addWidget(cardBox);

    auto* pinBox = new QGroupBox(tr("PIN"), this);
    auto* pinForm = new QFormLayout(pinBox);
    addRow(pinForm, tr("Tries left:"),
           card.blocked ? tr("None: the card is blocked")
                        : tr("%1 of %2").arg(card.pinTriesLeft).arg(card.pinMaxTries),
           QStringLiteral("pinTriesValue"));
    addRow(pinForm, tr("Counted by:"),
           card.tpmHeldCounters ? tr("The TPM: restoring old card files gains no tries")
                                : tr("The card file (an older card: tpmvscmgr upgrade moves "
                                     "the counters into the TPM)"),
           QStringLiteral("countedByValue"));
    addRow(pinForm, tr("Length:"),
           tr("%1 to %2 characters").arg(card.pinPolicy.minLen).arg(card.pinPolicy.maxLen),
           QStringLiteral("pinLengthValue"));
    addRow(pinForm, tr("Uppercase letters:"), charRuleText(card.pinPolicy.uppercase),
           QStringLiteral("uppercaseValue"));
    addRow(pinForm, tr("Lowercase letters:"), charRuleText(card.pinPolicy.lowercase),
           QStringLiteral("lowercaseValue"));
    addRow(pinForm, tr("Digits:"), charRuleText(card.pinPolicy.digits),
           QStringLiteral("digitsValue"));
    addRow(pinForm, tr("Special characters:"), charRuleText(card.pinPolicy.specialChars),
           QStringLiteral("specialCharsValue"));
    right->addWidget(pinBox);

    auto* recoveryBox = new QGroupBox(tr("PUK and admin key"), this);
    auto* recoveryForm = new QFormLayout(recoveryBox);
    addRow(recoveryForm, tr("PUK:"),
           !card.hasPuk            ? tr("None")
           : card.pukTriesLeft > 0 ? tr("%n try/tries left", nullptr, card.pukTriesLeft)
                                   : tr("Blocked"),
           QStringLiteral("pukValue"));
    addRow(recoveryForm, tr("Admin key:"), adminKeyModeText(card.adminKeyMode),
           QStringLiteral("adminKeyValue"));
    addRow(recoveryForm, tr("Admin resets left:"), QString::number(card.adminResetsLeft),
           QStringLiteral("adminResetsValue"));
    addRow(recoveryForm, tr("Wrong responses left:"), QString::number(card.adminTriesLeft),
           QStringLiteral("adminTriesValue"));
    right->addWidget(recoveryBox);
    left->addStretch(1);
    right->addStretch(1);

    auto* keysBox = new QGroupBox(tr("Keys"), this);
    auto* keysLayout = new QVBoxLayout(keysBox);
    m_keys = new QTableWidget(int(card.keys.size()), 6, keysBox);
    m_keys->setObjectName(QStringLiteral("keysTable"));
    m_keys->setAccessibleName(tr("Keys on the card"));
    m_keys->setHorizontalHeaderLabels({tr("Label"), tr("Algorithm"), tr("Created"),
                                       tr("Certificate"), tr("Attested by"), tr("Key ID")});
    m_keys->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keys->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keys->verticalHeader()->hide();
    m_keys->horizontalHeader()->setStretchLastSection(true);
    // Every card key is made in the TPM, so the card's AIK can certify any of them.
    const QString attestedBy =
        !card.attestationKey ? tr("None")
        : card.attestationAuthority.isEmpty()
            ? tr("The card's AIK")
            : tr("The card's AIK, certified by %1").arg(card.attestationAuthority);
    for (int row = 0; row < card.keys.size(); ++row) {
        const KeyInfo& key = card.keys.at(row);
        const QStringList cells = {key.label,
                                   algorithmText(key.algorithm),
                                   dateText(key.created),
                                   key.hasCertificate ? tr("Yes") : tr("No"),
                                   attestedBy,
                                   QString::fromLatin1(key.id.toHex().toUpper())};
        for (int column = 0; column < cells.size(); ++column)
            m_keys->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_keys->resizeColumnsToContents();
    keysLayout->addWidget(m_keys);
    if (card.keys.isEmpty()) {
        auto* none = new QLabel(tr("No keys on this card yet."), keysBox);
        none->setObjectName(QStringLiteral("noKeysLabel"));
        keysLayout->addWidget(none);
        m_keys->hide();
    }
    layout->addWidget(keysBox, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(720, 0)));
}

void CardDetailsDialog::addRow(QFormLayout* form, const QString& label, const QString& value,
                               const QString& objectName)
{
    auto* field = new QLabel(value, this);
    field->setObjectName(objectName);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setWordWrap(true);
    auto* name = new QLabel(label, this);
    name->setBuddy(field);
    field->setAccessibleName(QString(label).remove(u':').trimmed());
    form->addRow(name, field);
}

QString CardDetailsDialog::value(const QString& objectName) const
{
    const auto* field = findChild<QLabel*>(objectName);
    return field ? field->text() : QString();
}

QString CardDetailsDialog::algorithmText(KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case KeyAlgorithm::Rsa2048: return QStringLiteral("RSA 2048");
    case KeyAlgorithm::Rsa3072: return QStringLiteral("RSA 3072");
    case KeyAlgorithm::EccP256: return QStringLiteral("ECC P-256");
    case KeyAlgorithm::EccP384: return QStringLiteral("ECC P-384");
    }
    return {};
}

QString CardDetailsDialog::charRuleText(CharRule rule)
{
    switch (rule) {
    case CharRule::Allowed: return tr("Allowed");
    case CharRule::Disallowed: return tr("Not allowed");
    case CharRule::Required: return tr("Required");
    }
    return {};
}

QString CardDetailsDialog::adminKeyModeText(AdminKeyMode mode)
{
    switch (mode) {
    case AdminKeyMode::Default: return tr("Default key (well known)");
    case AdminKeyMode::Prompt: return tr("Own key");
    case AdminKeyMode::Random: return tr("Random: the card cannot be managed");
    }
    return {};
}

} // namespace tpmvsc
