// What a card allows now (CardStatus::can), decided by core from the card record alone:
// the faces enable their actions from it, so each flag is checked here against the rule
// the card service enforces.
#include "core/card/CardService.h"

#include <QTest>

using namespace tpmvsc;

namespace {

// A ready card without PUK, file system, keys or admin resets: it allows changing its PIN.
CardRecord bareCard()
{
    CardRecord card;
    card.instance = 3;
    card.state = CardState::Ready;
    card.pinTriesLeft = 5;
    return card;
}

KeyRecord keyWith(bool certificate)
{
    KeyRecord key;
    key.id = QByteArray(20, '\x01');
    key.algorithm = KeyAlgorithm::EccP256;
    if (certificate)
        key.certificate = QByteArray("der");
    return key;
}

} // namespace

class TestCardActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bareCardOnlyChangesItsPin()
    {
        const CardStatus::Actions can = cardStatus(bareCard()).can;
        QVERIFY(can.changePin);
        QVERIFY(!can.unblockWithPuk);
        QVERIFY(!can.adminReset);
        QVERIFY(!can.initializeFileSystem);
        QVERIFY(!can.requestCertificate); // no file system for a key
        QVERIFY(!can.storeCertificate);   // no key to store it with
        QVERIFY(!can.readCertificates);
    }

    void unblockNeedsAPukWithTriesLeftOrAnAdminChallenge()
    {
        CardRecord card = bareCard();
        card.pukSealedSecret = TpmBlob{QByteArray("pub"), QByteArray("priv")};
        QVERIFY(cardStatus(card).can.unblockWithPuk);
        card.pukTriesLeft = 0;
        QVERIFY(!cardStatus(card).can.unblockWithPuk);

        card.adminChallenges.append(AdminChallenge{});
        QVERIFY(cardStatus(card).can.adminReset);
        QVERIFY(cardStatus(card).can.initializeFileSystem);
        card.adminTriesLeft = 0;
        QVERIFY(!cardStatus(card).can.adminReset);
        QVERIFY(!cardStatus(card).can.initializeFileSystem);
    }

    void fileSystemAndKeysOpenTheCertificateActions()
    {
        CardRecord card = bareCard();
        card.adminChallenges.append(AdminChallenge{});
        card.fileSystem = true;
        QVERIFY(cardStatus(card).can.requestCertificate);
        QVERIFY(!cardStatus(card).can.initializeFileSystem); // it has one
        card.keys.append(keyWith(false));
        QVERIFY(cardStatus(card).can.storeCertificate);
        QVERIFY(!cardStatus(card).can.readCertificates);
        card.keys.append(keyWith(true));
        QVERIFY(cardStatus(card).can.readCertificates);
    }

    void blockedCardOnlyUnblocksAndShows()
    {
        CardRecord card = bareCard();
        card.fileSystem = true;
        card.keys = {keyWith(true)};
        card.pukSealedSecret = TpmBlob{QByteArray("pub"), QByteArray("priv")};
        card.pinTriesLeft = 0;
        const CardStatus::Actions can = cardStatus(card).can;
        QVERIFY(!can.changePin);
        QVERIFY(!can.requestCertificate);
        QVERIFY(!can.storeCertificate);
        QVERIFY(can.unblockWithPuk);
        QVERIFY(can.readCertificates); // reading needs no PIN
    }
};

QTEST_GUILESS_MAIN(TestCardActions)
#include "test_card_actions.moc"
