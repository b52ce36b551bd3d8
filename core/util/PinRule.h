// The PIN rules as facts: which rule, whether a candidate meets it, and its limit. The
// policy engine answers with them, and an error that refuses a PIN names the rule it
// broke with them, so each face puts the rule into its own words.
#pragma once

namespace tpmvsc {

// One line of the rule-by-rule answer, in a fixed order so a UI can show a stable list.
enum class PinRuleId {
    MinLength,
    MaxLength,
    PrintableAscii,
    Uppercase,
    Lowercase,
    Digits,
    SpecialChars,
};

enum class PinRuleState {
    Met,       // the rule holds
    NotMet,    // something is missing (too short, a required class absent)
    Forbidden, // something present that must not be (disallowed class, non-ASCII, too long)
};

struct PinRuleResult {
    PinRuleId rule;
    PinRuleState state;
    int limit = 0; // MinLength/MaxLength: the bound
};

} // namespace tpmvsc
