// The one error type of tpmvsc. Every failure is reduced to a small category (what a
// caller can act on: retry, ask again, give up), the facts a face needs to say it in its
// own words (which secret, tries left, what can be done, the limit, file or TPM code
// involved), and a sentence left unsaid (see Sentence.h) that the face says in the user's
// language. The CLI maps the category to its exit code, the PKCS#11 module to a CK_RV.
#pragma once

#include "PinRule.h"
#include "Sentence.h"

#include <QString>
#include <optional>
#include <stdexcept>

namespace tpmvsc {

enum class ErrorCode {
    Usage,             // the command line itself is wrong
    InvalidInput,      // a value is malformed (admin key not 48 hex, unknown algorithm, ...)
    PolicyViolation,   // a PIN or PUK breaks the card's PIN policy
    AuthFailed,        // wrong PIN, PUK or admin response (the TPM said so)
    Blocked,           // the card (or its PUK / admin reset) is blocked
    NotFound,          // no such card, key or challenge
    Busy,              // another process holds the card
    StoreCorrupt,      // a store file is malformed, truncated or tampered with
    StoreInsecure,     // a store file or folder has loose modes or a foreign owner
    StoreIo,           // the file system refused (disk full, read-only, ...)
    TpmUnavailable,    // no TPM could be reached
    TpmLockout,        // the TPM's dictionary-attack lockout is active
    WrongTpm,          // the card was made on another TPM (or the TPM was cleared)
    Tpm,               // any other TPM failure
    Unsupported,       // the TPM or platform lacks a feature
    Capacity,          // a card already holds its maximum number of keys, or no resets left
    OwnerAuthRequired, // the TPM's owner hierarchy has a password, and it was not given
    EvidenceRefused,   // TPM evidence does not prove what it claims (a check of it failed)
    Unreachable,       // a service on the network (an attestation CA) cannot be reached
    Internal,
};

// Which secret a failure is about.
enum class Credential {
    None,
    Pin,
    Puk,
    AdminResponse,
    OwnerPassword, // the TPM owner hierarchy's
};

// What the user can still do, named without a face's words: the command line says it
// with its commands, the GUI with its buttons.
enum class Remedy : unsigned {
    None = 0,
    UnblockWithPuk = 1u << 0,          // the PUK sets a new PIN
    ResetByAdministrator = 1u << 1,    // an admin challenge and response set a new PIN
    ReplaceCard = 1u << 2,             // nothing unblocks it: destroy it and make a new card
    GiveOwnerPassword = 1u << 3,       // the TPM owner's password, which was missing or wrong
    FreeNvSpace = 1u << 4,             // remove unused cards, or indices that belong to no card
    FinishInterrupted = 1u << 5,       // destroy again, or clean up what an interruption left
    InitializeFileSystem = 1u << 6,    // the card needs its file system before keys
    ListKeys = 1u << 7,                // the card's keys can be listed, by label and ID
    DeleteCertificateFirst = 1u << 8,  // the key's certificate goes first
    RequestCertificateFirst = 1u << 9, // a key (a certificate request) comes first
    UseSoftwareTpm = 1u << 10,         // the built-in software TPM, when no TPM is reachable
    ForceImport = 1u << 11,            // store the certificate despite its warnings
};
constexpr Remedy operator|(Remedy a, Remedy b)
{
    return Remedy(unsigned(a) | unsigned(b));
}
constexpr bool operator&(Remedy a, Remedy b)
{
    return (unsigned(a) & unsigned(b)) != 0;
}

// The facts of a failure, as data: the faces choose their own words from them (a hint
// that names a command or a button), programs act on them (the PKCS#11 module, tests).
struct ErrorFacts {
    ErrorFacts(Credential c = Credential::None, int tries = -1, Remedy r = Remedy::None)
        : credential(c), triesLeft(tries), remedies(r)
    {}
    Credential credential = Credential::None; // the secret refused, blocked or needed
    int triesLeft = -1;                       // of that secret; -1: not known or not counted
    Remedy remedies = Remedy::None;           // what can still be done
    std::optional<PinRuleResult> pinRule;     // PolicyViolation: the rule broken, its limit
    qint64 limit = -1;   // Capacity, InvalidInput: the bound broken (characters, bytes, keys)
    QString file;        // the file or folder involved
    quint32 tpmCode = 0; // the TPM's (or the TSS's) response code

    ErrorFacts withFile(const QString& path) const { return with(&ErrorFacts::file, path); }
    ErrorFacts withLimit(qint64 bound) const { return with(&ErrorFacts::limit, bound); }
    ErrorFacts withTpmCode(quint32 rc) const { return with(&ErrorFacts::tpmCode, rc); }
    ErrorFacts withPinRule(const PinRuleResult& r) const
    {
        return with(&ErrorFacts::pinRule, std::optional<PinRuleResult>(r));
    }

private:
    template <typename T> ErrorFacts with(T ErrorFacts::*field, const T& value) const
    {
        ErrorFacts f = *this;
        f.*field = value;
        return f;
    }
};

class Error : public std::runtime_error
{
public:
    Error(ErrorCode code, const Sentence& sentence, const ErrorFacts& facts = {})
        : Error(code, sentence, sentence.english(), facts)
    {}
    // A message with no translation: a technical account (an Internal failure, a test's
    // own error); faces show it as it is.
    Error(ErrorCode code, const QString& message, const ErrorFacts& facts = {})
        : Error(code, Sentence::literal(message), message, facts)
    {}
    ErrorCode code() const noexcept { return m_code; }
    // What happened, for the user: said() in their language.
    const Sentence& sentence() const noexcept { return m_sentence; }
    // The same in English, for logs and tests.
    const QString& message() const noexcept { return m_message; }
    const ErrorFacts& facts() const noexcept { return m_facts; }
    // The same failure told with more context (a file name, say): the facts stay.
    Error withSentence(const Sentence& sentence) const { return Error(m_code, sentence, m_facts); }

private:
    Error(ErrorCode code, const Sentence& sentence, const QString& english, const ErrorFacts& facts)
        : std::runtime_error(english.toStdString()), m_code(code), m_sentence(sentence),
          m_message(english), m_facts(facts)
    {}

    ErrorCode m_code;
    Sentence m_sentence;
    QString m_message;
    ErrorFacts m_facts;
};

// Short stable name of a category, for logs and tests ("auth-failed", ...).
const char* errorCodeName(ErrorCode code);

} // namespace tpmvsc
