#include "PinPolicy.h"

#include "core/util/Error.h"

#include <QCoreApplication>

// Every sentence is a Sentence("PinPolicy", ...) that lupdate finds; length sentences use
// %n so translators get plural forms.

namespace tpmvsc {

namespace {

// What a candidate contains, reduced to what the rules ask. Built by scanning the
// characters once, so neither overload of checkPin needs a copy of the PIN.
struct Tally {
    qsizetype length = 0;
    bool upper = false;
    bool lower = false;
    bool digit = false;
    bool special = false;
    bool nonPrintable = false;

    void add(char32_t c)
    {
        ++length;
        if (c < 0x20 || c > 0x7e)
            nonPrintable = true;
        else if (c >= U'A' && c <= U'Z')
            upper = true;
        else if (c >= U'a' && c <= U'z')
            lower = true;
        else if (c >= U'0' && c <= U'9')
            digit = true;
        else
            special = true;
    }
};

void addClassRule(QList<PinRuleResult>& rules, PinRuleId rule, CharRule charRule, bool present)
{
    switch (charRule) {
    case CharRule::Allowed: return;
    case CharRule::Required:
        rules.append({rule, present ? PinRuleState::Met : PinRuleState::NotMet});
        return;
    case CharRule::Disallowed:
        rules.append({rule, present ? PinRuleState::Forbidden : PinRuleState::Met});
        return;
    }
}

PinCheck evaluate(const PinPolicy& policy, const Tally& t)
{
    PinCheck check;
    check.rules.reserve(7);
    check.rules.append({PinRuleId::MinLength,
                        t.length >= policy.minLen ? PinRuleState::Met : PinRuleState::NotMet,
                        policy.minLen});
    check.rules.append({PinRuleId::MaxLength,
                        t.length <= policy.maxLen ? PinRuleState::Met : PinRuleState::Forbidden,
                        policy.maxLen});
    check.rules.append(
        {PinRuleId::PrintableAscii, t.nonPrintable ? PinRuleState::Forbidden : PinRuleState::Met});
    addClassRule(check.rules, PinRuleId::Uppercase, policy.uppercase, t.upper);
    addClassRule(check.rules, PinRuleId::Lowercase, policy.lowercase, t.lower);
    addClassRule(check.rules, PinRuleId::Digits, policy.digits, t.digit);
    addClassRule(check.rules, PinRuleId::SpecialChars, policy.specialChars, t.special);
    return check;
}

Sentence pinProblem(const PinRuleResult& r)
{
    const bool missing = r.state == PinRuleState::NotMet;
    switch (r.rule) {
    case PinRuleId::MinLength:
        return Sentence("PinPolicy", "The PIN is too short: it needs at least %n characters.",
                        nullptr, r.limit);
    case PinRuleId::MaxLength:
        return Sentence("PinPolicy", "The PIN is too long: it can have at most %n characters.",
                        nullptr, r.limit);
    case PinRuleId::PrintableAscii:
        return Sentence("PinPolicy",
                        "The PIN has a character that cannot be used: only printable ASCII "
                        "characters (unaccented letters, digits, punctuation and space) are "
                        "allowed.");
    case PinRuleId::Uppercase:
        return missing ? Sentence("PinPolicy", "The PIN needs at least one uppercase letter (A-Z).")
                       : Sentence("PinPolicy", "The PIN must not contain uppercase letters.");
    case PinRuleId::Lowercase:
        return missing ? Sentence("PinPolicy", "The PIN needs at least one lowercase letter (a-z).")
                       : Sentence("PinPolicy", "The PIN must not contain lowercase letters.");
    case PinRuleId::Digits:
        return missing ? Sentence("PinPolicy", "The PIN needs at least one digit (0-9).")
                       : Sentence("PinPolicy", "The PIN must not contain digits.");
    case PinRuleId::SpecialChars:
        return missing ? Sentence("PinPolicy", "The PIN needs at least one special character "
                                               "(punctuation, symbol or space).")
                       : Sentence("PinPolicy", "The PIN must not contain special characters "
                                               "(punctuation, symbols or spaces).");
    }
    return {};
}

Sentence pukProblem(const PinRuleResult& r)
{
    const bool missing = r.state == PinRuleState::NotMet;
    switch (r.rule) {
    case PinRuleId::MinLength:
        return Sentence("PinPolicy", "The PUK is too short: it needs at least %n characters.",
                        nullptr, r.limit);
    case PinRuleId::MaxLength:
        return Sentence("PinPolicy", "The PUK is too long: it can have at most %n characters.",
                        nullptr, r.limit);
    case PinRuleId::PrintableAscii:
        return Sentence("PinPolicy",
                        "The PUK has a character that cannot be used: only printable ASCII "
                        "characters (unaccented letters, digits, punctuation and space) are "
                        "allowed.");
    case PinRuleId::Uppercase:
        return missing ? Sentence("PinPolicy", "The PUK needs at least one uppercase letter (A-Z).")
                       : Sentence("PinPolicy", "The PUK must not contain uppercase letters.");
    case PinRuleId::Lowercase:
        return missing ? Sentence("PinPolicy", "The PUK needs at least one lowercase letter (a-z).")
                       : Sentence("PinPolicy", "The PUK must not contain lowercase letters.");
    case PinRuleId::Digits:
        return missing ? Sentence("PinPolicy", "The PUK needs at least one digit (0-9).")
                       : Sentence("PinPolicy", "The PUK must not contain digits.");
    case PinRuleId::SpecialChars:
        return missing ? Sentence("PinPolicy", "The PUK needs at least one special character "
                                               "(punctuation, symbol or space).")
                       : Sentence("PinPolicy", "The PUK must not contain special characters "
                                               "(punctuation, symbols or spaces).");
    }
    return {};
}

// Which secret broke which rule, and the rule's limit: the faces word it themselves.
ErrorFacts violationFacts(Credential secret, const PinCheck& check)
{
    for (const PinRuleResult& r : check.rules) {
        if (r.state != PinRuleState::Met)
            return ErrorFacts(secret).withPinRule(r).withLimit(r.limit);
    }
    return ErrorFacts(secret);
}

bool isAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace

Sentence PinPolicy::validate() const
{
    // Every problem is reported at once, so fixing one does not just reveal the next.
    QList<Sentence> problems;
    if (minLen < kMinLenLowerBound)
        problems << Sentence("PinPolicy",
                             "The minimum PIN length cannot be less than %1 (it is %2).")
                        .arg(kMinLenLowerBound)
                        .arg(minLen);
    if (maxLen > kMaxLenUpperBound)
        problems << Sentence("PinPolicy",
                             "The maximum PIN length cannot be more than %1 (it is %2).")
                        .arg(kMaxLenUpperBound)
                        .arg(maxLen);
    if (minLen > maxLen)
        problems << Sentence("PinPolicy",
                             "The minimum PIN length (%1) is greater than the maximum (%2).")
                        .arg(minLen)
                        .arg(maxLen);
    const CharRule classes[] = {uppercase, lowercase, digits, specialChars};
    int disallowed = 0;
    int required = 0;
    for (CharRule r : classes) {
        disallowed += r == CharRule::Disallowed ? 1 : 0;
        required += r == CharRule::Required ? 1 : 0;
    }
    if (disallowed == 4)
        problems << Sentence(
            "PinPolicy", "Every kind of character is disallowed (uppercase letters, lowercase "
                         "letters, digits and special characters), so no PIN can meet the policy.");
    if (required > maxLen)
        problems << Sentence("PinPolicy", "The policy requires %1 kinds of characters, but "
                                          "the maximum PIN length is only %2.")
                        .arg(required)
                        .arg(maxLen);
    return Sentence::joined(problems);
}

PinPolicy PinPolicy::pukPolicy()
{
    PinPolicy p;
    p.minLen = kPukMinLen;
    p.maxLen = kMaxLenUpperBound;
    return p;
}

bool PinCheck::ok() const
{
    for (const PinRuleResult& r : rules) {
        if (r.state != PinRuleState::Met)
            return false;
    }
    return true;
}

Sentence PinCheck::firstProblem() const
{
    return firstProblem(SecretKind::Pin);
}

Sentence PinCheck::firstProblem(SecretKind kind) const
{
    for (const PinRuleResult& r : rules) {
        if (r.state != PinRuleState::Met)
            return kind == SecretKind::Puk ? pukProblem(r) : pinProblem(r);
    }
    return {};
}

PinCheck checkPin(const PinPolicy& policy, const Secret& pin)
{
    // Bytes, not characters: a PIN that arrives as UTF-8 with a non-ASCII character has
    // bytes >= 0x80, which the printable-ASCII rule rejects whatever they decode to.
    Tally t;
    for (std::size_t i = 0; i < pin.size(); ++i)
        t.add(pin.data()[i]);
    return evaluate(policy, t);
}

PinCheck checkPin(const PinPolicy& policy, const QString& pin)
{
    // Lengths count what the user sees: a surrogate pair is one (non-ASCII) character.
    Tally t;
    const qsizetype n = pin.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = pin.at(i);
        if (c.isHighSurrogate() && i + 1 < n && pin.at(i + 1).isLowSurrogate()) {
            t.add(QChar::surrogateToUcs4(c, pin.at(i + 1)));
            ++i;
        } else {
            t.add(c.unicode());
        }
    }
    return evaluate(policy, t);
}

void enforcePin(const PinPolicy& policy, const Secret& pin)
{
    const PinCheck check = checkPin(policy, pin);
    if (!check.ok())
        throw Error(ErrorCode::PolicyViolation, check.firstProblem(SecretKind::Pin),
                    violationFacts(Credential::Pin, check));
}

void enforcePuk(const Secret& puk)
{
    const PinCheck check = checkPin(PinPolicy::pukPolicy(), puk);
    if (!check.ok())
        throw Error(ErrorCode::PolicyViolation, check.firstProblem(SecretKind::Puk),
                    violationFacts(Credential::Puk, check));
}

QString charRuleName(CharRule rule)
{
    switch (rule) {
    case CharRule::Allowed: return QStringLiteral("ALLOWED");
    case CharRule::Disallowed: return QStringLiteral("DISALLOWED");
    case CharRule::Required: return QStringLiteral("REQUIRED");
    }
    return QStringLiteral("ALLOWED");
}

bool parseCharRule(const QString& text, CharRule* out)
{
    // ASCII only: Unicode case folding would let "DIſALLOWED" (long s) through.
    if (!isAscii(text))
        return false;
    for (CharRule rule : {CharRule::Allowed, CharRule::Disallowed, CharRule::Required}) {
        if (text.compare(charRuleName(rule), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = rule;
            return true;
        }
    }
    return false;
}

} // namespace tpmvsc
