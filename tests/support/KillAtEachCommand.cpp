#include "KillAtEachCommand.h"

#include <QProcess>
#include <QTemporaryDir>

namespace tpmvsc::test {

namespace {

// Only the final flushes may be lost without failing the operation: by then the new card
// state is complete and written.
constexpr std::uint64_t kLosableFinalCommands = 3;

// Makes `to` (an existing folder) hold exactly what `from` holds, modes included.
bool copyStore(const QString& from, const QString& to)
{
    return QProcess::execute(QStringLiteral("sh"),
                             {QStringLiteral("-c"),
                              QStringLiteral("rm -rf \"$1\"/* && cp -a \"$0\"/. \"$1\"/"), from,
                              to}) == 0;
}

QString step(std::uint64_t n, std::uint64_t total)
{
    return QStringLiteral("step %1 of %2").arg(n).arg(total);
}

// One run with swtpm killed before the operation's n-th command; empty when the run failed
// as it should, else what went wrong. `completed` tells whether the operation succeeded.
QString runKilledAt(std::uint64_t n, CardStore& store, SwtpmFixture& swtpm,
                    const std::function<void(CardService&)>& operation, bool* completed)
{
    *completed = false;
    QString failure;
    {
        Tpm tpm(TpmOptions{swtpm.tcti(), false, {}}, QString());
        const std::uint64_t base = tpm.commandsSent();
        tpm.setBeforeCommandHook([&](std::uint64_t number) {
            if (number == base + n)
                swtpm.kill();
        });
        CardService service(tpm, store);
        try {
            operation(service);
            *completed = true;
        } catch (const Error& e) {
            if (e.code() != ErrorCode::TpmUnavailable)
                failure = QStringLiteral("unexpected error: %1").arg(e.message());
        }
    }
    swtpm.start();
    return failure;
}

KillAtEachCommandResult killLoop(CardTestEnv& env, SwtpmFixture& swtpm,
                                 const std::function<void(CardService&)>& operation,
                                 AfterCompleted afterCompleted)
{
    KillAtEachCommandResult result;
    const QString root = env.store.root();
    {
        QTemporaryDir copy;
        if (!copyStore(root, copy.path())) {
            result.failure = QStringLiteral("cannot copy the store");
            return result;
        }
        CardStore store(copy.path());
        CardService service(*env.tpm, store);
        const std::uint64_t start = env.tpm->commandsSent();
        try {
            operation(service);
        } catch (const Error& e) {
            result.failure = QStringLiteral("failed with the TPM alive: %1").arg(e.message());
            return result;
        }
        result.commands = env.tpm->commandsSent() - start;
    }
    env.tpm.reset();
    const StoreSnapshot before = env.snapshot();
    QTemporaryDir backup;
    if (!copyStore(root, backup.path())) {
        result.failure = QStringLiteral("cannot back the store up");
        return result;
    }
    const std::uint64_t total = result.commands;
    for (std::uint64_t n = 1; n <= total; ++n) {
        bool completed = false;
        const QString failure = runKilledAt(n, env.store, swtpm, operation, &completed);
        if (!failure.isEmpty()) {
            result.failure = step(n, total) + QStringLiteral(": ") + failure;
            return result;
        }
        if (completed) {
            ++result.completed;
            if (n + kLosableFinalCommands <= total) {
                result.failure = step(n, total) + QStringLiteral(": succeeded without the TPM");
                return result;
            }
            if (afterCompleted == AfterCompleted::Stop)
                return result;
            if (!copyStore(backup.path(), root)) {
                result.failure = step(n, total) + QStringLiteral(": cannot restore the store");
                return result;
            }
            continue;
        }
        const StoreSnapshot after = env.snapshot();
        if (!(before == after)) {
            result.failure = step(n, total) + QStringLiteral(": ") + before.diff(after);
            return result;
        }
    }
    return result;
}

} // namespace

KillAtEachCommandResult killTpmAtEachCommand(CardTestEnv& env, SwtpmFixture& swtpm,
                                             const std::function<void(CardService&)>& operation,
                                             AfterCompleted afterCompleted)
{
    KillAtEachCommandResult result = killLoop(env, swtpm, operation, afterCompleted);
    if (!env.tpm)
        env.tpm.reconnect();
    return result;
}

} // namespace tpmvsc::test
