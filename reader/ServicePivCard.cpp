#include "ServicePivCard.h"

#include "core/card/CardService.h"
#include "core/store/CardStore.h"
#include "core/util/Error.h"
#include "services/CardServices.h"

namespace tpmvsc::reader {

const QList<PivSlot>& pivSlotOrder()
{
    static const QList<PivSlot> order = {PivSlot::Authentication, PivSlot::Signature,
                                         PivSlot::KeyManagement, PivSlot::CardAuthentication};
    return order;
}

ServicePivCard::ServicePivCard(CardServices& services, int instance)
    : m_services(services), m_instance(instance)
{}

QByteArray ServicePivCard::cardUuid() const
{
    return m_services.store().load(m_instance).cardId;
}

QByteArray ServicePivCard::certificate(PivSlot slot) const
{
    const qsizetype index = pivSlotOrder().indexOf(slot);
    const QList<KeyInfo> keys = m_services.service().keys(m_instance);
    if (index < 0 || index >= keys.size() || !keys[index].hasCertificate)
        return {};
    return m_services.service().certificate(m_instance, keys[index].id).der;
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
    try {
        m_services.service().verifyPin(m_instance, pin);
        return PinCheck{true, pinTriesLeft(), false};
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Blocked)
            return PinCheck{false, 0, true};
        if (e.code() == ErrorCode::AuthFailed || e.code() == ErrorCode::PolicyViolation)
            return PinCheck{false, pinTriesLeft(), pinBlocked()};
        throw;
    }
}

} // namespace tpmvsc::reader
