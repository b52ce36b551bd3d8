// The one error type of tpmvsc. Every failure is reduced to a small category (what a
// caller can act on: retry, ask again, give up) plus a sentence a user understands.
// The CLI maps the category to its exit code; the UI may translate per category.
#pragma once

#include <QString>
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
    Internal,
};

class Error : public std::runtime_error
{
public:
    Error(ErrorCode code, const QString& message)
        : std::runtime_error(message.toStdString()), m_code(code), m_message(message)
    {}
    ErrorCode code() const noexcept { return m_code; }
    const QString& message() const noexcept { return m_message; }

private:
    ErrorCode m_code;
    QString m_message;
};

// Short stable name of a category, for logs and tests ("auth-failed", ...).
const char* errorCodeName(ErrorCode code);

} // namespace tpmvsc
