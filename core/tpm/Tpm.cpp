#include "Tpm.h"

#include "CountingTcti.h"
#include "EsysMemory.h"
#include "Simulator.h"
#include "TpmError.h"

#include <QCoreApplication>
#include <QDir>
#include <tss2/tss2_esys.h>
#include <tss2/tss2_tctildr.h>

namespace tpmvsc {

namespace {

QString fourCc(std::uint32_t value)
{
    QString s;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const char c = static_cast<char>((value >> shift) & 0xff);
        if (c >= 0x20 && c < 0x7f)
            s += QLatin1Char(c);
    }
    return s.trimmed();
}
} // namespace

Tpm::Tpm(const TpmOptions& options, const QString& storeRoot)
{
    QString tcti = configuredTcti(options);
    if (tcti.isEmpty() && options.simulator) {
        const QString dir = options.simulatorDir.isEmpty()
                                ? QDir(storeRoot).filePath(QStringLiteral("simulator"))
                                : options.simulatorDir;
        m_simulator = std::make_unique<Simulator>(dir);
        tcti = m_simulator->tcti();
    }
    connect(tcti);
    if (m_simulator && m_simulator->freshlyProvisioned())
        setDictionaryAttackParameters(Simulator::kMaxAuthFail, Simulator::kRecoverySeconds,
                                      Simulator::kLockoutRecoverySeconds);
}

void Tpm::connect(const QString& tcti)
{
    // tpm2-tss logs every TPM error (a wrong PIN included) to stderr; our errors say
    // what matters. A user who wants the library's log sets TSS2_LOG themselves.
    qputenv("TSS2_LOG",
            qgetenv("TSS2_LOG").isEmpty() ? QByteArray("all+NONE") : qgetenv("TSS2_LOG"));
    TSS2_TCTI_CONTEXT* loader = nullptr;
    const QByteArray conf = tcti.toUtf8();
    TSS2_RC rc = Tss2_TctiLdr_Initialize(tcti.isEmpty() ? nullptr : conf.constData(), &loader);
    if (rc != TSS2_RC_SUCCESS) {
        if (tcti.isEmpty())
            throw Error(
                ErrorCode::TpmUnavailable,
                Sentence("Tpm", "No TPM could be reached (tried the access broker, /dev/tpmrm0 and "
                                "/dev/tpm0). Check that the TPM is enabled and that you may use it "
                                "(group tss)."),
                ErrorFacts(Credential::None, -1, Remedy::UseSoftwareTpm));
        throw Error(ErrorCode::TpmUnavailable,
                    Sentence("Tpm", "The TPM at \"%1\" could not be reached.").arg(tcti));
    }
    m_loaderTcti = loader;
    m_tcti = tcti; // empty: the TCTI loader chose; the faces word that
    m_counting = std::make_unique<CountingTcti>(loader);
    rc = Esys_Initialize(&m_esys, m_counting->context(), nullptr);
    if (rc != TSS2_RC_SUCCESS) {
        Tss2_TctiLdr_Finalize(&loader);
        m_loaderTcti = nullptr;
        throw tpmError("Esys_Initialize", rc);
    }
    protectEsysContext(m_esys);
    // The first command looks for the persistent storage key, and so also shows whether
    // the TPM answers. A bare simulator may not have been started yet; a real TPM always is.
    ESYS_TR key = ESYS_TR_NONE;
    rc = Esys_TR_FromTPMPublic(m_esys, kStorageKeyHandle, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                               &key);
    if (tpmBaseCode(rc) == TPM2_RC_INITIALIZE) {
        rc = Esys_Startup(m_esys, TPM2_SU_CLEAR);
        if (rc == TSS2_RC_SUCCESS)
            rc = Esys_TR_FromTPMPublic(m_esys, kStorageKeyHandle, ESYS_TR_NONE, ESYS_TR_NONE,
                                       ESYS_TR_NONE, &key);
    }
    if (rc == TSS2_RC_SUCCESS) {
        m_persistentStorageKey = key;
    } else if (tpmBaseCode(rc) != TPM2_RC_HANDLE) { // not "no object there"
        Error error = tpmError("Esys_TR_FromTPMPublic", rc);
        Esys_Finalize(&m_esys);
        Tss2_TctiLdr_Finalize(&loader);
        m_loaderTcti = nullptr;
        throw Error(ErrorCode::TpmUnavailable, error.message());
    }
}

Tpm::~Tpm()
{
    if (m_esys)
        Esys_Finalize(&m_esys);
    if (m_loaderTcti) {
        auto* loader = static_cast<TSS2_TCTI_CONTEXT*>(m_loaderTcti);
        Tss2_TctiLdr_Finalize(&loader);
    }
    m_simulator.reset();
}

void Tpm::setBeforeCommandHook(std::function<void(std::uint64_t)> hook)
{
    m_counting->setBeforeTransmit(std::move(hook));
}

void Tpm::setResponseHook(std::function<void(std::uint8_t*, std::size_t)> hook)
{
    m_counting->setAfterReceive(std::move(hook));
}

void Tpm::setCommandHook(std::function<void(const std::uint8_t*, std::size_t)> hook)
{
    m_counting->setOnTransmit(std::move(hook));
}

void Tpm::setStandIn(std::function<std::optional<std::vector<std::uint8_t>>(std::uint64_t)> standIn)
{
    m_counting->setStandIn(std::move(standIn));
}

TSS2_TCTI_CONTEXT* Tpm::tctiContext() const
{
    return m_counting ? m_counting->context() : nullptr;
}

std::uint64_t Tpm::commandsSent() const
{
    return m_counting ? m_counting->commands() : 0;
}

namespace {
std::uint32_t property(ESYS_CONTEXT* esys, TPM2_PT pt)
{
    TPMS_CAPABILITY_DATA* data = nullptr;
    checkRc(Esys_GetCapability(esys, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE,
                               TPM2_CAP_TPM_PROPERTIES, pt, 1, nullptr, &data),
            "Esys_GetCapability");
    std::uint32_t value = 0;
    if (data->data.tpmProperties.count > 0 &&
        data->data.tpmProperties.tpmProperty[0].property == pt)
        value = data->data.tpmProperties.tpmProperty[0].value;
    Esys_Free(data);
    return value;
}

QList<std::uint32_t> handles(ESYS_CONTEXT* esys, TPM2_HANDLE first)
{
    QList<std::uint32_t> out;
    TPMI_YES_NO more = TPM2_YES;
    TPM2_HANDLE next = first;
    while (more) {
        TPMS_CAPABILITY_DATA* data = nullptr;
        checkRc(Esys_GetCapability(esys, ESYS_TR_NONE, ESYS_TR_NONE, ESYS_TR_NONE, TPM2_CAP_HANDLES,
                                   next, TPM2_MAX_CAP_HANDLES, &more, &data),
                "Esys_GetCapability");
        const TPML_HANDLE& list = data->data.handles;
        for (UINT32 i = 0; i < list.count; ++i) {
            if ((list.handle[i] >> TPM2_HR_SHIFT) != (first >> TPM2_HR_SHIFT)) {
                more = TPM2_NO;
                break;
            }
            out.append(list.handle[i]);
            next = list.handle[i] + 1;
        }
        if (list.count == 0)
            more = TPM2_NO;
        Esys_Free(data);
    }
    return out;
}
} // namespace

bool Tpm::ownerAuthSet()
{
    return (property(m_esys, TPM2_PT_PERMANENT) & TPMA_PERMANENT_OWNERAUTHSET) != 0;
}

TpmInfo Tpm::info()
{
    TpmInfo info;
    info.manufacturer = fourCc(property(m_esys, TPM2_PT_MANUFACTURER));
    const std::uint32_t fw1 = property(m_esys, TPM2_PT_FIRMWARE_VERSION_1);
    const std::uint32_t fw2 = property(m_esys, TPM2_PT_FIRMWARE_VERSION_2);
    info.firmwareVersion = QStringLiteral("%1.%2.%3.%4")
                               .arg(fw1 >> 16)
                               .arg(fw1 & 0xffff)
                               .arg(fw2 >> 16)
                               .arg(fw2 & 0xffff);
    info.tcti = m_tcti;
    info.software = isSimulator() || isSoftwareTcti(m_tcti);
    const std::uint32_t permanent = property(m_esys, TPM2_PT_PERMANENT);
    info.lockoutAuthEmpty = (permanent & TPMA_PERMANENT_LOCKOUTAUTHSET) == 0;
    info.ownerAuthSet = (permanent & TPMA_PERMANENT_OWNERAUTHSET) != 0;
    info.inLockout = (permanent & TPMA_PERMANENT_INLOCKOUT) != 0;
    info.lockoutCounter = property(m_esys, TPM2_PT_LOCKOUT_COUNTER);
    info.maxAuthFail = property(m_esys, TPM2_PT_MAX_AUTH_FAIL);
    info.lockoutInterval = property(m_esys, TPM2_PT_LOCKOUT_INTERVAL);
    return info;
}

QList<std::uint32_t> Tpm::transientHandles()
{
    return handles(m_esys, TPM2_TRANSIENT_FIRST);
}

QList<std::uint32_t> Tpm::loadedSessions()
{
    return handles(m_esys, TPM2_LOADED_SESSION_FIRST) + handles(m_esys, TPM2_ACTIVE_SESSION_FIRST);
}

void Tpm::setDictionaryAttackParameters(std::uint32_t maxTries, std::uint32_t recoverySeconds,
                                        std::uint32_t lockoutRecoverySeconds)
{
    checkRc(Esys_DictionaryAttackParameters(m_esys, ESYS_TR_RH_LOCKOUT, ESYS_TR_PASSWORD,
                                            ESYS_TR_NONE, ESYS_TR_NONE, maxTries, recoverySeconds,
                                            lockoutRecoverySeconds),
            "Esys_DictionaryAttackParameters");
}

void Tpm::clearLockout()
{
    checkRc(Esys_DictionaryAttackLockReset(m_esys, ESYS_TR_RH_LOCKOUT, ESYS_TR_PASSWORD,
                                           ESYS_TR_NONE, ESYS_TR_NONE),
            "Esys_DictionaryAttackLockReset");
}

} // namespace tpmvsc
