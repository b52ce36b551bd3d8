// How a core error is shown: a translated headline chosen by the error's category (what
// the user can do about it), above a sentence. Where the error carries facts (which
// secret, tries left, what can still be done) the sentence is the GUI's own, in the
// user's language and naming its buttons; otherwise it is the core's, which names files,
// cards and TPM codes that a translation could only blur.
#pragma once

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

namespace tpmvsc {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // "Wrong PIN, PUK or response.", "The TPM cannot be reached.", ... (translated)
    static QString headline(ErrorCode code);
    // The sentence under the headline (plain text).
    static QString sentence(const Error& error);
    // Headline and sentence as rich text for a QLabel (both escaped).
    static QString html(const Error& error);
    // The headline above the caller's own sentence, in the user's language, instead of the
    // core's (where the caller knows what happened better, e.g. the tries left it shows).
    static QString html(const Error& error, const QString& sentence);
    // Headline, blank line, sentence: for plain-text places (clipboard, logs for support).
    static QString plain(const Error& error);
    // Opens a window-modal warning box (headline as text, sentence as informative text)
    // without blocking: no nested event loop. Deletes itself when closed.
    static QMessageBox* show(QWidget* parent, const QString& title, const Error& error);
};

} // namespace tpmvsc
