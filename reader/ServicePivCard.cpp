#include "ServicePivCard.h"

#include "core/card/CardService.h"
#include "core/card/CardSession.h"
#include "core/card/PublicKeyExport.h"
#include "core/store/CardStore.h"
#include "core/util/Error.h"
#include "services/CardServices.h"

#include <algorithm>
#include <iterator>

namespace tpmvsc::reader {

ServicePivCard::ServicePivCard(CardServices& services, int instance)
    : m_services(services), m_instance(instance)
{}

QByteArray ServicePivCard::cardUuid() const
{
    return m_services.store().load(m_instance).cardId;
}

ServicePivCard::~ServicePivCard() = default;

std::optional<KeyInfo> ServicePivCard::keyIn(PivSlot slot) const
{
    const qsizetype index =
        std::find(std::begin(kPivSlots), std::end(kPivSlots), slot) - std::begin(kPivSlots);
    const QList<KeyInfo> keys = m_services.service().keys(m_instance);
    if (index < 0 || index >= keys.size())
        return std::nullopt;
    return keys[index];
}

QByteArray ServicePivCard::certificate(PivSlot slot) const
{
    const std::optional<KeyInfo> key = keyIn(slot);
    if (!key || !key->hasCertificate)
        return {};
    return m_services.service().certificate(m_instance, key->id).der;
}

std::optional<PivAlgorithm> ServicePivCard::keyAlgorithm(PivSlot slot) const
{
    const std::optional<KeyInfo> key = keyIn(slot);
    if (!key)
        return std::nullopt;
    switch (key->algorithm) {
    case KeyAlgorithm::Rsa2048: return PivAlgorithm::Rsa2048;
    case KeyAlgorithm::Rsa3072: return PivAlgorithm::Rsa3072;
    case KeyAlgorithm::EccP256: return PivAlgorithm::EccP256;
    case KeyAlgorithm::EccP384: return PivAlgorithm::EccP384;
    }
    return std::nullopt;
}

QByteArray ServicePivCard::privateOperation(PivSlot slot, const QByteArray& data)
{
    const std::optional<KeyInfo> key = keyIn(slot);
    if (!key || !m_session)
        throw Error(ErrorCode::AuthFailed, QStringLiteral("the PIN has not been verified"));
    if (isRsa(key->algorithm))
        return m_session->rsaRaw(key->id, data);
    // The digest, as long as the curve's order: the TPM signs a digest of that size.
    const HashAlgorithm hash =
        key->algorithm == KeyAlgorithm::EccP384 ? HashAlgorithm::Sha384 : HashAlgorithm::Sha256;
    return ecdsaSignatureToDer(m_session->sign(key->id, hash, SignatureScheme::Ecdsa, data));
}

int ServicePivCard::pinTriesLeft() const
{
    return m_services.service().status(m_instance).pinTriesLeft;
}

bool ServicePivCard::pinBlocked() const
{
    return m_services.service().status(m_instance).blocked;
}

PinCheck ServicePivCard::verifyPin(const Secret& pin)
{
    m_session.reset();
    try {
        m_session = m_services.service().openSession(m_instance, pin);
        return PinCheck{true, pinTriesLeft(), false};
    } catch (const Error& e) {
        return refusal(e, false);
    }
}

PinCheck ServicePivCard::refusal(const Error& e, bool puk) const
{
    const CardStatus status = m_services.service().status(m_instance);
    const int tries = puk ? status.pukTriesLeft : status.pinTriesLeft;
    switch (e.code()) {
    case ErrorCode::Blocked: return PinCheck{false, 0, true, false};
    case ErrorCode::AuthFailed: return PinCheck{false, tries, tries <= 0, false};
    case ErrorCode::PolicyViolation: return PinCheck{false, tries, false, true};
    case ErrorCode::Unsupported: return PinCheck{false, 0, true, false}; // a card without PUK
    default: throw e;
    }
}

PinCheck ServicePivCard::changePin(const Secret& oldPin, const Secret& newPin)
{
    m_session.reset();
    try {
        m_services.service().changePin(m_instance, oldPin, newPin);
        return PinCheck{true, pinTriesLeft(), false, false};
    } catch (const Error& e) {
        return refusal(e, false);
    }
}

PinCheck ServicePivCard::resetPin(const Secret& puk, const Secret& newPin)
{
    m_session.reset();
    try {
        m_services.service().unblockWithPuk(m_instance, puk, newPin);
        return PinCheck{true, pinTriesLeft(), false, false};
    } catch (const Error& e) {
        return refusal(e, true);
    }
}

void ServicePivCard::forgetPin()
{
    m_session.reset();
}

} // namespace tpmvsc::reader
