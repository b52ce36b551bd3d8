#include "CardWorker.h"

#include "core/store/CardStore.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>
#include <deque>

namespace tpmvsc {

// The worker thread: a plain loop over a queue (no event loop), so FIFO order and
// "drop everything queued" on shutdown are explicit rather than left to event dispatch.
class CardWorkerThread : public QThread
{
public:
    explicit CardWorkerThread(CardWorker& owner) : m_owner(owner)
    {
        setObjectName(QStringLiteral("tpmvsc card worker"));
    }

    void push(std::shared_ptr<CardWorker::QueuedJob> job)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(job));
        m_wake.wakeOne();
    }

    // Drops queued jobs, lets the running one finish, and joins the thread.
    void shutDown()
    {
        std::deque<std::shared_ptr<CardWorker::QueuedJob>> dropped;
        {
            QMutexLocker lock(&m_mutex);
            m_stopping = true;
            dropped.swap(m_queue);
            m_wake.wakeOne();
        }
        wait();
    }

protected:
    void run() override
    {
        // Created and destroyed here: the TPM connection (and a simulator's swtpm, which
        // gets PDEATHSIG from this thread) belongs to this thread for its whole life.
        CardServices context(m_owner.m_options, m_owner.m_storeRoot);
        CardWatch watch;
        for (;;) {
            std::shared_ptr<CardWorker::QueuedJob> job;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_stopping)
                    return;
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            if (job->look) {
                publish(watch.look(context.store(), job->lookAtEverything));
                continue;
            }
            const QString description = job->description;
            QMetaObject::invokeMethod(
                &m_owner, [owner = &m_owner, description] { owner->jobStarted(description); },
                Qt::QueuedConnection);
            std::function<void()> delivery = runJob(*job, context);
            // The cards as the job left them reach the GUI before the job's own result, so
            // a dialog that closes on success leaves a list that already shows the change.
            publish(watch.look(context.store()));
            // Posted to the owner (GUI thread). If the owner is destroyed first, its
            // destructor joins this thread and Qt discards the posted call with it.
            QMetaObject::invokeMethod(
                &m_owner,
                [owner = &m_owner, job, delivery = std::move(delivery)] {
                    owner->jobFinished(job, delivery);
                },
                Qt::QueuedConnection);
        }
    }

private:
    void publish(CardChanges changes)
    {
        if (changes.isEmpty())
            return;
        QMetaObject::invokeMethod(
            &m_owner,
            [owner = &m_owner, changes = std::move(changes)] {
                owner->armStoreWatch(); // the first card made the folders
                Q_EMIT owner->cardsChanged(changes);
            },
            Qt::QueuedConnection);
    }

    static std::function<void()> runJob(CardWorker::QueuedJob& job, CardServices& context)
    {
        auto failed = [&job, &context](const Error& error) -> std::function<void()> {
            context.jobFailed(error);
            return [onError = job.onError, error] {
                if (onError)
                    onError(error);
            };
        };
        try {
            return job.task(context);
        } catch (const Error& error) {
            return failed(error);
        } catch (const std::exception& e) {
            return failed(Error(ErrorCode::Internal, QString::fromLocal8Bit(e.what())));
        } catch (...) {
            return failed(Error(ErrorCode::Internal,
                                QStringLiteral("The operation failed with an unknown error.")));
        }
    }

    CardWorker& m_owner;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::shared_ptr<CardWorker::QueuedJob>> m_queue;
    bool m_stopping = false;
};

CardWorker::CardWorker(const TpmOptions& options, const QString& storeRoot, QObject* parent)
    : QObject(parent), m_options(options), m_storeRoot(storeRoot),
      m_thread(std::make_unique<CardWorkerThread>(*this))
{
    m_thread->start();
    watchStore();
}

// The cards folder and its card files for changes, the store's root for the folder's
// creation with the first card.
void CardWorker::watchStore()
{
    m_lookSoon = new QTimer(this);
    m_lookSoon->setSingleShot(true);
    m_lookSoon->setInterval(200);
    connect(m_lookSoon, &QTimer::timeout, this, [this] { lookAtCards(false); });
    m_storeWatcher = new QFileSystemWatcher(this);
    connect(m_storeWatcher, &QFileSystemWatcher::directoryChanged, this,
            &CardWorker::storeFolderChanged);
    connect(m_storeWatcher, &QFileSystemWatcher::fileChanged, this,
            &CardWorker::storeFolderChanged);
    armStoreWatch();
}

void CardWorker::storeFolderChanged()
{
    armStoreWatch();
    m_lookSoon->start();
}

void CardWorker::armStoreWatch()
{
    const QString root = CardStore(m_storeRoot).root();
    QStringList wanted;
    for (const QString& folder : {root, root + QStringLiteral("/cards")}) {
        if (QDir(folder).exists())
            wanted.append(folder);
    }
    const QStringList watched = m_storeWatcher->directories();
    for (const QString& folder : wanted) {
        if (!watched.contains(folder))
            m_storeWatcher->addPath(folder);
    }
    // The card files too: our writes rename a new file in (a change of the folder), but a
    // file changed in place (an editor, a restored backup) changes only the file.
    const QDir cards(root + QStringLiteral("/cards"));
    QStringList files;
    for (const QString& name : cards.entryList({QStringLiteral("*.card")}, QDir::Files))
        files.append(cards.filePath(name));
    const QStringList watchedFiles = m_storeWatcher->files();
    for (const QString& file : watchedFiles) {
        if (!files.contains(file))
            m_storeWatcher->removePath(file);
    }
    for (const QString& file : files) {
        if (!watchedFiles.contains(file))
            m_storeWatcher->addPath(file);
    }
}

void CardWorker::lookAtCards(bool everything)
{
    auto job = std::make_shared<QueuedJob>();
    job->receiver = this;
    job->look = true;
    job->lookAtEverything = everything;
    m_thread->push(std::move(job));
}

CardWorker::~CardWorker()
{
    m_thread->shutDown();
}

void CardWorker::enqueue(QObject* receiver, const QString& description, Task task,
                         ErrorHandler onError)
{
    auto job = std::make_shared<QueuedJob>();
    job->receiver = receiver;
    job->description = description;
    job->task = std::move(task);
    job->onError = std::move(onError);
    if (m_outstanding++ == 0)
        Q_EMIT busyChanged(true);
    m_thread->push(std::move(job));
}

void CardWorker::jobStarted(const QString& description)
{
    Q_EMIT statusText(description);
}

void CardWorker::jobFinished(const std::shared_ptr<QueuedJob>& job,
                             const std::function<void()>& delivery)
{
    // Counted down before the callback runs, so a callback sees the worker idle when it
    // was the last job, and may submit the next one.
    const bool idle = --m_outstanding == 0;
    if (idle) {
        Q_EMIT statusText(QString());
        Q_EMIT busyChanged(false);
    }
    if (job->receiver)
        delivery();
}

} // namespace tpmvsc
