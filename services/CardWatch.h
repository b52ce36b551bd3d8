// The cards as a long-running program last published them, brought up to date by reading
// only the cards whose file changed. The GUI's worker looks after every job it runs (and
// when the store's folder changes), so the card list, the dialogs and the actions follow
// one card state without ever re-reading all cards: one card's change costs a listing of
// the folder, a stat per card, and one card's read.
#pragma once

#include "core/card/CardService.h"
#include "core/store/CardRecord.h"
#include "core/util/Error.h"

#include <QList>
#include <cstdint>
#include <map>

namespace tpmvsc {

class CardStore;

struct UnreadableCard {
    int instance = -1;
    Error error; // why its file cannot be used (damaged, insecure, ...)
};

struct CardChanges {
    QList<CardStatus> updated;        // new or changed cards, as stored now, by instance
    QList<int> removed;               // gone, or no longer a usable card
    QList<UnreadableCard> unreadable; // files that changed into something unusable
    // A full look: `updated` holds every usable card and `unreadable` every unusable one,
    // whether they changed or not.
    bool complete = false;
    // The card as published now, when it is among `updated`.
    const CardStatus* updatedCard(int instance) const
    {
        for (const CardStatus& card : updated) {
            if (card.instance == instance)
                return &card;
        }
        return nullptr;
    }
    // Whether anything here is about that card (a complete look is about every card).
    bool concerns(int instance) const
    {
        if (complete || updatedCard(instance) || removed.contains(instance))
            return true;
        for (const UnreadableCard& card : unreadable) {
            if (card.instance == instance)
                return true;
        }
        return false;
    }
    bool isEmpty() const
    {
        return !complete && updated.isEmpty() && removed.isEmpty() && unreadable.isEmpty();
    }
};

class CardWatch
{
public:
    // What changed since the last look; `everything`: every card is read again and the
    // answer is complete (the first look always is).
    CardChanges look(const CardStore& store, bool everything = false);

private:
    std::map<int, std::uint64_t> m_stamps; // file stamps as of the last look
    // Cards whose file was too young at the last look for its stamp to prove it unchanged
    // (CardStore::fileStamp), as published then: read again and compared at the next look.
    std::map<int, CardRecord> m_young;
    bool m_looked = false;
};

} // namespace tpmvsc
