#include "card/CardEdit.h"

#include "card/InstanceId.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <exception>

namespace tpmvsc {

void refuseUnfinished(const CardRecord& card)
{
    if (card.state != CardState::Ready)
        throw Error(ErrorCode::NotFound,
                    QCoreApplication::translate("CardEdit",
                                                "The card %1 was being created or destroyed when "
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
