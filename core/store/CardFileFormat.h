// The card-file format of the store (cards/NNNN.card) and of store.json, described at
// the top of CardFileFormat.cpp: encoding, and strict decoding that names the field that
// is wrong. No file access; CardStore reads and writes the bytes.
#pragma once

#include "CardRecord.h"

#include <QByteArray>
#include <QString>

namespace tpmvsc {

// Largest card or store file tpmvsc reads: far above 30 keys with certificates.
inline constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;
// Highest instance number a card can have.
inline constexpr int kMaxInstance = 99999999;

// A card file's bytes. Throws InvalidInput when the record is not coherent, so the store
// never writes a file it would refuse to read back.
QByteArray encodeCardFile(const CardRecord& card);

// The card in a card file's bytes. Throws StoreCorrupt with the field that is wrong;
// `where` names the file in messages.
CardRecord decodeCardFile(const QByteArray& bytes, const QString& where);

// store.json's bytes, holding the next instance number.
QByteArray encodeStoreFile(int nextInstance);

// The next instance number in store.json's bytes. Throws StoreCorrupt; `where` names the
// file in messages.
int decodeStoreFile(const QByteArray& bytes, const QString& where);

} // namespace tpmvsc
