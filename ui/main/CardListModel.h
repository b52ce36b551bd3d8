// The card list of the main window: one row per card, ordered by instance, following the
// cards the worker publishes (CardChanges). A changed card's row is updated in place, so
// the selection and the scroll position stay. Holds no secret and does no I/O.
#pragma once

#include "core/card/CardService.h"
#include "services/CardWatch.h"

#include <QAbstractTableModel>
#include <QList>

namespace tpmvsc {

class CardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        InstanceColumn,
        StateColumn,
        PinTriesColumn,
        AdminResetsColumn,
        KeysColumn,
        CertificatesColumn,
        ColumnCount
    };
    enum class State { Ready, Blocked, NoFileSystem };
    // Data roles besides DisplayRole: the instance number (int) for any column, and the
    // State (int) for StateColumn, so views and tests need not parse display text.
    static constexpr int InstanceRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;

    explicit CardListModel(QObject* parent = nullptr);

    void setCards(const QList<CardStatus>& cards);
    // A complete change set replaces the list; otherwise rows are updated, inserted and
    // removed one by one.
    void apply(const CardChanges& changes);
    const QList<CardStatus>& cards() const { return m_cards; }
    // The card in `row`, or nullptr when the row does not exist.
    const CardStatus* cardAt(int row) const;
    int rowOfInstance(int instance) const; // -1 when absent

    static State stateOf(const CardStatus& card);
    static QString stateText(const CardStatus& card);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CardStatus> m_cards;
};

} // namespace tpmvsc
