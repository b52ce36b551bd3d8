#include "PivApplet.h"

#include "BerTlv.h"
#include "core/util/Error.h"

namespace tpmvsc::reader {

namespace {

constexpr quint8 kInsSelect = 0xA4;
constexpr quint8 kInsGetData = 0xCB;
constexpr quint8 kInsVerify = 0x20;
constexpr quint8 kInsGetResponse = 0xC0;
constexpr quint8 kInsGeneralAuthenticate = 0x87;
constexpr quint8 kInsChangeReferenceData = 0x24;
constexpr quint8 kInsResetRetryCounter = 0x2C;
constexpr quint8 kPinReference = 0x80; // the PIV card application PIN
constexpr int kPinBlockSize = 8;       // PINs go padded with FF to eight bytes

// Data object tags (NIST SP 800-73-4 part 1, table 3).
constexpr quint32 kDiscovery = 0x7E;
constexpr quint32 kChuid = 0x5FC102;
constexpr quint32 kCcc = 0x5FC107;

std::optional<PivSlot> certificateSlot(quint32 tag)
{
    switch (tag) {
    case 0x5FC105: return PivSlot::Authentication;
    case 0x5FC10A: return PivSlot::Signature;
    case 0x5FC10B: return PivSlot::KeyManagement;
    case 0x5FC101: return PivSlot::CardAuthentication;
    default: return std::nullopt;
    }
}

QByteArray status(quint16 sw)
{
    return responseApdu(QByteArray(), sw);
}

// A PIN or PUK as PIV sends it: eight bytes, padded with FF.
Secret unpadded(QByteArray block)
{
    while (!block.isEmpty() && quint8(block.back()) == 0xFF)
        block.chop(1);
    Secret out = Secret::fromBytes(block);
    block.fill('\0');
    return out;
}

// The answer to a check that sets a new PIN.
quint16 pinChangeStatus(const PinCheck& check)
{
    if (check.verified)
        return sw::kOk;
    if (check.newPinRefused)
        return sw::kWrongData;
    return check.blocked ? sw::kAuthenticationBlocked : sw::triesLeft(check.triesLeft);
}

// The application property template SELECT answers (part 2, 3.1.1): the PIX with its
// version, the coexistent tag allocation authority (the PIV AID), a label and the
// algorithms the card's keys can be.
QByteArray propertyTemplate()
{
    const QByteArray algorithms = encodeTlv(0x80, QByteArray::fromHex("07"))   // RSA 2048
                                  + encodeTlv(0x80, QByteArray::fromHex("11")) // ECC P-256
                                  + encodeTlv(0x80, QByteArray::fromHex("14")) // ECC P-384
                                  + encodeTlv(0x06, QByteArray::fromHex("00"));
    return encodeTlv(
        0x61, encodeTlv(0x4F, pivAid().mid(5)) + encodeTlv(0x79, encodeTlv(0x4F, pivAid())) +
                  encodeTlv(0x50, QByteArrayLiteral("tpmvsc PIV")) + encodeTlv(0xAC, algorithms));
}

// A FASC-N that names no agency, system or credential (all digits 9, as non-federal
// issuers write it), in its 25-byte packed BCD form.
QByteArray fascn()
{
    return QByteArray::fromHex("d4e739da739ced39ce739d836858210842108421c84210c3eb");
}

} // namespace

void PivApplet::reset()
{
    m_selected = false;
    m_pinVerified = false;
    m_card.forgetPin();
    m_pending.clear();
    m_chain.clear();
    m_chainIns = 0;
}

QByteArray PivApplet::process(QByteArrayView apdu)
{
    const std::optional<CommandApdu> parsed = parseCommandApdu(apdu);
    if (!parsed)
        return status(sw::kWrongLength);
    CommandApdu command = *parsed;
    if ((command.cla & ~0x10) != 0x00)
        return status(sw::kClaNotSupported);
    if (command.ins != kInsGetResponse)
        m_pending.clear(); // an answer not fetched is given up, as cards do
    // Chaining: collect the parts, answer the last one with the whole command.
    if (!m_chain.isEmpty() || command.chained()) {
        if (!m_chain.isEmpty() && command.ins != m_chainIns) {
            m_chain.clear();
            return status(0x6883); // the last command of the chain was expected
        }
        if (m_chain.size() + command.data.size() > kMaxCommandData) {
            m_chain.clear();
            return status(sw::kWrongLength);
        }
        m_chain += command.data;
        m_chainIns = command.ins;
        if (command.chained())
            return status(sw::kOk);
        command.data = m_chain;
        m_chain.clear();
    }
    return answer(command);
}

QByteArray PivApplet::answer(const CommandApdu& command)
{
    if (command.ins == kInsSelect)
        return select(command);
    if (!m_selected)
        return status(sw::kConditionsNotSatisfied);
    switch (command.ins) {
    case kInsGetData: return getData(command);
    case kInsVerify: return verify(command);
    case kInsGetResponse: return getResponse(command);
    case kInsGeneralAuthenticate: return generalAuthenticate(command);
    case kInsChangeReferenceData: return changeReferenceData(command);
    case kInsResetRetryCounter: return resetRetryCounter(command);
    default: return status(sw::kInsNotSupported);
    }
}

QByteArray PivApplet::select(const CommandApdu& command)
{
    if (command.p1 != 0x04 || (command.p2 != 0x00 && command.p2 != 0x0C))
        return status(sw::kWrongP1P2);
    // A partial AID selects too (part 2, 3.1.1): the PIX may be left out.
    if (command.data.size() < 5 || !pivAid().startsWith(command.data)) {
        m_selected = false;
        m_pinVerified = false;
        return status(sw::kNotFound);
    }
    m_selected = true;
    return command.p2 == 0x0C ? status(sw::kOk) : send(propertyTemplate(), command);
}

QByteArray PivApplet::getData(const CommandApdu& command)
{
    if (command.p1 != 0x3F || command.p2 != 0xFF)
        return status(sw::kWrongP1P2);
    const std::optional<QList<Tlv>> tlvs = decodeTlvs(command.data);
    if (!tlvs || tlvs->size() != 1 || tlvs->first().tag != 0x5C || tlvs->first().value.isEmpty() ||
        tlvs->first().value.size() > 3)
        return status(sw::kWrongData);
    quint32 tag = 0;
    for (const char byte : tlvs->first().value)
        tag = (tag << 8) | quint8(byte);
    const QByteArray object = dataObject(tag);
    if (object.isEmpty())
        return status(sw::kNotFound);
    return send(object, command);
}

QByteArray PivApplet::dataObject(quint32 tag) const
{
    if (tag == kDiscovery)
        // The PIV AID, and the PIN usage policy: the PIV PIN only, no global PIN.
        return encodeTlv(0x7E, encodeTlv(0x4F, pivAid()) +
                                   encodeTlv(0x5F2F, QByteArray::fromHex("4000")));
    if (tag == kChuid)
        return encodeTlv(0x53, encodeTlv(0x30, fascn()) + encodeTlv(0x34, m_card.cardUuid()) +
                                   encodeTlv(0x35, QByteArrayLiteral("20991231")) +
                                   encodeTlv(0x3E, QByteArray()) + encodeTlv(0xFE, QByteArray()));
    if (tag == kCcc) {
        // The card identifier: the GSC-IS RID, a manufacturer and card type, then 14 bytes
        // of the card's own.
        const QByteArray identifier =
            QByteArray::fromHex("a000000116ff02") + m_card.cardUuid().left(14);
        return encodeTlv(
            0x53, encodeTlv(0xF0, identifier) + encodeTlv(0xF1, QByteArray::fromHex("21")) +
                      encodeTlv(0xF2, QByteArray::fromHex("21")) + encodeTlv(0xF3, QByteArray()) +
                      encodeTlv(0xF4, QByteArray(1, '\0')) +
                      encodeTlv(0xF5, QByteArray::fromHex("10")) + encodeTlv(0xF6, QByteArray()) +
                      encodeTlv(0xF7, QByteArray()) + encodeTlv(0xFA, QByteArray()) +
                      encodeTlv(0xFB, QByteArray()) + encodeTlv(0xFC, QByteArray()) +
                      encodeTlv(0xFD, QByteArray()) + encodeTlv(0xFE, QByteArray()));
    }
    if (const std::optional<PivSlot> slot = certificateSlot(tag)) {
        const QByteArray der = m_card.certificate(*slot);
        if (der.isEmpty())
            return {};
        // CertInfo 00: the certificate is not compressed.
        return encodeTlv(0x53, encodeTlv(0x70, der) + encodeTlv(0x71, QByteArray(1, '\0')) +
                                   encodeTlv(0xFE, QByteArray()));
    }
    return {};
}

QByteArray PivApplet::verify(const CommandApdu& command)
{
    if (command.p2 != kPinReference)
        return status(sw::kReferenceNotFound);
    if (command.p1 == 0xFF) { // reset the PIN's security status
        if (!command.data.isEmpty())
            return status(sw::kWrongLength);
        m_pinVerified = false;
        m_card.forgetPin();
        return status(sw::kOk);
    }
    if (command.p1 != 0x00)
        return status(sw::kWrongP1P2);
    if (command.data.isEmpty()) { // asks for the state: verified, or the tries left
        if (m_card.pinBlocked())
            return status(sw::kAuthenticationBlocked);
        return status(m_pinVerified ? sw::kOk : sw::triesLeft(m_card.pinTriesLeft()));
    }
    if (command.data.size() != kPinBlockSize)
        return status(sw::kWrongData);
    if (m_card.pinBlocked())
        return status(sw::kAuthenticationBlocked);
    const PinCheck check = m_card.verifyPin(unpadded(command.data));
    m_pinVerified = check.verified;
    if (check.verified)
        return status(sw::kOk);
    return status(check.blocked ? sw::kAuthenticationBlocked : sw::triesLeft(check.triesLeft));
}

QByteArray PivApplet::generalAuthenticate(const CommandApdu& command)
{
    const std::optional<PivSlot> slot = pivSlot(command.p2);
    if (!slot)
        return status(sw::kReferenceNotFound);
    const std::optional<PivAlgorithm> algorithm = m_card.keyAlgorithm(*slot);
    if (!algorithm)
        return status(sw::kReferenceNotFound);
    if (command.p1 != quint8(*algorithm))
        return status(sw::kWrongP1P2);
    // 7C { 82 00 (the response asked for), 81 challenge }: a signature, or for an RSA key
    // a decryption. ECDH (85) and the witness/challenge forms are not offered.
    const std::optional<QList<Tlv>> outer = decodeTlvs(command.data);
    if (!outer || outer->size() != 1 || outer->first().tag != 0x7C)
        return status(sw::kWrongData);
    const std::optional<QList<Tlv>> inner = decodeTlvs(outer->first().value);
    if (!inner)
        return status(sw::kWrongData);
    const std::optional<QByteArray> asked = findTlv(*inner, 0x82);
    const std::optional<QByteArray> challenge = findTlv(*inner, 0x81);
    if (!asked || !asked->isEmpty() || !challenge || challenge->isEmpty() || inner->size() != 2)
        return status(sw::kWrongData);
    // Every card key is used with the card secret, which the PIN unseals.
    if (!m_pinVerified)
        return status(sw::kSecurityNotSatisfied);
    QByteArray result;
    try {
        result = m_card.privateOperation(*slot, *challenge);
    } catch (const Error& e) {
        // A block the key cannot take is the program's fault; anything else the card's.
        return status(e.code() == ErrorCode::InvalidInput ? sw::kWrongData
                                                          : sw::kNoPreciseDiagnosis);
    }
    return send(encodeTlv(0x7C, encodeTlv(0x82, result)), command);
}

QByteArray PivApplet::changeReferenceData(const CommandApdu& command)
{
    if (command.p2 != kPinReference)
        return status(sw::kReferenceNotFound);
    if (command.p1 != 0x00)
        return status(sw::kWrongP1P2);
    if (command.data.size() != 2 * kPinBlockSize)
        return status(sw::kWrongData);
    if (m_card.pinBlocked())
        return status(sw::kAuthenticationBlocked);
    const PinCheck check = m_card.changePin(unpadded(command.data.left(kPinBlockSize)),
                                            unpadded(command.data.mid(kPinBlockSize)));
    // A new PIN is not a verified PIN: the program verifies it when it wants the keys.
    m_pinVerified = false;
    return status(pinChangeStatus(check));
}

QByteArray PivApplet::resetRetryCounter(const CommandApdu& command)
{
    if (command.p2 != kPinReference)
        return status(sw::kReferenceNotFound);
    if (command.p1 != 0x00)
        return status(sw::kWrongP1P2);
    if (command.data.size() != 2 * kPinBlockSize)
        return status(sw::kWrongData);
    const PinCheck check = m_card.resetPin(unpadded(command.data.left(kPinBlockSize)),
                                           unpadded(command.data.mid(kPinBlockSize)));
    m_pinVerified = false;
    return status(pinChangeStatus(check));
}

QByteArray PivApplet::getResponse(const CommandApdu& command)
{
    if (m_pending.isEmpty())
        return status(sw::kConditionsNotSatisfied);
    const QByteArray rest = m_pending;
    m_pending.clear();
    return send(rest, command);
}

QByteArray PivApplet::send(const QByteArray& data, const CommandApdu& command)
{
    const qsizetype room = command.ne.value_or(command.extended ? 65536 : 256);
    if (data.size() <= room)
        return responseApdu(data, sw::kOk);
    m_pending = data.mid(room);
    return responseApdu(data.left(room), sw::moreData(m_pending.size()));
}

} // namespace tpmvsc::reader
