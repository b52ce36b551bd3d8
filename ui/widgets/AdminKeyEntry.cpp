#include "AdminKeyEntry.h"

#include "SecretField.h"
#include "core/card/AdminResponse.h"
#include "core/util/HexText.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

constexpr int kHexDigits = kAdminKeySize * 2;

void configureKeyField(QLineEdit* edit)
{
    // Room for separators, not for a novel.
    configureSecretField(edit, Qt::ImhPreferUppercase, 4 * kHexDigits);
    QFont mono = edit->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    edit->setFont(mono);
}

} // namespace

AdminKeyEntry::AdminKeyEntry(Mode mode, QWidget* parent) : QWidget(parent), m_mode(mode)
{
    // The status below the grid, not in it: a grid gives a wrapped label the height of its
    // lines at the grid's preferred width, so a sentence that wraps more was cut off.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    int row = 0;
    m_label = new QLabel(this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("adminKeyEdit"));
    configureKeyField(m_edit);
    m_label->setBuddy(m_edit);
    grid->addWidget(m_label, row, 0);
    grid->addWidget(m_edit, row++, 1);
    if (mode == Mode::WithConfirmation) {
        m_confirmLabel = new QLabel(this);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("adminKeyConfirmEdit"));
        configureKeyField(m_confirm);
        m_confirmLabel->setBuddy(m_confirm);
        grid->addWidget(m_confirmLabel, row, 0);
        grid->addWidget(m_confirm, row++, 1);
    }
    m_show = new QCheckBox(this);
    m_show->setObjectName(QStringLiteral("adminKeyShowCheck"));
    grid->addWidget(m_show, row++, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("adminKeyStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connectSecretFields(this, &AdminKeyEntry::refresh, m_edit, m_confirm, m_show);
    setFocusProxy(m_edit);
    retranslate();
    refresh();
}

AdminKeyEntry::~AdminKeyEntry()
{
    // Nobody may hear about the clearing: the page above is being destroyed too.
    blockSignals(true);
    clear();
}

void AdminKeyEntry::retranslate()
{
    m_label->setText(tr("&Admin key:"));
    m_edit->setAccessibleName(tr("Admin key, 48 hexadecimal digits"));
    m_edit->setPlaceholderText(tr("48 hexadecimal digits"));
    if (m_confirm) {
        m_confirmLabel->setText(tr("Con&firm admin key:"));
        m_confirm->setAccessibleName(tr("Confirm admin key"));
    }
    m_show->setText(tr("Show admin &key"));
    m_show->setAccessibleName(tr("Show admin key"));
}

void AdminKeyEntry::refresh()
{
    // Scanned in place and decoded straight into a Secret: the key's digits are never
    // copied into another string.
    const HexScan scan = scanHex(m_edit->text());
    bool valid = false;
    if (scan.badPosition > 0) {
        m_status->setText(
            tr("Character %1 is not a hexadecimal digit (0-9, A-F).").arg(scan.badPosition));
    } else if (scan.digits != kHexDigits) {
        m_status->setText(tr("%1 of %2 hexadecimal digits.").arg(scan.digits).arg(kHexDigits));
    } else if (const AdminKeyWeakness weak = adminKeyWeakness(parseAdminKey(m_edit->text()))) {
        if (m_mode == Mode::WithConfirmation) {
            // Checked before the confirmation, as tpmvscmgr checks it.
            m_status->setText(weaknessText(weak));
        } else {
            m_status->setText(tr("The admin key is complete. It is weak: its parts repeat, so it "
                                 "protects no better than single DES. Its responses still work "
                                 "for the cards that have it."));
            valid = true;
        }
    } else if (m_confirm) {
        const HexScan confirmScan = scanHex(m_confirm->text());
        if (m_confirm->text().isEmpty()) {
            m_status->setText(tr("48 hexadecimal digits. Now type the key again to confirm it."));
        } else if (confirmScan.badPosition > 0 || confirmScan.digits != kHexDigits ||
                   !(parseAdminKey(m_confirm->text()) == parseAdminKey(m_edit->text()))) {
            m_status->setText(tr("The two admin keys are not the same."));
        } else {
            m_status->setText(tr("The admin key is complete and confirmed."));
            valid = true;
        }
    } else {
        m_status->setText(tr("The admin key is complete."));
        valid = true;
    }
    m_status->setAccessibleName(m_status->text());
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

QString AdminKeyEntry::weaknessText(const AdminKeyWeakness& weak)
{
    constexpr int kPartDigits = kHexDigits / 3;
    const int from1 = (weak.firstPart - 1) * kPartDigits + 1;
    const int from2 = (weak.secondPart - 1) * kPartDigits + 1;
    const QString text =
        weak.parityOnly
            ? tr("Digits %1-%2 and %3-%4 differ only in the lowest bit of each byte, which DES "
                 "ignores: this key is no stronger than single DES, whose keys can all be "
                 "tried. Choose a key whose three 16-digit parts differ.")
            : tr("Digits %1-%2 and %3-%4 are the same: this key is no stronger than single DES, "
                 "whose keys can all be tried. Choose a key whose three 16-digit parts differ.");
    return text.arg(from1).arg(from1 + kPartDigits - 1).arg(from2).arg(from2 + kPartDigits - 1);
}

Secret AdminKeyEntry::secret() const
{
    if (!m_valid)
        return Secret();
    return parseAdminKey(m_edit->text());
}

void AdminKeyEntry::clear()
{
    m_edit->clear();
    if (m_confirm)
        m_confirm->clear();
}

QString AdminKeyEntry::statusText() const
{
    return m_status->text();
}

void AdminKeyEntry::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace tpmvsc
