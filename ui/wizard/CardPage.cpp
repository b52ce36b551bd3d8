#include "CardPage.h"

#include "CreateCardModel.h"
#include "CreateCardWizard.h"
#include "core/store/CardRecord.h"
#include "ui/widgets/Notice.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace tpmvsc {

CardPage::CardPage(CreateCardModel& model) : m_model(model)
{
    setObjectName(QStringLiteral("cardPage"));
    setTitle(tr("Name the card"));
    setSubTitle(tr("The name tells your cards apart, in this program and in the programs that "
                   "use the card."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("cardNameEdit"));
    m_name->setAccessibleName(tr("Card name"));
    m_name->setMaxLength(CardRecord::kMaxTextLength);
    m_name->setPlaceholderText(tr("for example: Work card"));
    auto* nameLabel = new QLabel(tr("Card na&me:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    layout->addLayout(form);
    // Out in the open, not under the advanced options: the random key that is chosen for
    // people who click through decides whether a helpdesk can ever reset the PIN, and the
    // other two choices are one click away.
    layout->addWidget(buildAdminKey());

    m_advancedButton = new QToolButton(this);
    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setText(tr("&Advanced options"));
    m_advancedButton->setAccessibleName(tr("Show advanced options"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeft);

    m_advanced = buildAdvanced();
    m_advanced->setVisible(false);
    layout->addWidget(m_advanced);
    layout->addStretch(1);

    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool shown) {
        m_advanced->setVisible(shown);
        // Grow the window to fit the options instead of squeezing them.
        if (auto* wizard = qobject_cast<CreateCardWizard*>(this->wizard()); wizard && shown)
            wizard->fitToContents();
        m_advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_advancedButton->setAccessibleName(shown ? tr("Hide advanced options")
                                                  : tr("Show advanced options"));
    });
    connect(m_name, &QLineEdit::textChanged, this, &CardPage::updateModel);
    updateModel();
}

QComboBox* CardPage::charRuleCombo(const char* objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setAccessibleName(accessibleName);
    combo->addItem(tr("Allowed"), int(CharRule::Allowed));
    combo->addItem(tr("Required"), int(CharRule::Required));
    combo->addItem(tr("Not allowed"), int(CharRule::Disallowed));
    connect(combo, &QComboBox::currentIndexChanged, this, &CardPage::updateModel);
    return combo;
}

QWidget* CardPage::buildAdminKey()
{
    // tpmvscmgr /AdminKey RANDOM | PROMPT | DEFAULT. Random first: it is the wizard's
    // default, since a public key would let anyone who reads the card's files reset the PIN.
    auto* adminBox = new QGroupBox(tr("Admin key"), this);
    adminBox->setObjectName(QStringLiteral("adminKeyBox"));
    auto* adminLayout = new QVBoxLayout(adminBox);
    m_adminKey = new QButtonGroup(adminBox);
    m_adminRandom = new QRadioButton(tr("&Random key, never shown"), adminBox);
    m_adminRandom->setObjectName(QStringLiteral("adminKeyRandomRadio"));
    m_adminRandom->setAccessibleName(tr("Admin key: random key, never shown"));
    m_adminEnter = new QRadioButton(tr("&Enter a key (48 hexadecimal digits)"), adminBox);
    m_adminEnter->setObjectName(QStringLiteral("adminKeyEnterRadio"));
    m_adminEnter->setAccessibleName(tr("Admin key: enter a key"));
    m_adminDefault = new QRadioButton(tr("&Default key (well known)"), adminBox);
    m_adminDefault->setObjectName(QStringLiteral("adminKeyDefaultRadio"));
    m_adminDefault->setAccessibleName(tr("Admin key: default key"));
    m_adminKey->addButton(m_adminRandom, int(AdminKeyMode::Random));
    m_adminKey->addButton(m_adminEnter, int(AdminKeyMode::Prompt));
    m_adminKey->addButton(m_adminDefault, int(AdminKeyMode::Default));
    m_adminKey->button(int(m_model.adminKeyMode))->setChecked(true);
    m_adminNote = new Notice(Notice::Kind::Information, adminBox);
    m_adminNote->setObjectName(QStringLiteral("adminKeyNotice"));
    for (QWidget* w : {static_cast<QWidget*>(m_adminRandom), static_cast<QWidget*>(m_adminEnter),
                       static_cast<QWidget*>(m_adminDefault), static_cast<QWidget*>(m_adminNote)})
        adminLayout->addWidget(w);
    connect(m_adminKey, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateModel();
    });
    return adminBox;
}

QWidget* CardPage::buildAdvanced()
{
    auto* advanced = new QWidget(this);
    advanced->setObjectName(QStringLiteral("advancedOptions"));
    auto* columns = new QHBoxLayout(advanced);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    columns->addLayout(left, 3);

    // Card contents: tpmvscmgr /generate and /PUK.
    auto* cardBox = new QGroupBox(tr("Card"), advanced);
    auto* cardLayout = new QVBoxLayout(cardBox);
    m_fileSystem = new QCheckBox(tr("Create the card's &file system now"), cardBox);
    m_fileSystem->setObjectName(QStringLiteral("fileSystemCheck"));
    m_fileSystem->setAccessibleName(tr("Create the card's file system now"));
    m_fileSystem->setChecked(m_model.fileSystem);
    m_fileSystemNote = new Notice(Notice::Kind::Information, cardBox);
    m_fileSystemNote->setObjectName(QStringLiteral("fileSystemNotice"));
    m_puk = new QCheckBox(tr("Set a &PUK to unblock the card"), cardBox);
    m_puk->setObjectName(QStringLiteral("pukCheck"));
    m_puk->setAccessibleName(tr("Set a PUK to unblock the card"));
    m_puk->setChecked(m_model.withPuk);
    m_puk->setToolTip(tr("With a PUK you can unblock the card yourself after too many wrong "
                         "PINs. Without one, only the admin key can."));
    m_attestation = new QCheckBox(tr("Give the card an a&ttestation key"), cardBox);
    m_attestation->setObjectName(QStringLiteral("attestationCheck"));
    m_attestation->setAccessibleName(tr("Give the card an attestation key"));
    m_attestation->setChecked(m_model.attestationKey);
    m_attestation->setToolTip(tr("A key of the TPM that can prove to a relying party or a CA "
                                 "that the card's keys were made in this TPM and cannot leave "
                                 "it."));
    // tpmvscmgr /attestation AIK_AND_CERT /attestationca URL: empty is AIK_ONLY.
    m_attestationCa = new QLineEdit(m_model.attestationCa, cardBox);
    m_attestationCa->setObjectName(QStringLiteral("attestationCaEdit"));
    m_attestationCa->setAccessibleName(tr("Attestation CA address"));
    m_attestationCa->setPlaceholderText(tr("https://ca.example.org (optional)"));
    m_attestationCa->setToolTip(
        tr("The attestation CA checks the TPM's endorsement key certificate and certifies the "
           "attestation key. Without an address the key has no certificate."));
    auto* caLabel = new QLabel(tr("Attestation &CA:"), cardBox);
    caLabel->setBuddy(m_attestationCa);
    auto* caRow = new QHBoxLayout;
    caRow->setContentsMargins(24, 0, 0, 0); // under the check box it belongs to
    caRow->addWidget(caLabel);
    caRow->addWidget(m_attestationCa, 1);
    m_attestationCaProblem = new Notice(Notice::Kind::Error, cardBox);
    m_attestationCaProblem->setObjectName(QStringLiteral("attestationCaNotice"));
    m_attestationCaProblem->setText(
        tr("The attestation CA's address must be an http:// or https:// URL."));
    cardLayout->addWidget(m_fileSystem);
    cardLayout->addWidget(m_fileSystemNote);
    cardLayout->addWidget(m_puk);
    cardLayout->addWidget(m_attestation);
    cardLayout->addLayout(caRow);
    cardLayout->addWidget(m_attestationCaProblem);
    left->addWidget(cardBox);

    left->addStretch(1);

    // tpmvscmgr /pinpolicy, and the card's retry limit.
    auto* policyBox = new QGroupBox(tr("PIN rules"), advanced);
    auto* policyForm = new QFormLayout(policyBox);
    m_minLen = new QSpinBox(policyBox);
    m_minLen->setObjectName(QStringLiteral("pinMinSpin"));
    m_minLen->setAccessibleName(tr("Minimum PIN length"));
    m_minLen->setRange(PinPolicy::kMinLenLowerBound, PinPolicy::kMaxLenUpperBound);
    m_minLen->setValue(m_model.pinPolicy.minLen);
    m_maxLen = new QSpinBox(policyBox);
    m_maxLen->setObjectName(QStringLiteral("pinMaxSpin"));
    m_maxLen->setAccessibleName(tr("Maximum PIN length"));
    m_maxLen->setRange(PinPolicy::kMinLenLowerBound, PinPolicy::kMaxLenUpperBound);
    m_maxLen->setValue(m_model.pinPolicy.maxLen);
    m_upper = charRuleCombo("uppercaseCombo", tr("Uppercase letters in the PIN"));
    m_lower = charRuleCombo("lowercaseCombo", tr("Lowercase letters in the PIN"));
    m_digits = charRuleCombo("digitsCombo", tr("Digits in the PIN"));
    m_special = charRuleCombo("specialCombo", tr("Symbols and spaces in the PIN"));
    m_tries = new QSpinBox(policyBox);
    m_tries->setObjectName(QStringLiteral("pinTriesSpin"));
    m_tries->setAccessibleName(tr("Wrong PINs before the card blocks"));
    m_tries->setRange(1, CardRecord::kMaxTries);
    m_tries->setValue(m_model.pinTries);
    auto addRow = [policyForm, policyBox](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, policyBox);
        label->setBuddy(field);
        policyForm->addRow(label, field);
    };
    addRow(tr("M&inimum length:"), m_minLen);
    addRow(tr("Ma&ximum length:"), m_maxLen);
    addRow(tr("&Uppercase (A-Z):"), m_upper);
    addRow(tr("&Lowercase (a-z):"), m_lower);
    addRow(tr("Di&gits (0-9):"), m_digits);
    addRow(tr("&Symbols, spaces:"), m_special);
    addRow(tr("&Wrong PINs before blocking:"), m_tries);
    m_policyProblem = new Notice(Notice::Kind::Error, policyBox);
    m_policyProblem->setObjectName(QStringLiteral("policyProblemNotice"));
    policyForm->addRow(m_policyProblem);
    columns->addWidget(policyBox, 2, Qt::AlignTop);

    connect(m_fileSystem, &QCheckBox::toggled, this, &CardPage::updateModel);
    connect(m_attestation, &QCheckBox::toggled, this, &CardPage::updateModel);
    connect(m_attestationCa, &QLineEdit::textChanged, this, &CardPage::updateModel);
    connect(m_puk, &QCheckBox::toggled, this, &CardPage::updateModel);
    for (QSpinBox* spin : {m_minLen, m_maxLen, m_tries})
        connect(spin, &QSpinBox::valueChanged, this, &CardPage::updateModel);
    return advanced;
}

void CardPage::initializePage()
{
    m_name->setFocus();
}

void CardPage::updateModel()
{
    m_model.name = m_name->text();
    m_model.fileSystem = m_fileSystem->isChecked();
    m_model.withPuk = m_puk->isChecked();
    m_model.attestationKey = m_attestation->isChecked();
    m_model.attestationCa = m_attestationCa->text().trimmed();
    m_attestationCa->setEnabled(m_model.attestationKey);
    m_attestationCaProblem->setVisible(m_model.attestationCaWrong());
    m_model.adminKeyMode = AdminKeyMode(m_adminKey->checkedId());
    PinPolicy& p = m_model.pinPolicy;
    p.minLen = m_minLen->value();
    p.maxLen = m_maxLen->value();
    p.uppercase = CharRule(m_upper->currentData().toInt());
    p.lowercase = CharRule(m_lower->currentData().toInt());
    p.digits = CharRule(m_digits->currentData().toInt());
    p.specialChars = CharRule(m_special->currentData().toInt());
    m_model.pinTries = m_tries->value();

    const bool random = m_model.adminKeyMode == AdminKeyMode::Random;
    if (m_model.fileSystem) {
        m_fileSystemNote->setKind(Notice::Kind::Information);
        m_fileSystemNote->setText(tr("The card is ready for keys and certificates at once."));
    } else if (random) {
        m_fileSystemNote->setKind(Notice::Kind::Warning);
        m_fileSystemNote->setText(
            tr("Without a file system the card holds no keys. With a random admin key nobody "
               "can ever create one: the card would stay empty."));
    } else {
        m_fileSystemNote->setKind(Notice::Kind::Information);
        m_fileSystemNote->setText(tr("The card holds no keys until a management tool creates "
                                     "its file system with the admin key."));
    }

    switch (m_model.adminKeyMode) {
    case AdminKeyMode::Default:
        m_adminNote->setKind(Notice::Kind::Warning);
        m_adminNote->setText(
            tr("The default key 010203…0708 is public: anyone who can read this card's files "
               "can compute the admin responses and reset your PIN. Fine for trying things "
               "out, weak for real use."));
        break;
    case AdminKeyMode::Prompt:
        m_adminNote->setKind(Notice::Kind::Information);
        m_adminNote->setText(tr("You type the key on a later page. Keep it safe: your helpdesk "
                                "needs it to reset a forgotten PIN."));
        break;
    case AdminKeyMode::Random:
        m_adminNote->setKind(Notice::Kind::Warning);
        m_adminNote->setText(
            tr("Nobody will ever know this key, so the card cannot be managed: no PIN reset by "
               "a helpdesk, ever. If you forget the PIN (and the PUK), the card and its keys "
               "are lost. Enter a key if a helpdesk should be able to reset the PIN."));
        break;
    }

    const QString problem = m_model.pinPolicy.validate().said();
    m_policyProblem->setVisible(!problem.isEmpty());
    m_policyProblem->setText(problem);
    Q_EMIT completeChanged();
}

bool CardPage::isComplete() const
{
    return !m_model.name.trimmed().isEmpty() && m_model.pinPolicy.validate().isEmpty() &&
           !m_model.attestationCaWrong();
}

int CardPage::nextId() const
{
    return CreateCardWizard::PinPageId;
}

} // namespace tpmvsc
