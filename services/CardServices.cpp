#include "CardServices.h"

#include "AttestationCaClient.h"
#include "EnrollService.h"
#include "TpmChoice.h"
#include "core/tpm/Tpm.h"
#include "core/util/Error.h"
#include "enroll/CertificateTemplate.h"

#include <optional>

namespace tpmvsc {

CardServices::CardServices(const TpmOptions& requested, const QString& storeRoot)
    : m_requested(requested), m_store(storeRoot),
      m_service(m_store, [this]() -> Tpm& { return tpm(); })
{}

// Enrollment and the card operations end before the TPM connection closes.
CardServices::~CardServices()
{
    m_enroll.reset();
}

EnrollService& CardServices::enroll()
{
    const QStringList directories = defaultTemplateDirectories();
    const QByteArray stamp = templateFilesStamp(directories);
    if (!m_enroll || stamp != m_templatesStamp) {
        m_enroll = std::make_unique<EnrollService>(m_service, loadTemplates(directories));
        m_templatesStamp = stamp;
    }
    return *m_enroll;
}

Tpm& CardServices::tpm()
{
    if (!m_tpm)
        m_tpm = std::make_unique<Tpm>(chosenTpm(), m_store.root());
    return *m_tpm;
}

TpmOptions CardServices::chosenTpm() const
{
    return chooseTpm(m_requested, m_store.root());
}

bool CardServices::reachesSoftwareTpm() const
{
    return tpmvsc::reachesSoftwareTpm(chosenTpm());
}

TpmReadiness CardServices::readiness()
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

void CardServices::disconnect()
{
    m_tpm.reset();
}

void CardServices::jobFailed(const Error& error)
{
    // TpmUnavailable after connecting means the connection itself broke (ESYS refuses
    // every later command once a response is lost); other failures leave it usable.
    if (error.code() == ErrorCode::TpmUnavailable)
        disconnect();
}

int CardServices::createCard(CreateOptions options, const QString& attestationCa)
{
    std::optional<AttestationCaClient> ca;
    if (!attestationCa.isEmpty()) {
        ca.emplace(attestationCa);
        options.attestationKey = true;
        options.attestationCa = &*ca;
    }
    return m_service.create(options);
}

void CardServices::addAttestationKey(int instance, const Secret& pin, const QString& attestationCa)
{
    std::optional<AttestationCaClient> ca;
    if (!attestationCa.isEmpty())
        ca.emplace(attestationCa);
    m_service.addAttestationKey(instance, pin, ca ? &*ca : nullptr);
}

} // namespace tpmvsc
