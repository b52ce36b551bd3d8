// Every file of a card store with its bytes and mode, to assert that a failed
// operation left the store exactly as it was (lock files are ignored: they carry no data).
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace tpmvsc::test {

struct StoreSnapshot {
    QMap<QString, QByteArray> files; // relative path -> bytes
    QMap<QString, unsigned> modes;   // relative path -> st_mode & 07777
    static StoreSnapshot take(const QString& root);
    bool operator==(const StoreSnapshot&) const = default;
    QString diff(const StoreSnapshot& other) const; // what changed, for failure messages
};

} // namespace tpmvsc::test
