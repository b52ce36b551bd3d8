// What the PIV applet needs of a card: its identity, its certificates, its PIN. The reader
// program implements it over the card service (the PIN checked by the TPM, as everywhere);
// the applet itself knows no TPM, so its APDU handling can be tested and fuzzed alone.
#pragma once

#include "core/util/Secret.h"

#include <QByteArray>
#include <optional>

namespace tpmvsc::reader {

// The key references of NIST SP 800-73-4 part 1, table 4b (the four main slots).
enum class PivSlot : quint8 {
    Authentication = 0x9A,
    Signature = 0x9C,
    KeyManagement = 0x9D,
    CardAuthentication = 0x9E,
};

// The algorithm identifiers of NIST SP 800-78 (table 6-2) a card key can have.
enum class PivAlgorithm : quint8 {
    Rsa2048 = 0x07,
    Rsa3072 = 0x05,
    EccP256 = 0x11,
    EccP384 = 0x14,
};

// The four slots, in the order card keys take them.
inline constexpr PivSlot kPivSlots[] = {PivSlot::Authentication, PivSlot::Signature,
                                        PivSlot::KeyManagement, PivSlot::CardAuthentication};

// The slot a key reference (P2 of GENERAL AUTHENTICATE) names, if it is one of the four.
inline std::optional<PivSlot> pivSlot(quint8 reference)
{
    for (const PivSlot slot : kPivSlots)
        if (quint8(slot) == reference)
            return slot;
    return std::nullopt;
}

struct PinCheck {
    bool verified = false;
    int triesLeft = 0; // after the check (of the PUK, for resetPin)
    bool blocked = false;
    bool newPinRefused = false; // the new PIN breaks the card's PIN policy: nothing changed
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
    // A right one opens the card's keys until forgetPin().
    virtual PinCheck verifyPin(const Secret& pin) = 0;
    virtual void forgetPin() = 0;
    // A new PIN, with the old one (CHANGE REFERENCE DATA) or the PUK (RESET RETRY COUNTER,
    // which also unblocks), checked by the TPM as verifyPin is. `verified`: it was set.
    virtual PinCheck changePin(const Secret& oldPin, const Secret& newPin) = 0;
    virtual PinCheck resetPin(const Secret& puk, const Secret& newPin) = 0;
    // The algorithm of the key in `slot`; nothing when the slot holds no key.
    virtual std::optional<PivAlgorithm> keyAlgorithm(PivSlot slot) const = 0;
    // The key's private operation, after a right PIN: for an RSA key the raw operation on
    // one block of the modulus size (the program padded it: a signature or a decryption);
    // for an ECC key an ECDSA signature (DER) of `data`, the digest as long as the curve's
    // order. Throws Error when the key cannot (the caller answers with a status word).
    virtual QByteArray privateOperation(PivSlot slot, const QByteArray& data) = 0;
};

} // namespace tpmvsc::reader
