// A test's files written and read whole, for the tests that write inputs for peers and
// read back what they made.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace tpmvsc::test {

// Replaces the file's content; false when it cannot be written whole.
inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.flush();
}

// The whole file; empty when it cannot be read.
inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace tpmvsc::test
