#include "CardEdit.h"

#include "core/store/InstanceId.h"
#include "core/util/Error.h"

#include <QCoreApplication>
#include <exception>

namespace tpmvsc {

void refuseUnfinished(const CardRecord& card)
{
    if (card.state != CardState::Ready)
        throw Error(ErrorCode::NotFound,
                    Sentence("CardEdit", "The card %1 was being created or destroyed when "
                                         "that was interrupted.")
                        .arg(formatInstanceId(card.instance)),
                    ErrorFacts{Credential::None, -1, Remedy::FinishInterrupted});
}

CardEdit::CardEdit(CardStore& store, int instance, Scope scope)
    : m_store(store), m_lock(store.lockCard(instance)), m_exceptions(std::uncaught_exceptions())
{
    card = m_store.load(instance);
    if (scope == ReadyOnly)
        refuseUnfinished(card);
    m_rollback = card;
    m_onDisk = CardStore::serialize(card);
}

CardEdit::~CardEdit()
{
    if (!m_dirty || std::uncaught_exceptions() <= m_exceptions)
        return;
    try {
        if (CardStore::serialize(m_rollback) != m_onDisk)
            m_store.save(m_rollback);
    } catch (...) {
        // The original error is what the user needs to see; the store keeps whichever
        // complete version the atomic rename left.
    }
}

void CardEdit::save()
{
    // An unchanged card is not written again: a login that finds the tries full would
    // otherwise pay a synced file write for nothing.
    QByteArray bytes = CardStore::serialize(card);
    if (bytes == m_onDisk)
        return;
    m_store.save(card);
    m_onDisk = std::move(bytes);
    m_dirty = true;
}

void CardEdit::keep()
{
    m_rollback = card;
    m_dirty = false;
}

} // namespace tpmvsc
