// What most integration tests need: the binary's swtpm (one per test binary), and per
// test a fresh store, a Tpm connection and a CardService over both. Also the checks
// every test repeats: no transient handle left, store bytes unchanged.
#pragma once

#include "ExpectError.h"
#include "StoreSnapshot.h"
#include "SwtpmFixture.h"
#include "card/CardService.h"
#include "store/CardStore.h"
#include "tpm/Tpm.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace tpmvsc::test {

// The cheapest card to create: default admin key, PIN 12345678, a file system, no PUK and
// one precomputed admin reset.
CreateOptions basicCardOptions(const QString& name);

struct CardTestEnv {
    explicit CardTestEnv(SwtpmFixture& fixture)
        : store(dir.path() + QStringLiteral("/store")),
          tpm(std::make_unique<Tpm>(TpmOptions{fixture.tcti(), false, {}}, QString())),
          service(store, [this]() -> Tpm& { return *tpm; }) // follows `tpm` when replaced
    {}
    CardTestEnv(const CardTestEnv&) = delete;
    CardTestEnv& operator=(const CardTestEnv&) = delete;

    QTemporaryDir dir;
    CardStore store;
    std::unique_ptr<Tpm> tpm;
    CardService service;

    StoreSnapshot snapshot() const { return StoreSnapshot::take(store.root()); }

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
