// The PIV applet alone, over a card held in memory (the TPM-backed card comes with the
// reader program): APDU forms, BER-TLV, SELECT, GET DATA of every object with GET
// RESPONSE for long ones, VERIFY with tries left and blocking, command chaining, and the
// status words of bad commands.
#include "core/util/Error.h"
#include "reader/Apdu.h"
#include "reader/BerTlv.h"
#include "reader/PivApplet.h"

#include <QTest>

using namespace tpmvsc;
using namespace tpmvsc::reader;

namespace {

class MemoryCard : public PivCard
{
public:
    QByteArray uuid = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    QByteArray authCertificate;
    QByteArray pin = "12345678";
    int maxTries = 3;
    int tries = 3;

    QByteArray cardUuid() const override { return uuid; }
    QByteArray certificate(PivSlot slot) const override
    {
        return slot == PivSlot::Authentication ? authCertificate : QByteArray();
    }
    int pinTriesLeft() const override { return tries; }
    bool pinBlocked() const override { return tries <= 0; }
    PinCheck verifyPin(const Secret& typed) override
    {
        const bool right = typed.size() == std::size_t(pin.size()) &&
                           std::memcmp(typed.data(), pin.constData(), typed.size()) == 0;
        tries = right ? maxTries : tries - 1;
        open = right;
        return PinCheck{right, tries, tries <= 0};
    }
    void forgetPin() override { open = false; }
    static bool same(const Secret& typed, const QByteArray& text)
    {
        return typed.size() == std::size_t(text.size()) &&
               std::memcmp(typed.data(), text.constData(), typed.size()) == 0;
    }
    PinCheck changePin(const Secret& oldPin, const Secret& newPin) override
    {
        if (newPin.size() < 6)
            return PinCheck{false, tries, false, true};
        if (!same(oldPin, pin)) {
            --tries;
            return PinCheck{false, tries, tries <= 0, false};
        }
        pin = QByteArray(reinterpret_cast<const char*>(newPin.data()), qsizetype(newPin.size()));
        tries = maxTries;
        return PinCheck{true, tries, false, false};
    }
    PinCheck resetPin(const Secret& typedPuk, const Secret& newPin) override
    {
        if (!same(typedPuk, puk))
            return PinCheck{false, --pukTries, pukTries <= 0, false};
        pin = QByteArray(reinterpret_cast<const char*>(newPin.data()), qsizetype(newPin.size()));
        tries = maxTries;
        return PinCheck{true, tries, false, false};
    }
    QByteArray puk = "87654321";
    int pukTries = 3;
    std::optional<PivAlgorithm> keyAlgorithm(PivSlot slot) const override
    {
        if (slot == PivSlot::Authentication)
            return PivAlgorithm::EccP256;
        return std::nullopt;
    }
    QByteArray privateOperation(PivSlot, const QByteArray& data) override
    {
        if (!open)
            throw Error(ErrorCode::AuthFailed, QStringLiteral("closed"));
        if (data.size() != 32)
            throw Error(ErrorCode::InvalidInput, QStringLiteral("not a P-256 digest"));
        return "signed:" + data;
    }
    bool open = false;
};

quint16 swOf(const QByteArray& response)
{
    return quint16((quint8(response[response.size() - 2]) << 8) |
                   quint8(response[response.size() - 1]));
}

QByteArray dataOf(const QByteArray& response)
{
    return response.left(response.size() - 2);
}

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

QByteArray selectPiv()
{
    return hex("00a4040009a00000030800001000") + QByteArray(1, '\0');
}

QByteArray verifyApdu(const QByteArray& pin)
{
    QByteArray block = pin;
    block.append(QByteArray(8 - pin.size(), '\xff'));
    return hex("0020008008") + block;
}

} // namespace

class TestPivApplet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apduForms()
    {
        QVERIFY(!parseCommandApdu(hex("00a404")));                     // header cut short
        QCOMPARE(parseCommandApdu(hex("00c00000"))->ne, std::nullopt); // case 1
        QCOMPARE(*parseCommandApdu(hex("00c0000000"))->ne, 256);       // case 2, Le 00
        const auto c3 = parseCommandApdu(hex("0020008002aabb"));
        QVERIFY(c3 && c3->data == hex("aabb") && !c3->ne);
        const auto c4 = parseCommandApdu(hex("00cb3fff035c017e00"));
        QVERIFY(c4 && c4->data == hex("5c017e") && *c4->ne == 256);
        const auto e2 = parseCommandApdu(hex("00cb3fff000000"));
        QVERIFY(e2 && e2->extended && *e2->ne == 65536);
        const auto e4 = parseCommandApdu(hex("00cb3fff0000035c017e0400"));
        QVERIFY(e4 && e4->data == hex("5c017e") && *e4->ne == 1024);
        // Lengths that do not add up.
        QVERIFY(!parseCommandApdu(hex("0020008003aabb")));
        QVERIFY(!parseCommandApdu(hex("0020008002aabbccdd")));
        QVERIFY(!parseCommandApdu(hex("00cb3fff000000aa")));
        QVERIFY(!parseCommandApdu(hex("00cb3fff0000")));
    }

    void berTlv()
    {
        const QByteArray big(300, 'x');
        const QByteArray encoded = encodeTlv(0x5FC105, big) + encodeTlv(0x7E, hex("01"));
        QCOMPARE(encoded.left(6), hex("5fc10582012c"));
        const auto decoded = decodeTlvs(encoded);
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), 2);
        QCOMPARE(decoded->at(0), (Tlv{0x5FC105, big}));
        QCOMPARE(*findTlv(*decoded, 0x7E), hex("01"));
        QVERIFY(!decodeTlvs(hex("5c02aa")));       // value cut short
        QVERIFY(!decodeTlvs(hex("5c8101aa")));     // a long form for a short length
        QVERIFY(!decodeTlvs(hex("5c80aa0000")));   // indefinite
        QVERIFY(!decodeTlvs(hex("5c830000010a"))); // three length bytes
        QVERIFY(!decodeTlvs(hex("5fc1c1c10100"))); // a tag of four bytes
        QVERIFY(!decodeTlvs(hex("5f")));           // a tag cut short
        QCOMPARE(decodeTlvs(QByteArray())->size(), 0);
    }

    void selectAndDiscovery()
    {
        MemoryCard card;
        PivApplet applet(card);
        // Nothing answers before the application is selected.
        QCOMPARE(swOf(applet.process(hex("00cb3fff035c017e00"))), sw::kConditionsNotSatisfied);
        QCOMPARE(swOf(applet.process(hex("00a4040005a000000399"))), sw::kNotFound);
        const QByteArray selected = applet.process(selectPiv());
        QCOMPARE(swOf(selected), sw::kOk);
        const auto apt = decodeTlvs(dataOf(selected));
        QVERIFY(apt && apt->size() == 1 && apt->first().tag == 0x61);
        const auto inside = decodeTlvs(apt->first().value);
        QVERIFY(inside);
        QCOMPARE(*findTlv(*inside, 0x4F), hex("000010000100"));
        const QByteArray discovery = applet.process(hex("00cb3fff035c017e00"));
        QCOMPARE(swOf(discovery), sw::kOk);
        const auto object = decodeTlvs(dataOf(discovery));
        QVERIFY(object && object->first().tag == 0x7E);
        QCOMPARE(*findTlv(*decodeTlvs(object->first().value), 0x4F), pivAid());
    }

    void chuidAndCcc()
    {
        MemoryCard card;
        PivApplet applet(card);
        applet.process(selectPiv());
        const QByteArray chuid = applet.process(hex("00cb3fff055c035fc10200"));
        QCOMPARE(swOf(chuid), sw::kOk);
        const auto fields = decodeTlvs(decodeTlvs(dataOf(chuid))->first().value);
        QVERIFY(fields);
        QCOMPARE(findTlv(*fields, 0x30)->size(), 25);
        QCOMPARE(*findTlv(*fields, 0x34), card.uuid);
        const QByteArray ccc = applet.process(hex("00cb3fff055c035fc10700"));
        QCOMPARE(swOf(ccc), sw::kOk);
        const auto cccFields = decodeTlvs(decodeTlvs(dataOf(ccc))->first().value);
        QCOMPARE(findTlv(*cccFields, 0xF0)->size(), 21);
    }

    void certificatesComeInPieces()
    {
        MemoryCard card;
        PivApplet applet(card);
        applet.process(selectPiv());
        // No certificate in 9A yet; none ever in 9C.
        QCOMPARE(swOf(applet.process(hex("00cb3fff055c035fc10500"))), sw::kNotFound);
        QCOMPARE(swOf(applet.process(hex("00cb3fff055c035fc10a00"))), sw::kNotFound);
        card.authCertificate = QByteArray(700, '\x30');
        QByteArray response = applet.process(hex("00cb3fff055c035fc10500"));
        QByteArray whole = dataOf(response);
        QCOMPARE(whole.size(), 256);
        while ((swOf(response) & 0xff00) == 0x6100) {
            response = applet.process(hex("00c0000000"));
            whole += dataOf(response);
        }
        QCOMPARE(swOf(response), sw::kOk);
        const auto object = decodeTlvs(whole);
        QVERIFY(object && object->first().tag == 0x53);
        QCOMPARE(*findTlv(*decodeTlvs(object->first().value), 0x70), card.authCertificate);
        // An extended Le takes it at once.
        const QByteArray once = applet.process(hex("00cb3fff0000055c035fc1050000"));
        QCOMPARE(swOf(once), sw::kOk);
        QCOMPARE(dataOf(once), whole);
        // GET RESPONSE with nothing waiting, and after another command gave it up.
        QCOMPARE(swOf(applet.process(hex("00c0000000"))), sw::kConditionsNotSatisfied);
    }

    void pinTriesAndBlocking()
    {
        MemoryCard card;
        PivApplet applet(card);
        applet.process(selectPiv());
        QCOMPARE(swOf(applet.process(hex("0020008000"))), sw::triesLeft(3));
        QCOMPARE(swOf(applet.process(verifyApdu("00000000"))), sw::triesLeft(2));
        QCOMPARE(swOf(applet.process(verifyApdu("12345678"))), sw::kOk);
        QVERIFY(applet.pinVerified());
        QCOMPARE(swOf(applet.process(hex("0020008000"))), sw::kOk);
        // P1 FF forgets it; a reset too.
        QCOMPARE(swOf(applet.process(hex("0020ff80"))), sw::kOk);
        QVERIFY(!applet.pinVerified());
        QCOMPARE(swOf(applet.process(verifyApdu("1234"))), sw::triesLeft(2));
        QCOMPARE(swOf(applet.process(verifyApdu("1235"))), sw::triesLeft(1));
        QCOMPARE(swOf(applet.process(verifyApdu("1236"))), sw::kAuthenticationBlocked);
        QCOMPARE(swOf(applet.process(verifyApdu("12345678"))), sw::kAuthenticationBlocked);
        QCOMPARE(card.tries, 0); // a blocked card is not asked again
        // Wrong forms: another key reference, a PIN block of another length.
        QCOMPARE(swOf(applet.process(hex("0020008102aabb"))), sw::kReferenceNotFound);
        QCOMPARE(swOf(applet.process(hex("0020008002aabb"))), sw::kWrongData);
    }

    // GENERAL AUTHENTICATE: the slot's key signs after the PIN, in the template PIV asks.
    void generalAuthenticate()
    {
        MemoryCard card;
        PivApplet applet(card);
        applet.process(selectPiv());
        const QByteArray digest(32, '\x5a');
        const auto request = [&](const char* header, const QByteArray& challenge) {
            const QByteArray body =
                encodeTlv(0x7C, encodeTlv(0x82, QByteArray()) + encodeTlv(0x81, challenge));
            return hex(header) + QByteArray(1, char(body.size())) + body + QByteArray(1, '\0');
        };
        QCOMPARE(swOf(applet.process(request("0087119a", digest))), sw::kSecurityNotSatisfied);
        QCOMPARE(swOf(applet.process(verifyApdu("12345678"))), sw::kOk);
        const QByteArray signature = applet.process(request("0087119a", digest));
        QCOMPARE(swOf(signature), sw::kOk);
        const auto outer = decodeTlvs(dataOf(signature));
        QVERIFY(outer && outer->first().tag == 0x7C);
        QCOMPARE(*findTlv(*decodeTlvs(outer->first().value), 0x82), "signed:" + digest);
        // Another algorithm than the key's, a slot without a key, a slot PIV does not have.
        QCOMPARE(swOf(applet.process(request("0087079a", digest))), sw::kWrongP1P2);
        QCOMPARE(swOf(applet.process(request("0087119c", digest))), sw::kReferenceNotFound);
        QCOMPARE(swOf(applet.process(request("00871177", digest))), sw::kReferenceNotFound);
        // A digest the key cannot take; a template without the challenge; junk.
        QCOMPARE(swOf(applet.process(request("0087119a", QByteArray(20, 'a')))), sw::kWrongData);
        QCOMPARE(swOf(applet.process(hex("0087119a047c028200"))), sw::kWrongData);
        QCOMPARE(swOf(applet.process(hex("0087119a03010203"))), sw::kWrongData);
        // Forgetting the PIN closes the keys again.
        QCOMPARE(swOf(applet.process(hex("0020ff80"))), sw::kOk);
        QVERIFY(!card.open);
        QCOMPARE(swOf(applet.process(request("0087119a", digest))), sw::kSecurityNotSatisfied);
    }

    // CHANGE REFERENCE DATA and RESET RETRY COUNTER: the card's own PIN changes.
    void pinChangeAndReset()
    {
        MemoryCard card;
        PivApplet applet(card);
        applet.process(selectPiv());
        const auto blocks = [](const QByteArray& a, const QByteArray& b) {
            return a + QByteArray(8 - a.size(), '\xff') + b + QByteArray(8 - b.size(), '\xff');
        };
        QCOMPARE(swOf(applet.process(hex("0024008010") + blocks("00000000", "24681357"))),
                 sw::triesLeft(2));
        QCOMPARE(swOf(applet.process(hex("0024008010") + blocks("12345678", "2468"))),
                 sw::kWrongData); // the new PIN breaks the policy: nothing changed
        QCOMPARE(card.pin, QByteArray("12345678"));
        QCOMPARE(swOf(applet.process(hex("0024008010") + blocks("12345678", "24681357"))), sw::kOk);
        QCOMPARE(card.pin, QByteArray("24681357"));
        QVERIFY(!applet.pinVerified());
        QCOMPARE(swOf(applet.process(verifyApdu("24681357"))), sw::kOk);
        // Blocked, then unblocked with the PUK.
        for (int i = 0; i < 3; ++i)
            applet.process(verifyApdu("11111111"));
        QCOMPARE(swOf(applet.process(verifyApdu("24681357"))), sw::kAuthenticationBlocked);
        QCOMPARE(swOf(applet.process(hex("002c008010") + blocks("00000000", "13572468"))),
                 sw::triesLeft(2));
        QCOMPARE(swOf(applet.process(hex("002c008010") + blocks("87654321", "13572468"))), sw::kOk);
        QCOMPARE(swOf(applet.process(verifyApdu("13572468"))), sw::kOk);
        // Other references and lengths.
        QCOMPARE(swOf(applet.process(hex("0024008110") + blocks("1", "2"))),
                 sw::kReferenceNotFound);
        QCOMPARE(swOf(applet.process(hex("002400800812345678ffffffff"))), sw::kWrongData);
    }

    void chainingAndBadCommands()
    {
        MemoryCard card;
        PivApplet applet(card);
        applet.process(selectPiv());
        // GET DATA in two chained parts.
        QCOMPARE(swOf(applet.process(hex("10cb3fff035c035f"))), sw::kOk);
        const QByteArray joined = applet.process(hex("00cb3fff02c10200"));
        QCOMPARE(swOf(joined), sw::kOk);
        QVERIFY(dataOf(joined).startsWith(hex("53")));
        // A chain broken by another instruction.
        QCOMPARE(swOf(applet.process(hex("10cb3fff025c01"))), sw::kOk);
        QCOMPARE(swOf(applet.process(hex("0020008000"))), quint16(0x6883));
        // A chain longer than any object.
        const QByteArray part = hex("10cb3fff00ffff") + QByteArray(0xffff, 'a');
        QCOMPARE(swOf(applet.process(part)), sw::kWrongLength);
        QCOMPARE(swOf(applet.process(hex("80cb3fff035c017e"))), sw::kClaNotSupported);
        QCOMPARE(swOf(applet.process(hex("00ee0000"))), sw::kInsNotSupported);
        QCOMPARE(swOf(applet.process(hex("00cb3fff"))), sw::kWrongData);
        QCOMPARE(swOf(applet.process(hex("00cb3ffe035c017e"))), sw::kWrongP1P2);
        QCOMPARE(swOf(applet.process(hex("00cb3fff055c017e"))), sw::kWrongLength);
        QCOMPARE(swOf(applet.process(hex("00cb"))), sw::kWrongLength);
    }
};

QTEST_GUILESS_MAIN(TestPivApplet)
#include "test_piv_applet.moc"
