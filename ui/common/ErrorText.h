// How a core error is shown: a translated headline chosen by the error's category (what
// the user can do about it), above the core's own sentence (what exactly went wrong).
// The core's sentence stays as the core wrote it: it names files, cards and TPM codes
// that a translation could only blur.
#pragma once

#include "util/Error.h"

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
    // Headline and sentence as rich text for a QLabel (both escaped).
    static QString html(const Error& error);
    // The same, but after a wrong PIN whose tries left are known (pinTriesLeft >= 0) the
    // sentence says how many wrong PINs the card still takes: the core's sentence says
    // that in English, this one in the user's language.
    static QString html(const Error& error, int pinTriesLeft);
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
