// What the PIV applet needs of a card: its identity, its certificates, its PIN. The reader
// program implements it over the card service (the PIN checked by the TPM, as everywhere);
// the applet itself knows no TPM, so its APDU handling can be tested and fuzzed alone.
#pragma once

#include "core/util/Secret.h"

#include <QByteArray>

namespace tpmvsc::reader {

// The key references of NIST SP 800-73-4 part 1, table 4b (the four main slots).
enum class PivSlot : quint8 {
    Authentication = 0x9A,
    Signature = 0x9C,
    KeyManagement = 0x9D,
    CardAuthentication = 0x9E,
};

struct PinCheck {
    bool verified = false;
    int triesLeft = 0; // after the check
    bool blocked = false;
};

class PivCard
{
public:
    virtual ~PivCard() = default;
    // 16 bytes that name the card for good (the CHUID's GUID, the CCC's card identifier).
    virtual QByteArray cardUuid() const = 0;
    // The certificate (DER) of the key in `slot`; empty when the slot holds none.
    virtual QByteArray certificate(PivSlot slot) const = 0;
    virtual int pinTriesLeft() const = 0;
    virtual bool pinBlocked() const = 0;
    // Checks the PIN (as the card's owner typed it, padding removed); a wrong one counts.
    virtual PinCheck verifyPin(const Secret& pin) = 0;
};

} // namespace tpmvsc::reader
