// libFuzzer target: sequences of APDUs sent to the PIV applet, as any program on the
// machine can send them through PC/SC. Each input is split into commands by a one-byte
// length prefix. Every response must end in a status word, never be longer than a short
// or extended answer can be, and the card behind it must only see PIN checks of PINs
// that fit a PIN block.
#include "FuzzCheck.h"
#include "core/util/Error.h"
#include "reader/PivApplet.h"

#include <cstdint>
#include <cstring>

using namespace tpmvsc;
using namespace tpmvsc::reader;

namespace {

class FuzzCard : public PivCard
{
public:
    int tries = 3;
    QByteArray cardUuid() const override { return QByteArray(16, '\x42'); }
    QByteArray certificate(PivSlot slot) const override
    {
        return slot == PivSlot::Authentication ? QByteArray(900, '\x30') : QByteArray();
    }
    int pinTriesLeft() const override { return tries; }
    bool pinBlocked() const override { return tries <= 0; }
    PinCheck verifyPin(const Secret& pin) override
    {
        fuzz::require(pin.size() <= 8);
        const bool right = pin.size() == 4 && std::memcmp(pin.data(), "1234", 4) == 0;
        tries = right ? 3 : tries - 1;
        open = right;
        return PinCheck{right, tries, tries <= 0};
    }
    void forgetPin() override { open = false; }
    PinCheck changePin(const Secret& oldPin, const Secret& newPin) override
    {
        fuzz::require(oldPin.size() <= 8 && newPin.size() <= 8);
        return PinCheck{false, --tries, tries <= 0, false};
    }
    PinCheck resetPin(const Secret& puk, const Secret& newPin) override
    {
        fuzz::require(puk.size() <= 8 && newPin.size() <= 8);
        tries = 3;
        return PinCheck{true, tries, false, false};
    }
    std::optional<PivAlgorithm> keyAlgorithm(PivSlot slot) const override
    {
        if (slot == PivSlot::Authentication)
            return PivAlgorithm::EccP256;
        return std::nullopt;
    }
    QByteArray privateOperation(PivSlot, const QByteArray& data) override
    {
        // The applet asks only after a right PIN, and only with a challenge.
        fuzz::require(open && !data.isEmpty());
        if (data.size() != 32)
            throw Error(ErrorCode::InvalidInput, QStringLiteral("not a P-256 digest"));
        return QByteArray(70, '\x30');
    }
    bool open = false;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzCard card;
    PivApplet applet(card);
    size_t at = 0;
    while (at < size) {
        const size_t length = data[at++];
        const size_t take = length < size - at ? length : size - at;
        const QByteArray response = applet.process(
            QByteArrayView(reinterpret_cast<const char*>(data + at), qsizetype(take)));
        at += take;
        fuzz::require(response.size() >= 2 && response.size() <= 65536 + 2);
        if (data[0] & 1)
            applet.reset();
    }
    return 0;
}
