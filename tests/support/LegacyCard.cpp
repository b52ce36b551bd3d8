#include "LegacyCard.h"

#include "core/card/AdminResponse.h"
#include "core/card/CardSecrets.h"
#include "core/store/CardStore.h"
#include "core/tpm/TpmObjects.h"

namespace tpmvsc::test {

int createLegacyCard(Tpm& tpm, CardStore& store, const CreateOptions& o)
{
    CardRecord card;
    card.name = o.name;
    const Secret id = Secret::random(CardRecord::kCardIdSize);
    card.cardId = QByteArray(reinterpret_cast<const char*>(id.data()), CardRecord::kCardIdSize);
    card.created = QDateTime::currentDateTimeUtc();
    card.pinPolicy = o.pinPolicy;
    card.pinMaxTries = card.pinTriesLeft = o.pinMaxTries;
    card.pukMaxTries = card.pukTriesLeft = o.pinMaxTries;
    card.adminMaxTries = card.adminTriesLeft = o.pinMaxTries;
    card.adminKeyMode = o.adminKeyMode;
    card.fileSystem = o.generate;
    TpmObject primary = createStoragePrimary(tpm, &card.primaryName);
    TpmObject session = startSaltedSession(tpm, primary.handle());
    const Secret secret = Secret::random(32);
    card.pinSealedSecret = sealSecret(tpm, primary.handle(), session.handle(),
                                      pinAuthValue(card.cardId, o.pin), secret);
    if (o.puk)
        card.pukSealedSecret = sealSecret(tpm, primary.handle(), session.handle(),
                                          pukAuthValue(card.cardId, *o.puk), secret);
    const int stock = o.adminKeyMode == AdminKeyMode::Random ? 0 : o.adminResetStock;
    for (int i = 0; i < stock; ++i) {
        AdminChallenge entry;
        const Secret challenge = Secret::random(kChallengeSize);
        entry.challenge =
            QByteArray(reinterpret_cast<const char*>(challenge.data()), kChallengeSize);
        const Secret response = computeAdminResponse(o.adminKey, entry.challenge);
        entry.sealedSecret =
            sealSecret(tpm, primary.handle(), session.handle(),
                       adminAuthValue(card.cardId, entry.challenge, response), secret);
        card.adminChallenges.append(entry);
    }
    return store.create(card);
}

} // namespace tpmvsc::test
