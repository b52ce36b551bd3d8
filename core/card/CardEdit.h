// One change to one card, all or nothing. Holds the card's lock, and if the change
// fails after it had already saved intermediate state (a lowered try counter, a used
// challenge), puts the card file back as it was, so a failed step never leaves a half
// change. A counted failure (wrong PIN) is kept by moving the rollback point.
#pragma once

#include "core/store/CardStore.h"

namespace tpmvsc {

// NotFound for a card whose creation or destruction did not finish.
void refuseUnfinished(const CardRecord& card);

class CardEdit
{
public:
    enum Scope { ReadyOnly, AnyState };
    // ReadyOnly: a card being created or destroyed (a crash interrupted it) is NotFound.
    CardEdit(CardStore& store, int instance, Scope scope = ReadyOnly);
    ~CardEdit(); // rolls back when unwinding from an exception
    CardEdit(const CardEdit&) = delete;
    CardEdit& operator=(const CardEdit&) = delete;

    CardRecord card;

    void save();
    // What is saved now stays even if the operation fails later (a wrong PIN counts).
    void keep();

private:
    CardStore& m_store;
    StoreLock m_lock;
    CardRecord m_rollback;
    QByteArray m_onDisk; // the card as its file holds it now
    bool m_dirty = false;
    int m_exceptions;
};

} // namespace tpmvsc
