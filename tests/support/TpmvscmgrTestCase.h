// Base of the tests that run the built tpmvscmgr as users and scripts do (test_cli,
// test_cli_enroll): the binary, this binary's swtpm, a fresh store per test as TPMVSC_HOME,
// secrets on stdin, and the check of a refused command. The test keeps its own slots and
// calls findTpmvscmgr() and newStore() from them.
#pragma once

#include "ProcessRun.h"
#include "SwtpmFixture.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <memory>

namespace tpmvsc::test {

class TpmvscmgrTestCase : public QObject
{
protected:
    std::unique_ptr<SwtpmFixture> m_swtpm; // started by the test's initTestCase()
    std::unique_ptr<QTemporaryDir> m_dir;  // per test (newStore()): the store, the test's files
    QString m_exe;                         // the tpmvscmgr binary (findTpmvscmgr())
    QString m_store;                       // TPMVSC_HOME of every run (newStore())
    QProcessEnvironment m_extraEnv;        // the test's own variables for its runs

    // For initTestCase(): the built tpmvscmgr into m_exe, $TPMVSC_TPMVSCMGR (set by ctest)
    // or else its place in the build tree (a test run by hand). False when not executable.
    bool findTpmvscmgr();
    // For init(): a fresh m_dir holding the store m_store (instance numbers and card
    // states start from nothing); m_extraEnv emptied. False when m_dir cannot be made.
    bool newStore();

    // What a run adds to the system environment, which is read at each call (the fixture
    // exports a new TPMVSC_TCTI when swtpm restarts): TPMVSC_HOME; XDG_CONFIG_HOME, an
    // empty folder (only the built-in templates, and no setting of the user); m_extraEnv.
    QProcessEnvironment environment() const;

    ProcessResult run(const QStringList& args, const QByteArray& input = QByteArray()) const;
    // The arguments split at spaces.
    ProcessResult run(const QString& line, const QByteArray& input = QByteArray()) const;

    // Runs a command that must fail with `code` and a message on stderr ("tpmvscmgr: ...")
    // containing `message` (any case), and leave every byte and mode of the store as it was.
    void expectRefused(const QStringList& args, const QByteArray& input, int code,
                       const QString& message) const;
};

} // namespace tpmvsc::test
