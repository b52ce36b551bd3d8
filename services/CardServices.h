// What every program opens to work with cards: the card store, the TPM (chosen by
// chooseTpm, connected on first use), the card operations and enrollment. The GUI's
// worker thread, tpmvscmgr, the PKCS#11 module and the tests open it the same way.
//
// The TPM is connected when an operation first needs it, on the thread that uses this
// object (the built-in simulator's swtpm dies with the thread that started it): listing
// cards, reading a card file or computing an admin response never connects. A connection
// that broke is dropped after the failed job, so the next one reconnects (a restarted
// TPM, a replugged simulator).
#pragma once

#include "TpmReadiness.h"
#include "core/card/CardService.h"
#include "core/store/CardStore.h"
#include "core/tpm/TpmOptions.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace tpmvsc {

class EnrollService;
class Error;
class Tpm;

class CardServices
{
public:
    // storeRoot empty: the default store (CardStore::defaultRoot()). `requested`: the
    // program's TPM options (--tcti, --simulator), completed by chooseTpm at connection.
    CardServices(const TpmOptions& requested, const QString& storeRoot);
    ~CardServices(); // closes the TPM connection (and stops the simulator if we started it)
    CardServices(const CardServices&) = delete;
    CardServices& operator=(const CardServices&) = delete;

    CardStore& store() { return m_store; }
    const CardStore& store() const { return m_store; }
    CardService& service() { return m_service; }
    // The card service's create and addAttestationKey with the attestation CA at
    // `attestationCa` (AIK_AND_CERT; empty: an AIK alone, or none), reached over HTTP(S)
    // from the calling thread. The address is checked before anything else.
    int createCard(CreateOptions options, const QString& attestationCa = QString());
    void addAttestationKey(int instance, const Secret& pin,
                           const QString& attestationCa = QString());
    // Enrollment over service(). The template folders are read on first use and again
    // when a template file changed, so a long-running GUI sees an administrator's new
    // template without re-reading them for every job.
    EnrollService& enroll();

    // Connects on first use; throws Error(TpmUnavailable) when no TPM can be reached.
    Tpm& tpm();
    bool isConnected() const { return m_tpm != nullptr; }
    // The connection, or nullptr before the first use: for counting commands without
    // connecting.
    Tpm* connection() const { return m_tpm.get(); }
    // The TPM the next connection reaches, decided now.
    TpmOptions chosenTpm() const;
    // Whether that TPM is a software one (no hardware protection), without connecting.
    bool reachesSoftwareTpm() const;
    // Connects if needed and asks the TPM what it is and how its lockout stands.
    TpmReadiness readiness();

    // Drops the connection; the next tpm() connects again.
    void disconnect();
    // Called after a job failed: a connection that broke is not reused.
    void jobFailed(const Error& error);

private:
    TpmOptions m_requested;
    CardStore m_store;
    std::unique_ptr<Tpm> m_tpm;
    CardService m_service;
    std::unique_ptr<EnrollService> m_enroll;
    QByteArray m_templatesStamp; // of the template files m_enroll's catalog was read from
};

} // namespace tpmvsc
