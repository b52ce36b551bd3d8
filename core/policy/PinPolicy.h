// The PIN policy engine (tpmvscmgr /pinpolicy). Pure: no I/O, no TPM. The CLI, the
// wizard's live checking and the card itself (on every PIN set or change) ask the same
// engine, so a PIN accepted in one place is accepted everywhere.
#pragma once

#include "core/util/PinRule.h"
#include "core/util/Secret.h"
#include "core/util/Sentence.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tpmvsc {

enum class CharRule { Allowed, Disallowed, Required };

struct PinPolicy {
    static constexpr int kMinLenLowerBound = 4;   // tpmvscmgr: minlen lower bound
    static constexpr int kMaxLenUpperBound = 127; // tpmvscmgr: maxlen upper bound
    static constexpr int kDefaultMinLen = 8;
    static constexpr int kPukMinLen = 8; // a PUK is at least 8 characters, whatever the policy

    int minLen = kDefaultMinLen;
    int maxLen = kMaxLenUpperBound;
    CharRule uppercase = CharRule::Allowed;
    CharRule lowercase = CharRule::Allowed;
    CharRule digits = CharRule::Allowed;
    CharRule specialChars = CharRule::Allowed;

    // Empty when the policy itself is coherent; otherwise the reason (minlen < 4,
    // maxlen > 127, minlen > maxlen, every class disallowed, more classes required than
    // maxlen can hold).
    Sentence validate() const;
    bool operator==(const PinPolicy&) const = default;

    // The policy used for PUKs: at least 8 printable ASCII characters, classes free.
    static PinPolicy pukPolicy();
};

// Which secret a message is about: the same rules apply to PUKs, but a user told "the PIN
// is too short" while typing a PUK would look for the wrong mistake.
enum class SecretKind { Pin, Puk };

struct PinCheck {
    QList<PinRuleResult> rules; // only rules that apply (an Allowed class has no line)
    bool ok() const;
    Sentence firstProblem() const; // a sentence for the first rule not met, empty if ok
    Sentence firstProblem(SecretKind kind) const;
};

// Answers every rule for a candidate PIN. Characters are printable ASCII 0x20..0x7e;
// "special" is any printable ASCII that is not a letter or digit (space included).
PinCheck checkPin(const PinPolicy& policy, const Secret& pin);
PinCheck checkPin(const PinPolicy& policy, const QString& pin);

// Throws Error(PolicyViolation) with firstProblem() and the rule broken (its facts) when
// the PIN breaks the policy.
void enforcePin(const PinPolicy& policy, const Secret& pin);
// The same against PinPolicy::pukPolicy(), with messages that say "PUK".
void enforcePuk(const Secret& puk);

QString charRuleName(CharRule rule);                    // "ALLOWED", "DISALLOWED", "REQUIRED"
bool parseCharRule(const QString& text, CharRule* out); // case-insensitive

} // namespace tpmvsc
