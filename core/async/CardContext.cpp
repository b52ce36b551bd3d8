#include "async/CardContext.h"

#include "tpm/Tpm.h"
#include "util/Error.h"

namespace tpmvsc {

CardContext::CardContext(const TpmOptions& options, const QString& storeRoot)
    : m_options(options), m_store(storeRoot), m_service(m_store, [this]() -> Tpm& { return tpm(); })
{}

CardContext::~CardContext() = default;

Tpm& CardContext::tpm()
{
    if (!m_tpm)
        m_tpm = std::make_unique<Tpm>(m_options, m_store.root());
    return *m_tpm;
}

TpmReadiness CardContext::readiness()
{
    Tpm& t = tpm();
    const TpmInfo info = t.info();
    TpmReadiness r;
    r.manufacturer = info.manufacturer;
    r.firmwareVersion = info.firmwareVersion;
    r.tcti = info.tcti;
    r.software = info.software;
    r.builtInSimulator = t.isSimulator();
    r.lockoutAuthEmpty = info.lockoutAuthEmpty;
    r.ownerAuthSet = info.ownerAuthSet;
    r.inLockout = info.inLockout;
    r.lockoutCounter = info.lockoutCounter;
    r.maxAuthFail = info.maxAuthFail;
    r.lockoutInterval = info.lockoutInterval;
    return r;
}

void CardContext::disconnect()
{
    m_tpm.reset();
}

void CardContext::jobFailed(const Error& error)
{
    // TpmUnavailable after connecting means the connection itself broke (ESYS refuses
    // every later command once a response is lost); other failures leave it usable.
    if (error.code() == ErrorCode::TpmUnavailable)
        disconnect();
}

} // namespace tpmvsc
