// What most integration tests need: the binary's swtpm (one per test binary), and per
// test a fresh store with the services over it, opened as every program opens them
// (CardServices). Also the checks every test repeats: no transient handle left, store
// bytes unchanged.
#pragma once

#include "ExpectError.h"
#include "ProcessRun.h"
#include "StoreSnapshot.h"
#include "SwtpmFixture.h"
#include "core/card/CardService.h"
#include "core/store/CardStore.h"
#include "core/tpm/Tpm.h"
#include "services/CardServices.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace tpmvsc::test {

// The cheapest card to create: default admin key, PIN 12345678, a file system, no PUK and
// one precomputed admin reset.
CreateOptions basicCardOptions(const QString& name);

// The services' TPM connection as a test handles it: `*env.tpm` and `env.tpm->` connect
// when needed; `env.tpm.reset()` closes it, since swtpm serves one connection at a time
// and a test hands it to a child process, a module or a killed-TPM loop this way.
class TpmConnection
{
public:
    explicit TpmConnection(CardServices& services) : m_services(services) {}
    Tpm& operator*() const { return m_services.tpm(); }
    Tpm* operator->() const { return &m_services.tpm(); }
    void reset() { m_services.disconnect(); }
    // A new connection now (after reset(), or after swtpm restarted).
    void reconnect()
    {
        m_services.disconnect();
        m_services.tpm();
    }
    explicit operator bool() const { return m_services.isConnected(); }

private:
    CardServices& m_services;
};

struct CardTestEnv {
    explicit CardTestEnv(SwtpmFixture& fixture)
        : services(TpmOptions{fixture.tcti(), false, {}}, dir.path() + QStringLiteral("/store")),
          store(services.store()), service(services.service()), tpm(services)
    {}
    CardTestEnv(const CardTestEnv&) = delete;
    CardTestEnv& operator=(const CardTestEnv&) = delete;

    QTemporaryDir dir;
    CardServices services;
    CardStore& store;
    CardService& service;
    TpmConnection tpm;

    StoreSnapshot snapshot() const { return StoreSnapshot::take(store.root()); }

    // The built tpmvscmgr, in English, on this store and the TPM at `tcti` (this
    // connection is closed first: swtpm serves one at a time), with $XDG_CONFIG_HOME
    // `configHome`. `line` is split at spaces.
    ProcessResult tpmvscmgr(const QString& tcti, const QString& configHome, const QString& line,
                            const QByteArray& input = QByteArray());

    int createDefaultCard(const QString& name = QStringLiteral("TestVSC"), bool withPuk = true)
    {
        CreateOptions o = basicCardOptions(name);
        if (withPuk)
            o.puk = Secret::fromText(QStringLiteral("87654321"));
        o.adminResetStock = 3;
        return service.create(o);
    }
    static Secret defaultAdminKeyForTests();
};

inline Secret pin(const char* text)
{
    return Secret::fromText(QString::fromLatin1(text));
}

} // namespace tpmvsc::test

// Fails the test when an operation left a transient object or session on the TPM.
#define TPMVSC_VERIFY_NO_HANDLES(tpm)                                                              \
    do {                                                                                           \
        QCOMPARE((tpm).transientHandles().size(), 0);                                              \
        QCOMPARE((tpm).loadedSessions().size(), 0);                                                \
    } while (0)
