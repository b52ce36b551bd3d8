#include "CardListModel.h"

#include <QIcon>

namespace tpmvsc {

CardListModel::CardListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CardListModel::setCards(const QList<CardStatus>& cards)
{
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

void CardListModel::apply(const CardChanges& changes)
{
    if (changes.complete) {
        setCards(changes.updated);
        return;
    }
    // A card whose file became unusable leaves the list like one that is gone.
    QList<int> gone = changes.removed;
    for (const UnreadableCard& card : changes.unreadable)
        gone.append(card.instance);
    for (int instance : gone) {
        const int row = rowOfInstance(instance);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_cards.removeAt(row);
        endRemoveRows();
    }
    for (const CardStatus& card : changes.updated) {
        const int row = rowOfInstance(card.instance);
        if (row >= 0) {
            m_cards[row] = card;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        int at = 0;
        while (at < m_cards.size() && m_cards.at(at).instance < card.instance)
            ++at;
        beginInsertRows({}, at, at);
        m_cards.insert(at, card);
        endInsertRows();
    }
}

const CardStatus* CardListModel::cardAt(int row) const
{
    if (row < 0 || row >= m_cards.size())
        return nullptr;
    return &m_cards.at(row);
}

int CardListModel::rowOfInstance(int instance) const
{
    for (int row = 0; row < m_cards.size(); ++row)
        if (m_cards.at(row).instance == instance)
            return row;
    return -1;
}

CardListModel::State CardListModel::stateOf(const CardStatus& card)
{
    // Blocked first: it is what the card holder cannot work around.
    if (card.blocked)
        return State::Blocked;
    if (!card.fileSystem)
        return State::NoFileSystem;
    return State::Ready;
}

QString CardListModel::stateText(const CardStatus& card)
{
    switch (stateOf(card)) {
    case State::Ready: return tr("Ready");
    case State::Blocked: return tr("Blocked");
    case State::NoFileSystem: return tr("No file system");
    }
    return {};
}

int CardListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int CardListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardListModel::data(const QModelIndex& index, int role) const
{
    const CardStatus* card = cardAt(index.row());
    if (!card || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == InstanceRole)
        return card->instance;
    if (role == StateRole && index.column() == StateColumn)
        return int(stateOf(*card));
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case PinTriesColumn:
        case AdminResetsColumn:
        case KeysColumn:
        case CertificatesColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        switch (stateOf(*card)) {
        case State::Ready: return QIcon(QStringLiteral(":/icons/actions/status-ready.svg"));
        case State::Blocked: return QIcon(QStringLiteral(":/icons/actions/status-blocked.svg"));
        case State::NoFileSystem: return QIcon(QStringLiteral(":/icons/actions/filesystem.svg"));
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case InstanceColumn: return card->instanceId;
        case StateColumn:
            switch (stateOf(*card)) {
            case State::Ready: return tr("The card can be used.");
            case State::Blocked:
                return card->hasPuk
                           ? tr("Too many wrong PINs. Unblock it with the PUK or reset it with "
                                "the admin key.")
                           : tr("Too many wrong PINs. Reset it with the admin key.");
            case State::NoFileSystem:
                return tr("The card has no file system yet: initialise it with the admin key "
                          "before keys can be stored.");
            }
            break;
        case PinTriesColumn:
            return card->tpmHeldCounters
                       ? tr("%1 of %2 tries left, counted by the TPM")
                             .arg(card->pinTriesLeft)
                             .arg(card->pinMaxTries)
                       : tr("%1 of %2 tries left, counted in the card file (an older card: "
                            "tpmvscmgr upgrade moves the counters into the TPM)")
                             .arg(card->pinTriesLeft)
                             .arg(card->pinMaxTries);
        case AdminResetsColumn:
            return card->adminKeyMode == AdminKeyMode::Random
                       ? tr("Random admin key: this card cannot be managed.")
                       : tr("Admin resets left in the card's stock of challenges.");
        default: break;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn: return card->name;
    case InstanceColumn: return card->instanceId;
    case StateColumn: return stateText(*card);
    case PinTriesColumn: return card->pinTriesLeft;
    case AdminResetsColumn: return card->adminResetsLeft;
    case KeysColumn: return int(card->keys.size());
    case CertificatesColumn: return card->certificates;
    default: break;
    }
    return {};
}

QVariant CardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case InstanceColumn: return tr("Instance");
    case StateColumn: return tr("State");
    case PinTriesColumn: return tr("PIN tries left");
    case AdminResetsColumn: return tr("Admin resets left");
    case KeysColumn: return tr("Keys");
    case CertificatesColumn: return tr("Certificates");
    default: break;
    }
    return {};
}

} // namespace tpmvsc
