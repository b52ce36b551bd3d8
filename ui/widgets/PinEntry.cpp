#include "PinEntry.h"

#include "Notice.h"
#include "SecretField.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

const char* statePropertyValue(PinRuleState state)
{
    switch (state) {
    case PinRuleState::Met: return "met";
    case PinRuleState::NotMet: return "notMet";
    case PinRuleState::Forbidden: return "forbidden";
    }
    return "notMet";
}

QIcon stateIcon(const QStyle* style, PinRuleState state)
{
    switch (state) {
    case PinRuleState::Met: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case PinRuleState::NotMet: return style->standardIcon(QStyle::SP_DialogNoButton);
    case PinRuleState::Forbidden: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

void configurePinField(QLineEdit* edit)
{
    configureSecretField(edit, Qt::ImhNoAutoUppercase, PinPolicy::kMaxLenUpperBound);
}

} // namespace

PinEntry::PinEntry(SecretKind kind, Mode mode, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_mode(mode),
      m_policy(kind == SecretKind::Puk ? PinPolicy::pukPolicy() : PinPolicy())
{
    const QString base = kind == SecretKind::Pin ? QStringLiteral("pin") : QStringLiteral("puk");
    m_prefix = mode == Mode::Current
                   ? QStringLiteral("current") + base.at(0).toUpper() + base.mid(1)
                   : base;

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    int row = 0;

    m_label = new QLabel(this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(m_prefix + QStringLiteral("Edit"));
    configurePinField(m_edit);
    m_edit->installEventFilter(this);
    m_label->setBuddy(m_edit);
    grid->addWidget(m_label, row, 0);
    grid->addWidget(m_edit, row++, 1);

    m_lengthLabel = new QLabel(this);
    m_lengthLabel->setObjectName(m_prefix + QStringLiteral("LengthLabel"));
    grid->addWidget(m_lengthLabel, row++, 1);

    if (mode == Mode::NewWithConfirmation) {
        m_confirmLabel = new QLabel(this);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(m_prefix + QStringLiteral("ConfirmEdit"));
        configurePinField(m_confirm);
        m_confirm->installEventFilter(this);
        m_confirmLabel->setBuddy(m_confirm);
        grid->addWidget(m_confirmLabel, row, 0);
        grid->addWidget(m_confirm, row++, 1);
        m_mismatchLabel = new Notice(Notice::Kind::Error, this);
        m_mismatchLabel->setObjectName(m_prefix + QStringLiteral("MismatchLabel"));
        m_mismatchLabel->hide();
        grid->addWidget(m_mismatchLabel, row++, 1);
    }

    m_show = new QCheckBox(this);
    m_show->setObjectName(m_prefix + QStringLiteral("ShowCheck"));
    grid->addWidget(m_show, row++, 1);

    m_capsLabel = new Notice(Notice::Kind::Warning, this);
    m_capsLabel->setObjectName(m_prefix + QStringLiteral("CapsLockLabel"));
    m_capsLabel->hide();
    grid->addWidget(m_capsLabel, row++, 1);

    if (mode != Mode::Current) {
        m_rulesBox = new QGroupBox(this);
        m_rulesBox->setObjectName(m_prefix + QStringLiteral("RulesBox"));
        m_rulesLayout = new QVBoxLayout(m_rulesBox);
        grid->addWidget(m_rulesBox, row++, 0, 1, 2);
    }

    connectSecretFields(this, &PinEntry::refresh, m_edit, m_confirm, m_show);

    setFocusProxy(m_edit);
    retranslate();
    rebuildRules();
    refresh();
}

PinEntry::~PinEntry()
{
    // Nobody may hear about the clearing: the page above is being destroyed too.
    blockSignals(true);
    clear();
}

QString PinEntry::ruleName(PinRuleId rule)
{
    switch (rule) {
    case PinRuleId::MinLength: return QStringLiteral("MinLength");
    case PinRuleId::MaxLength: return QStringLiteral("MaxLength");
    case PinRuleId::PrintableAscii: return QStringLiteral("PrintableAscii");
    case PinRuleId::Uppercase: return QStringLiteral("Uppercase");
    case PinRuleId::Lowercase: return QStringLiteral("Lowercase");
    case PinRuleId::Digits: return QStringLiteral("Digits");
    case PinRuleId::SpecialChars: return QStringLiteral("SpecialChars");
    }
    return QString();
}

QString PinEntry::kindName() const
{
    return m_kind == SecretKind::Pin ? tr("PIN") : tr("PUK");
}

void PinEntry::retranslate()
{
    const bool pin = m_kind == SecretKind::Pin;
    if (m_mode == Mode::Current)
        m_label->setText(pin ? tr("C&urrent PIN:") : tr("PU&K:"));
    else
        m_label->setText(pin ? tr("New &PIN:") : tr("New P&UK:"));
    m_edit->setAccessibleName(m_mode == Mode::Current ? (pin ? tr("Current PIN") : tr("PUK"))
                                                      : (pin ? tr("New PIN") : tr("New PUK")));
    if (m_confirm) {
        m_confirmLabel->setText(pin ? tr("&Confirm PIN:") : tr("C&onfirm PUK:"));
        m_confirm->setAccessibleName(pin ? tr("Confirm PIN") : tr("Confirm PUK"));
        m_mismatchLabel->setText(pin ? tr("The two PINs are not the same.")
                                     : tr("The two PUKs are not the same."));
    }
    // The current secret and the new PIN share dialogs: their Alt+letters differ.
    if (m_mode == Mode::Current)
        m_show->setText(pin ? tr("Sho&w PIN") : tr("Sho&w PUK"));
    else
        m_show->setText(pin ? tr("&Show PIN") : tr("S&how PUK"));
    m_show->setAccessibleName(pin ? tr("Show PIN") : tr("Show PUK"));
    m_capsLabel->setText(tr("Caps Lock seems to be on."));
    if (m_rulesBox)
        m_rulesBox->setTitle(pin ? tr("The PIN must have") : tr("The PUK must have"));
}

QString PinEntry::ruleText(const PinRuleResult& result) const
{
    auto required = [](CharRule rule) { return rule == CharRule::Required; };
    switch (result.rule) {
    // Limits are at least 4 (PinPolicy::kMinLenLowerBound): always plural in English.
    case PinRuleId::MinLength: return tr("At least %1 characters").arg(result.limit);
    case PinRuleId::MaxLength: return tr("At most %1 characters").arg(result.limit);
    case PinRuleId::PrintableAscii:
        return tr("Only letters A-Z and a-z, digits, spaces and ASCII symbols");
    case PinRuleId::Uppercase:
        return required(m_policy.uppercase) ? tr("At least one uppercase letter (A-Z)")
                                            : tr("No uppercase letters");
    case PinRuleId::Lowercase:
        return required(m_policy.lowercase) ? tr("At least one lowercase letter (a-z)")
                                            : tr("No lowercase letters");
    case PinRuleId::Digits:
        return required(m_policy.digits) ? tr("At least one digit (0-9)") : tr("No digits");
    case PinRuleId::SpecialChars:
        return required(m_policy.specialChars)
                   ? tr("At least one symbol or space (such as ! # % or -)")
                   : tr("No symbols or spaces");
    }
    return QString();
}

void PinEntry::setPolicy(const PinPolicy& policy)
{
    if (m_mode == Mode::Current || policy == m_policy)
        return;
    m_policy = policy;
    rebuildRules();
    refresh();
}

void PinEntry::rebuildRules()
{
    if (!m_rulesLayout)
        return;
    for (const RuleRow& r : std::as_const(m_rules))
        delete r.row;
    m_rules.clear();
    // The rule lines are those checkPin answers for this policy, in its fixed order.
    const PinCheck check = checkPin(m_policy, QString());
    for (const PinRuleResult& result : check.rules) {
        RuleRow r;
        r.row = new QWidget(m_rulesBox);
        r.row->setObjectName(m_prefix + QStringLiteral("Rule") + ruleName(result.rule));
        auto* layout = new QHBoxLayout(r.row);
        layout->setContentsMargins(0, 0, 0, 0);
        r.icon = new QLabel(r.row);
        r.text = new QLabel(ruleText(result), r.row);
        r.text->setWordWrap(true);
        layout->addWidget(r.icon);
        layout->addWidget(r.text, 1);
        m_rulesLayout->addWidget(r.row);
        m_rules.insert(result.rule, r);
    }
}

void PinEntry::refresh()
{
    const QString text = m_edit->text();
    const int length = int(text.size());
    if (m_mode == Mode::Current)
        m_lengthLabel->setText(tr("Length: %1").arg(length));
    else
        m_lengthLabel->setText(
            tr("%1 characters (%2 to %3)").arg(length).arg(m_policy.minLen).arg(m_policy.maxLen));
    m_lengthLabel->setAccessibleName(m_lengthLabel->text());

    bool valid = false;
    if (m_mode == Mode::Current) {
        valid = !text.isEmpty();
    } else {
        const PinCheck check = checkPin(m_policy, text);
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        for (const PinRuleResult& result : check.rules) {
            auto it = m_rules.find(result.rule);
            if (it == m_rules.end())
                continue;
            RuleRow& r = *it;
            r.state = result.state;
            r.row->setProperty("ruleState", QString::fromLatin1(statePropertyValue(result.state)));
            r.icon->setPixmap(stateIcon(style(), result.state)
                                  .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
            QFont font = r.text->font();
            font.setBold(result.state == PinRuleState::Forbidden);
            r.text->setFont(font);
            const QString stateWord = result.state == PinRuleState::Met      ? tr("met")
                                      : result.state == PinRuleState::NotMet ? tr("not met yet")
                                                                             : tr("broken");
            r.row->setAccessibleName(ruleText(result) + QStringLiteral(": ") + stateWord);
            r.text->setAccessibleName(r.row->accessibleName());
            r.icon->setToolTip(stateWord);
        }
        valid = check.ok();
        if (m_confirm) {
            const QString confirm = m_confirm->text();
            // Typing the confirmation is not a mistake yet while it is a start of the PIN;
            // it is once it goes astray, or once the user left the field unequal.
            const bool astray =
                !confirm.isEmpty() && (!text.startsWith(confirm) || confirm.size() > text.size() ||
                                       (m_confirmLeft && confirm != text));
            m_mismatchLabel->setVisible(astray);
            valid = valid && confirm == text;
        }
    }
    const bool changed = valid != m_valid;
    m_valid = valid;
    if (changed)
        Q_EMIT validityChanged(valid);
    Q_EMIT edited();
}

Secret PinEntry::secret() const
{
    return Secret::fromText(m_edit->text());
}

void PinEntry::clear()
{
    // QLineEdit keeps no undo history for password fields; clearing drops the text.
    m_edit->clear();
    if (m_confirm)
        m_confirm->clear();
    m_confirmLeft = false;
    m_capsLabel->hide();
}

std::optional<PinRuleState> PinEntry::ruleState(PinRuleId rule) const
{
    auto it = m_rules.find(rule);
    if (it == m_rules.end())
        return std::nullopt;
    return it->state;
}

bool PinEntry::capsLockHintShown() const
{
    return !m_capsLabel->isHidden();
}

bool PinEntry::mismatchShown() const
{
    return m_mismatchLabel && !m_mismatchLabel->isHidden();
}

bool PinEntry::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        // Qt cannot ask the keyboard for Caps Lock; a letter whose case disagrees with
        // Shift tells it (the method password managers use).
        const auto* key = static_cast<QKeyEvent*>(event);
        const QString typed = key->text();
        if (typed.size() == 1 && typed.at(0).isLetter() &&
            typed.at(0).toUpper() != typed.at(0).toLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            const bool upper = typed.at(0).isUpper();
            m_capsLabel->setVisible(upper != shift);
        } else if (key->key() == Qt::Key_CapsLock) {
            m_capsLabel->setVisible(m_capsLabel->isHidden());
        }
    } else if (event->type() == QEvent::FocusOut && watched == m_confirm) {
        m_confirmLeft = true;
        refresh();
    }
    return QWidget::eventFilter(watched, event);
}

void PinEntry::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildRules();
        refresh();
    } else if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace tpmvsc
