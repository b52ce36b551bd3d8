// The PIN (or PUK) field used wherever a user sets or types one: the field, an optional
// confirmation field, live rule-by-rule checking against the card's policy (each rule of
// tpmvsc::checkPin shown with its state, re-evaluated on every keystroke), a length
// counter, a show/hide toggle, a Caps Lock hint and a mismatch note at the confirmation.
// The words are this widget's own (tr), keyed by PinRuleId, so they translate.
#pragma once

#include "core/policy/PinPolicy.h"
#include "core/util/Secret.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QCheckBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace tpmvsc {

class Notice;

class PinEntry : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        NewWithConfirmation, // a new PIN/PUK: policy checked live, typed twice
        New,                 // a new PIN/PUK checked live, typed once
        Current,             // an existing PIN/PUK to prove: no policy, no confirmation
    };

    // Child object names start with "pin", "puk", "currentPin" or "currentPuk":
    // <prefix>Edit, <prefix>ConfirmEdit, <prefix>ShowCheck, <prefix>LengthLabel,
    // <prefix>MismatchLabel, <prefix>CapsLockLabel, <prefix>Rule<RuleName> (one row per
    // rule, property "ruleState": "met", "notMet" or "forbidden").
    PinEntry(SecretKind kind, Mode mode, QWidget* parent = nullptr);
    ~PinEntry() override; // clears the fields: the typed text does not outlive the widget

    // The policy the new PIN must meet (for a PUK: PinPolicy::pukPolicy(), the default).
    void setPolicy(const PinPolicy& policy);
    const PinPolicy& policy() const { return m_policy; }

    bool isValid() const { return m_valid; }
    Secret secret() const; // the typed text as UTF-8 bytes
    void clear();

    // The state shown for a rule now, or nothing when the policy has no such rule.
    std::optional<PinRuleState> ruleState(PinRuleId rule) const;
    bool capsLockHintShown() const;
    bool mismatchShown() const;
    QLineEdit* field() const { return m_edit; }
    QLineEdit* confirmField() const { return m_confirm; }
    QString objectNamePrefix() const { return m_prefix; }
    static QString ruleName(PinRuleId rule); // "MinLength", ... (object names)

Q_SIGNALS:
    void validityChanged(bool valid);
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString ruleText(const PinRuleResult& result) const;
    QString kindName() const;
    void retranslate();
    void rebuildRules();
    void refresh();

    SecretKind m_kind;
    Mode m_mode;
    QString m_prefix;
    PinPolicy m_policy;
    bool m_valid = false;
    bool m_confirmLeft = false; // the user left the confirmation field once

    QLabel* m_label = nullptr;
    QLineEdit* m_edit = nullptr;
    QLabel* m_lengthLabel = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    Notice* m_mismatchLabel = nullptr;
    QCheckBox* m_show = nullptr;
    Notice* m_capsLabel = nullptr;
    QGroupBox* m_rulesBox = nullptr;
    QVBoxLayout* m_rulesLayout = nullptr;
    struct RuleRow {
        QWidget* row = nullptr;
        QLabel* icon = nullptr;
        QLabel* text = nullptr;
        PinRuleState state = PinRuleState::NotMet;
    };
    QMap<PinRuleId, RuleRow> m_rules;
};

} // namespace tpmvsc
