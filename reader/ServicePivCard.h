// A card of the store as the PIV applet sees it, through the card service: its PIN checked
// by the TPM (a wrong one counts, as through every other face), its certificates read
// from the store. Card keys take the PIV slots in the order they were made: the first
// 9A (authentication), then 9C (signature), 9D (key management), 9E (card authentication).
#pragma once

#include "PivCard.h"
#include "core/card/CardService.h"

#include <QList>
#include <memory>

namespace tpmvsc {
class CardServices;
class CardSession;
} // namespace tpmvsc

namespace tpmvsc::reader {

class ServicePivCard : public PivCard
{
public:
    ServicePivCard(CardServices& services, int instance);
    ~ServicePivCard() override;

    QByteArray cardUuid() const override;
    QByteArray certificate(PivSlot slot) const override;
    int pinTriesLeft() const override;
    bool pinBlocked() const override;
    PinCheck verifyPin(const Secret& pin) override;
    void forgetPin() override;
    PinCheck changePin(const Secret& oldPin, const Secret& newPin) override;
    PinCheck resetPin(const Secret& puk, const Secret& newPin) override;
    std::optional<PivAlgorithm> keyAlgorithm(PivSlot slot) const override;
    QByteArray privateOperation(PivSlot slot, const QByteArray& data) override;

private:
    std::optional<KeyInfo> keyIn(PivSlot slot) const;
    // What a refused PIN or PUK check means to PIV; rethrows any other failure.
    PinCheck refusal(const Error& e, bool puk) const;

    CardServices& m_services;
    int m_instance;
    // The card opened with the PIN (its keys loaded as they are used), until forgetPin().
    std::unique_ptr<CardSession> m_session;
};

} // namespace tpmvsc::reader
