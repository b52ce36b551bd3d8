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
        const std::uint64_t stamp = store.fileStamp(instance);
        stamps.emplace(instance, stamp);
        const auto known = m_stamps.find(instance);
        if (!changes.complete && known != m_stamps.end() && known->second == stamp)
            continue;
        try {
            const CardRecord card = store.load(instance);
            if (card.state == CardState::Ready)
                changes.updated.append(cardStatus(card));
            else if (known != m_stamps.end())
                changes.removed.append(instance); // being destroyed, or never finished
        } catch (const Error& error) {
            changes.unreadable.append(UnreadableCard{instance, error});
        }
    }
    for (const auto& [instance, stamp] : m_stamps) {
        if (!stamps.count(instance))
            changes.removed.append(instance);
    }
    m_stamps = std::move(stamps);
    return changes;
}

} // namespace tpmvsc
