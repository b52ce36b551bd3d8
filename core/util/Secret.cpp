#include "Secret.h"

#include "Error.h"

#include <QCoreApplication>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace tpmvsc {

Secret::Secret(const void* data, std::size_t size)
    : m_bytes(static_cast<const std::uint8_t*>(data), static_cast<const std::uint8_t*>(data) + size)
{}

Secret Secret::fromText(const QString& text)
{
    // UTF-8, never Latin-1: Latin-1 turns every other character into "?", so two different
    // non-ASCII PINs would become the same bytes. The policy then refuses non-ASCII bytes.
    QByteArray bytes = text.toUtf8();
    Secret s(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    tpmvsc::wipe(bytes); // the member wipe() hides the free function
    return s;
}

Secret Secret::fromBytes(const QByteArray& bytes)
{
    return Secret(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

Secret Secret::random(std::size_t size)
{
    Secret s;
    s.m_bytes.resize(size);
    if (size > 0 && RAND_bytes(s.m_bytes.data(), static_cast<int>(size)) != 1)
        throw Error(ErrorCode::Internal, Sentence("tpmvsc", "The random number generator failed."));
    return s;
}

Secret& Secret::operator=(const Secret& other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

Secret::Secret(Secret&& other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

Secret::~Secret()
{
    wipe();
}

void Secret::append(const void* data, std::size_t size)
{
    // Grow into a fresh buffer so the old one can be wiped, not merely freed.
    Bytes grown;
    grown.reserve(m_bytes.size() + size);
    grown.insert(grown.end(), m_bytes.begin(), m_bytes.end());
    const auto* p = static_cast<const std::uint8_t*>(data);
    grown.insert(grown.end(), p, p + size);
    wipe();
    m_bytes = std::move(grown);
}

void Secret::resize(std::size_t size)
{
    if (size <= m_bytes.size()) {
        if (size < m_bytes.size())
            OPENSSL_cleanse(m_bytes.data() + size, m_bytes.size() - size);
        m_bytes.resize(size);
        return;
    }
    Bytes grown(size, 0);
    if (!m_bytes.empty()) // memcpy from an empty vector's null data() is undefined
        std::memcpy(grown.data(), m_bytes.data(), m_bytes.size());
    wipe();
    m_bytes = std::move(grown);
}

void Secret::wipe()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

bool Secret::operator==(const Secret& other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    return m_bytes.empty() ||
           CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never wipe a buffer another QByteArray shares; wipe our copy
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString& text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace tpmvsc
