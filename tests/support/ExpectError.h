// Checking errors in tests: which category an operation fails with, and its sentence.
#pragma once

#include "core/util/Error.h"

#include <QTest>
#include <optional>

namespace tpmvsc::test {

// Runs f and returns the error it throws, or nothing when it throws nothing.
template <typename F> std::optional<Error> errorFrom(F f)
{
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    return std::nullopt;
}

} // namespace tpmvsc::test

// Runs `statement` and expects tpmvsc::Error with `expectedCode`; the message goes to
// `messageOut` (a QString) for checks on the wording.
#define TPMVSC_EXPECT_ERROR_MSG(statement, expectedCode, messageOut)                               \
    do {                                                                                           \
        bool thrown_ = false;                                                                      \
        try {                                                                                      \
            statement;                                                                             \
        } catch (const tpmvsc::Error& e_) {                                                        \
            thrown_ = true;                                                                        \
            messageOut = e_.message();                                                             \
            if (e_.code() != (expectedCode))                                                       \
                qWarning("unexpected error: %s", qPrintable(e_.message()));                        \
            QCOMPARE(tpmvsc::errorCodeName(e_.code()), tpmvsc::errorCodeName(expectedCode));       \
        }                                                                                          \
        if (!thrown_)                                                                              \
            QFAIL("expected an error, got success: " #statement);                                  \
    } while (0)

#define TPMVSC_EXPECT_ERROR(statement, expectedCode)                                               \
    do {                                                                                           \
        QString ignored_;                                                                          \
        TPMVSC_EXPECT_ERROR_MSG(statement, expectedCode, ignored_);                                \
    } while (0)

// As TPMVSC_EXPECT_ERROR, and the message must contain `text` (a QString or literal).
#define TPMVSC_EXPECT_ERROR_CONTAINING(statement, expectedCode, text)                              \
    do {                                                                                           \
        QString message_;                                                                          \
        TPMVSC_EXPECT_ERROR_MSG(statement, expectedCode, message_);                                \
        QVERIFY2(message_.contains(text), qPrintable(message_));                                   \
    } while (0)
