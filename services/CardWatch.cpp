#include "CardWatch.h"

#include "core/store/CardStore.h"

namespace tpmvsc {

CardChanges CardWatch::look(const CardStore& store, bool everything)
{
    CardChanges changes;
    changes.complete = everything || !m_looked;
    m_looked = true;
    std::map<int, std::uint64_t> stamps;
    for (int instance : store.instances()) {
        bool settled = true;
        const std::uint64_t stamp = store.fileStamp(instance, &settled);
        stamps.emplace(instance, stamp);
        const auto known = m_stamps.find(instance);
        const bool sameStamp = known != m_stamps.end() && known->second == stamp;
        const auto young = m_young.find(instance);
        if (!changes.complete && sameStamp && young == m_young.end())
            continue;
        try {
            const CardRecord card = store.load(instance);
            // A young file with its old stamp may have changed within one tick: what
            // tells is its content, compared with what was published.
            const bool unchanged =
                !changes.complete && sameStamp && young != m_young.end() && young->second == card;
            if (settled)
                m_young.erase(instance);
            else
                m_young.insert_or_assign(instance, card);
            if (unchanged)
                continue;
            if (card.state == CardState::Ready)
                changes.updated.append(cardStatus(card));
            else if (known != m_stamps.end())
                changes.removed.append(instance); // being destroyed, or never finished
        } catch (const Error& error) {
            m_young.erase(instance);
            changes.unreadable.append(UnreadableCard{instance, error});
        }
    }
    for (const auto& [instance, stamp] : m_stamps) {
        if (!stamps.count(instance)) {
            changes.removed.append(instance);
            m_young.erase(instance);
        }
    }
    m_stamps = std::move(stamps);
    return changes;
}

} // namespace tpmvsc
