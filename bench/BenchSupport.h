// What the benchmarks share: the TPM they run on (a private swtpm, or the one named by
// TPMVSC_BENCH_TCTI), the bench card's options, a rate loop, and the raw ESYS reference
// rate every figure is compared with.
#pragma once

#include "core/card/CardService.h"
#include "core/store/CardRecord.h"
#include "tests/support/SwtpmFixture.h"

#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace tpmvsc {
class Tpm;
}

namespace tpmvsc::bench {

// A private swtpm (dictionary attack relaxed), or the TPM in $TPMVSC_BENCH_TCTI with a
// temporary card store. Either way TPMVSC_TCTI and TPMVSC_HOME name them afterwards, so
// a PKCS#11 module loaded by the bench finds the same TPM and cards.
class BenchTpm
{
public:
    BenchTpm();
    const QString& tcti() const { return m_tcti; }
    const QString& storeRoot() const { return m_store; }

private:
    std::unique_ptr<test::SwtpmFixture> m_swtpm;
    QTemporaryDir m_dir;
    QString m_tcti;
    QString m_store;
};

// PIN 12345678, PUK 87654321, default admin key, file system, 10 admin resets.
CreateOptions benchCardOptions();
Secret benchPin();

// Runs `sign` `count` times and returns the calls per second.
double signaturesPerSecond(int count, const std::function<void()>& sign);

// How the raw reference authorises each Esys_Sign.
enum class RawAuth {
    Password,   // ESYS_TR_PASSWORD: the authValue in the clear, no session
    SaltedHmac, // an HMAC session salted to the storage primary (what a card session uses)
};

// The reference: a key of `algorithm` under a storage primary with a random 32-byte
// authValue (as card keys have), `count` Esys_Sign calls over a SHA-256 digest
// (RSASSA or ECDSA). Everything it loads is flushed before it returns.
double rawEsysRate(Tpm& tpm, KeyAlgorithm algorithm, int count, RawAuth auth);

} // namespace tpmvsc::bench
