// Drives the real create-card wizard in UI tests: finds widgets by object name, types
// key by key, presses the wizard's buttons, and (with $TPMVSC_GRAB_DIR set) saves a PNG
// of each page so people can look at them.
#pragma once

#include "ui/wizard/CreateCardWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <stdexcept>
#include <string>

namespace tpmvsc::test {

// Runs a helper that may fail a QVERIFY, and stops the test function if it did.
#define TPMVSC_STEP(statement)                                                                     \
    do {                                                                                           \
        statement;                                                                                 \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (0)

struct MissingWidget : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The named child; a missing one fails the test (Qt Test reports the exception).
template <class T> T* child(QWidget* root, const char* name)
{
    auto* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        throw MissingWidget(std::string("no widget named ") + name);
    return w;
}

inline void typeInto(QWidget* root, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(root, name);
    QVERIFY(edit);
    QTest::keyClicks(edit, text);
}

inline bool nextEnabled(QWizard& wizard)
{
    QAbstractButton* next = wizard.currentPage() && wizard.currentPage()->isCommitPage()
                                ? wizard.button(QWizard::CommitButton)
                                : wizard.button(QWizard::NextButton);
    return next->isVisible() && next->isEnabled();
}

inline void grabPage(QWidget& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("TPMVSC_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // queued layout and resize work first
    window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace tpmvsc::test
