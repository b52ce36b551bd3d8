#include "card/CardEdit.h"

#include <exception>

namespace tpmvsc {

CardEdit::CardEdit(CardStore& store, int instance)
    : m_store(store), m_lock(store.lockCard(instance)), m_exceptions(std::uncaught_exceptions())
{
    card = m_store.load(instance);
    m_rollback = card;
}

CardEdit::~CardEdit()
{
    if (!m_dirty || std::uncaught_exceptions() <= m_exceptions)
        return;
    try {
        m_store.save(m_rollback);
    } catch (...) {
        // The original error is what the user needs to see; the store keeps whichever
        // complete version the atomic rename left.
    }
}

void CardEdit::save()
{
    m_store.save(card);
    m_dirty = true;
}

void CardEdit::keep()
{
    m_rollback = card;
    m_dirty = false;
}

} // namespace tpmvsc
