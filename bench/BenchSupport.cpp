#include "BenchSupport.h"

#include "core/card/AdminResponse.h"
#include "core/tpm/Tpm.h"
#include "core/tpm/TpmObjects.h"
#include "core/util/Error.h"

#include <QElapsedTimer>
#include <QFile>

namespace tpmvsc::bench {

BenchTpm::BenchTpm()
{
    m_tcti = qEnvironmentVariable("TPMVSC_BENCH_TCTI");
    if (m_tcti.isEmpty()) {
        m_swtpm = std::make_unique<test::SwtpmFixture>(); // exports TPMVSC_TCTI/_HOME
        m_tcti = m_swtpm->tcti();
        m_store = m_swtpm->storeRoot();
        return;
    }
    if (!m_dir.isValid()) // QTemporaryDir is 0700, as the store wants
        throw Error(ErrorCode::Internal, QStringLiteral("bench: no temporary dir"));
    m_store = m_dir.path();
    qputenv("TPMVSC_TCTI", m_tcti.toUtf8());
    qputenv("TPMVSC_HOME", QFile::encodeName(m_store));
}

CreateOptions benchCardOptions()
{
    CreateOptions o;
    o.name = QStringLiteral("bench");
    o.adminKey = defaultAdminKey();
    o.pin = benchPin();
    o.puk = Secret::fromText(QStringLiteral("87654321"));
    o.generate = true;
    return o;
}

Secret benchPin()
{
    return Secret::fromText(QStringLiteral("12345678"));
}

double signaturesPerSecond(int count, const std::function<void()>& sign)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i)
        sign();
    return count / (static_cast<double>(t.nsecsElapsed()) / 1e9);
}

double rawEsysRate(Tpm& tpm, KeyAlgorithm algorithm, int count, RawAuth auth)
{
    const Secret authValue = Secret::random(32);
    TpmObject primary = createStoragePrimary(tpm, nullptr);
    const TpmBlob blob = createKey(tpm, primary.handle(), ESYS_TR_PASSWORD, algorithm, authValue);
    TpmObject key = loadBlob(tpm, primary.handle(), ESYS_TR_PASSWORD, blob);
    TpmObject session;
    if (auth == RawAuth::SaltedHmac)
        session = startSaltedSession(tpm, primary.handle());
    else
        primary.flush(); // one loaded object fewer: swtpm holds only three
    const ESYS_TR handle = session ? session.handle() : ESYS_TR_PASSWORD;
    SignRequest req;
    const bool ecc = algorithm == KeyAlgorithm::EccP256 || algorithm == KeyAlgorithm::EccP384;
    req.scheme = ecc ? TPM2_ALG_ECDSA : TPM2_ALG_RSASSA;
    req.hash = TPM2_ALG_SHA256;
    req.digest = QByteArray(32, 'r');
    return signaturesPerSecond(
        count, [&] { signDigest(tpm, key.handle(), handle, authValue, req, algorithm); });
}

} // namespace tpmvsc::bench
