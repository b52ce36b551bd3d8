// Bytes that must not outlive their use: PINs, PUKs, admin keys, card secrets.
// Deep-copied (never implicitly shared, unlike QByteArray) and wiped on destruction,
// so a wipe can never reach another owner's copy or miss a detached one. The bytes live
// in locked memory (util/LockedMemory.h): never swapped out, never in a core dump.
#pragma once

#include "LockedMemory.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tpmvsc {

class Secret
{
public:
    Secret() = default;
    Secret(const void* data, std::size_t size);
    // The UTF-8 bytes of text typed by the user (PINs are printable ASCII by policy).
    static Secret fromText(const QString& text);
    static Secret fromBytes(const QByteArray& bytes);
    static Secret random(std::size_t size); // from OpenSSL's CSPRNG

    Secret(const Secret& other) = default;
    Secret& operator=(const Secret& other);
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;
    ~Secret();

    const std::uint8_t* data() const { return m_bytes.data(); }
    std::uint8_t* data() { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }
    void append(const void* data, std::size_t size);
    void resize(std::size_t size);
    void wipe();

    // For checks on the characters of a PIN (policy engine); the caller wipes the result.
    bool operator==(const Secret& other) const; // constant time on equal lengths

private:
    using Bytes = std::vector<std::uint8_t, LockedAllocator<std::uint8_t>>;
    Bytes m_bytes;
};

// Wipes a QByteArray/QString in place (for buffers that came from Qt APIs).
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace tpmvsc
