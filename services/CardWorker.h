// The one thread that talks to the TPM for the GUI (Kleopatra's ReaderStatus). It owns a
// CardServices (the card store, the TPM connection, the card operations, enrollment) and
// runs submitted jobs one at a time, in the order submitted. Each job's result or error
// comes back on the GUI thread, to a callback that runs only while its receiver object is
// alive. Nothing here blocks the GUI thread and nothing spins a nested event loop.
//
// It also publishes the cards: after every job, and when the store's folder changes
// (another program, tpmvscmgr in a terminal), it looks which card files changed
// (CardWatch) and sends cardsChanged() with those cards as stored now, before the job's
// own result. The card list, the open dialogs and the actions follow that one state;
// nobody asks for the whole list again after an operation.
//
//   worker.submit(this, tr("Creating the card"),
//       [options](CardServices& c) { return c.service().create(options); },
//       [this](int instance) { ... },                     // GUI thread, `this` alive
//       [this](const tpmvsc::Error& e) { ... });          // GUI thread, `this` alive
#pragma once

#include "CardServices.h"
#include "CardWatch.h"
#include "core/tpm/TpmOptions.h"
#include "core/util/Error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <exception>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QFileSystemWatcher;
class QTimer;

namespace tpmvsc {

class CardWorkerThread;

class CardWorker : public QObject
{
    Q_OBJECT

public:
    using ErrorHandler = std::function<void(const Error&)>;

    // Starts the thread; the TPM is connected by the first job that needs it.
    // storeRoot empty: the default card store.
    CardWorker(const TpmOptions& options, const QString& storeRoot, QObject* parent = nullptr);
    // Waits for the running job to finish, drops queued jobs and undelivered results,
    // and closes the TPM connection on the worker thread. No callback runs afterwards.
    ~CardWorker() override;

    // Queues `job` (callable as R job(CardServices&), run on the worker thread). Then, on
    // the GUI thread and only if `receiver` still exists: onResult(R) (onResult() for
    // void), or onError(Error) if the job threw. Anything other than tpmvsc::Error
    // thrown by a job arrives as Error(Internal). `description` is the status text while
    // the job runs ("Creating the card…").
    template <class Job, class OnResult>
    void submit(QObject* receiver, const QString& description, Job job, OnResult onResult,
                ErrorHandler onError);

    // Looks at the store in the worker's turn and publishes what changed; `everything`:
    // every card is read again and cardsChanged() comes even if nothing changed (complete).
    // Not a job: it neither makes the worker busy nor shows a status text.
    void lookAtCards(bool everything);

    // True from the first submit until the last queued job's result is delivered.
    bool isBusy() const { return m_outstanding > 0; }
    int outstandingJobs() const { return m_outstanding; }
    const TpmOptions& tpmOptions() const { return m_options; }
    const QString& storeRoot() const { return m_storeRoot; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // The description of the job now running; empty when the queue is idle.
    void statusText(const QString& text);
    // Cards new, changed, gone or unreadable since the last publication (CardWatch).
    void cardsChanged(const tpmvsc::CardChanges& changes);

private:
    // Runs on the worker thread; returns what to run on the GUI thread with the result.
    using Task = std::function<std::function<void()>(CardServices&)>;
    struct QueuedJob {
        QPointer<QObject> receiver; // read on the GUI thread only
        QString description;
        Task task;
        ErrorHandler onError;
        bool look = false; // lookAtCards(): no task, no busy accounting
        bool lookAtEverything = false;
    };
    friend class CardWorkerThread;

    void enqueue(QObject* receiver, const QString& description, Task task, ErrorHandler onError);
    // GUI thread: called through a queued invocation posted by the worker thread.
    void jobStarted(const QString& description);
    void jobFinished(const std::shared_ptr<QueuedJob>& job, const std::function<void()>& delivery);
    void watchStore();
    void armStoreWatch();
    void storeFolderChanged();

    QFileSystemWatcher* m_storeWatcher = nullptr;
    QTimer* m_lookSoon = nullptr; // a burst of folder changes makes one look

    TpmOptions m_options;
    QString m_storeRoot;
    int m_outstanding = 0;
    std::unique_ptr<CardWorkerThread> m_thread;
};

template <class Job, class OnResult>
void CardWorker::submit(QObject* receiver, const QString& description, Job job, OnResult onResult,
                        ErrorHandler onError)
{
    using R = std::invoke_result_t<Job&, CardServices&>;
    Task task = [job = std::move(job), onResult = std::move(onResult)](
                    CardServices& context) mutable -> std::function<void()> {
        if constexpr (std::is_void_v<R>) {
            job(context);
            return [onResult]() mutable { onResult(); };
        } else {
            // shared_ptr: std::function needs a copyable closure, R need not be copyable.
            auto result = std::make_shared<R>(job(context));
            return [onResult, result]() mutable { onResult(std::move(*result)); };
        }
    };
    enqueue(receiver, description, std::move(task), std::move(onError));
}

} // namespace tpmvsc
