#include "KeyPage.h"

#include "EnrollText.h"
#include "RequestCertificateWizard.h"
#include "ui/widgets/Notice.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

const QList<KeyAlgorithm> kAllAlgorithms{KeyAlgorithm::Rsa2048, KeyAlgorithm::Rsa3072,
                                         KeyAlgorithm::EccP256, KeyAlgorithm::EccP384};

QString objectNameFor(KeyAlgorithm alg)
{
    switch (alg) {
    case KeyAlgorithm::Rsa2048: return QStringLiteral("keyRsa2048Radio");
    case KeyAlgorithm::Rsa3072: return QStringLiteral("keyRsa3072Radio");
    case KeyAlgorithm::EccP256: return QStringLiteral("keyP256Radio");
    case KeyAlgorithm::EccP384: return QStringLiteral("keyP384Radio");
    }
    return {};
}

} // namespace

KeyPage::KeyPage(RequestCertificateWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("keyPage"));
    setTitle(tr("Choose the key type"));
    setSubTitle(tr("The TPM generates the key; its private part never leaves the TPM."));

    auto* layout = new QVBoxLayout(this);
    auto* box = new QGroupBox(tr("Key type"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_group = new QButtonGroup(this);
    for (KeyAlgorithm alg : kAllAlgorithms) {
        QString text;
        switch (alg) {
        case KeyAlgorithm::Rsa2048: text = tr("RSA &2048-bit (works everywhere)"); break;
        case KeyAlgorithm::Rsa3072: text = tr("RSA &3072-bit (slower on a TPM)"); break;
        case KeyAlgorithm::EccP256: text = tr("ECC &P-256 (fast, small signatures)"); break;
        case KeyAlgorithm::EccP384: text = tr("ECC P-38&4"); break;
        }
        auto* button = new QRadioButton(text, box);
        button->setObjectName(objectNameFor(alg));
        button->setAccessibleName(EnrollText::keyAlgorithm(alg));
        m_group->addButton(button, int(alg));
        m_buttons.insert(alg, button);
        boxLayout->addWidget(button);
    }
    layout->addWidget(box);
    m_allowed = new QLabel(this);
    m_allowed->setObjectName(QStringLiteral("allowedKeysLabel"));
    m_allowed->setWordWrap(true);
    layout->addWidget(m_allowed);
    m_slowNote = new Notice(Notice::Kind::Information, this);
    m_slowNote->setObjectName(QStringLiteral("slowKeyNotice"));
    m_slowNote->setText(tr("An RSA 3072-bit key is slower on a TPM: generating it can take a "
                           "minute, and every signature takes longer."));
    layout->addWidget(m_slowNote);

    auto* selfBox = new QGroupBox(tr("Without a certificate authority"), this);
    auto* selfLayout = new QVBoxLayout(selfBox);
    m_selfSigned =
        new QCheckBox(tr("Make a &self-signed certificate instead of a request"), selfBox);
    m_selfSigned->setObjectName(QStringLiteral("selfSignedCheck"));
    m_selfSigned->setAccessibleName(tr("Make a self-signed certificate instead of a request"));
    selfLayout->addWidget(m_selfSigned);
    auto* validityRow = new QHBoxLayout;
    m_validityLabel = new QLabel(tr("&Valid for:"), selfBox);
    m_validity = new QSpinBox(selfBox);
    m_validity->setObjectName(QStringLiteral("validitySpin"));
    m_validity->setAccessibleName(tr("Validity in days"));
    m_validity->setRange(1, kMaxValidityDays);
    m_validity->setSuffix(tr(" days"));
    m_validityLabel->setBuddy(m_validity);
    validityRow->addWidget(m_validityLabel);
    validityRow->addWidget(m_validity);
    validityRow->addStretch(1);
    selfLayout->addLayout(validityRow);
    m_selfSignedNote = new Notice(Notice::Kind::Information, selfBox);
    m_selfSignedNote->setObjectName(QStringLiteral("selfSignedNotice"));
    selfLayout->addWidget(m_selfSignedNote);
    layout->addWidget(selfBox);
    layout->addStretch(1);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            update();
    });
    connect(m_selfSigned, &QCheckBox::toggled, this, &KeyPage::update);
}

KeyAlgorithm KeyPage::chosen() const
{
    return KeyAlgorithm(m_group->checkedId());
}

void KeyPage::initializePage()
{
    const RequestModel& m = m_wizard.model();
    const CertificateTemplate& t = *m.certificateTemplate;
    for (KeyAlgorithm alg : kAllAlgorithms) {
        QRadioButton* button = m_buttons.value(alg);
        // Only the key part of the refusal matters here: the names were checked before.
        const QString refusal = t.keyAlgorithms.contains(alg)
                                    ? templateRefusal(t, alg, {}).said()
                                    : tr("The template \"%1\" does not allow this key type.")
                                          .arg(EnrollText::templateName(t));
        button->setEnabled(refusal.isEmpty());
        button->setToolTip(refusal);
    }
    QRadioButton* current = m_buttons.value(m.keyAlgorithm);
    if (!current->isEnabled())
        current = m_buttons.value(t.defaultKeyAlgorithm());
    current->setChecked(true);
    m_allowed->setText(
        tr("The template \"%1\" allows: %2.")
            .arg(EnrollText::templateName(t), EnrollText::keyAlgorithmList(t.keyAlgorithms)));
    m_selfSigned->setChecked(m.selfSigned);
    m_validity->setValue(m.validityDays > 0 ? m.validityDays : t.validityDays);
    update();
    current->setFocus();
}

void KeyPage::update()
{
    m_slowNote->setVisible(m_group->checkedId() == int(KeyAlgorithm::Rsa3072));
    const bool self = m_selfSigned->isChecked();
    m_validity->setEnabled(self);
    m_validityLabel->setEnabled(self);
    if (self && m_wizard.model().subject.trimmed().isEmpty()) {
        m_selfSignedNote->setKind(Notice::Kind::Error);
        m_selfSignedNote->setText(tr("A self-signed certificate needs a subject: go back and "
                                     "enter one."));
    } else {
        m_selfSignedNote->setKind(Notice::Kind::Information);
        m_selfSignedNote->setText(
            self ? tr("The certificate is signed by its own key and stored on the card. "
                      "Nobody else vouches for it: use it for tests, or where you trust it "
                      "by hand.")
                 : tr("A request is made for your certificate authority; you import the "
                      "certificate it issues later."));
    }
    Q_EMIT completeChanged();
}

bool KeyPage::isComplete() const
{
    const QAbstractButton* checked = m_group->checkedButton();
    if (!checked || !checked->isEnabled())
        return false;
    return !(m_selfSigned->isChecked() && m_wizard.model().subject.trimmed().isEmpty());
}

void KeyPage::cleanupPage()
{
    storeToModel(); // going back keeps the choices
}

bool KeyPage::validatePage()
{
    storeToModel();
    return isComplete();
}

void KeyPage::storeToModel()
{
    RequestModel& m = m_wizard.model();
    if (const QAbstractButton* checked = m_group->checkedButton(); checked && checked->isEnabled())
        m.keyAlgorithm = chosen();
    m.selfSigned = m_selfSigned->isChecked();
    m.validityDays = m_validity->value();
}

} // namespace tpmvsc
