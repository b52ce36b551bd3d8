// What a worker job gets: the card store, the card operations, and the TPM connection,
// all owned by the worker thread. The TPM is connected on first use (on that thread: the
// built-in simulator's swtpm dies with the thread that started it) and dropped after a
// lost connection, so the next job reconnects (a restarted TPM, a replugged simulator).
#pragma once

#include "async/TpmReadiness.h"
#include "card/CardService.h"
#include "store/CardStore.h"
#include "tpm/TpmOptions.h"

#include <QString>
#include <memory>

namespace tpmvsc {

class Tpm;
class Error;

class CardContext
{
public:
    // storeRoot empty: the default store (CardStore::defaultRoot()).
    CardContext(const TpmOptions& options, const QString& storeRoot);
    ~CardContext(); // closes the TPM connection (and stops the simulator if we started it)
    CardContext(const CardContext&) = delete;
    CardContext& operator=(const CardContext&) = delete;

    CardService& service() { return m_service; }
    CardStore& store() { return m_store; }
    // Connects on first use; throws Error(TpmUnavailable) when no TPM can be reached.
    Tpm& tpm();
    bool isConnected() const { return m_tpm != nullptr; }
    // Connects if needed and asks the TPM what it is and how its lockout stands.
    TpmReadiness readiness();

    // Drops the connection; the next tpm() connects again.
    void disconnect();
    // Called by the worker after a job failed: a connection that broke is not reused.
    void jobFailed(const Error& error);

private:
    TpmOptions m_options;
    CardStore m_store;
    std::unique_ptr<Tpm> m_tpm;
    CardService m_service;
};

} // namespace tpmvsc
