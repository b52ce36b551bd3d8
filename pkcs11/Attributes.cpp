#include "Attributes.h"

#include <cstring>

namespace tpmvsc::pkcs11 {

QByteArray ulongValue(CK_ULONG value)
{
    return QByteArray(reinterpret_cast<const char*>(&value), sizeof value);
}

QByteArray boolValue(bool value)
{
    const CK_BBOOL b = value ? CK_TRUE : CK_FALSE;
    return QByteArray(reinterpret_cast<const char*>(&b), sizeof b);
}

std::optional<QByteArray> AttributeSet::value(CK_ATTRIBUTE_TYPE type) const
{
    const auto it = m_values.find(type);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

CK_RV AttributeSet::copyTo(CK_ATTRIBUTE* attributes, CK_ULONG count) const
{
    CK_RV rv = CKR_OK;
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_ATTRIBUTE& a = attributes[i];
        if (m_sensitive.count(a.type)) {
            a.ulValueLen = CK_UNAVAILABLE_INFORMATION;
            rv = CKR_ATTRIBUTE_SENSITIVE;
            continue;
        }
        const auto it = m_values.find(a.type);
        if (it == m_values.end()) {
            a.ulValueLen = CK_UNAVAILABLE_INFORMATION;
            rv = CKR_ATTRIBUTE_TYPE_INVALID;
            continue;
        }
        const QByteArray& v = it->second;
        if (!a.pValue) {
            a.ulValueLen = CK_ULONG(v.size());
        } else if (a.ulValueLen >= CK_ULONG(v.size())) {
            if (!v.isEmpty())
                std::memcpy(a.pValue, v.constData(), std::size_t(v.size()));
            a.ulValueLen = CK_ULONG(v.size());
        } else {
            a.ulValueLen = CK_UNAVAILABLE_INFORMATION;
            rv = CKR_BUFFER_TOO_SMALL;
        }
    }
    return rv;
}

bool AttributeSet::matches(const CK_ATTRIBUTE* attributes, CK_ULONG count) const
{
    for (CK_ULONG i = 0; i < count; ++i) {
        const CK_ATTRIBUTE& a = attributes[i];
        const auto it = m_values.find(a.type);
        if (it == m_values.end())
            return false;
        const QByteArray wanted =
            a.ulValueLen ? QByteArray(static_cast<const char*>(a.pValue), qsizetype(a.ulValueLen))
                         : QByteArray();
        if (it->second != wanted)
            return false;
    }
    return true;
}

void checkTemplate(const CK_ATTRIBUTE* attributes, CK_ULONG count)
{
    if (count && !attributes)
        fail(CKR_ARGUMENTS_BAD);
    for (CK_ULONG i = 0; i < count; ++i) {
        const CK_ATTRIBUTE& a = attributes[i];
        if (a.ulValueLen && !a.pValue)
            fail(CKR_ATTRIBUTE_VALUE_INVALID);
        if (a.ulValueLen > kMaxAttributeLength)
            fail(CKR_ATTRIBUTE_VALUE_INVALID);
    }
}

Template::Template(const CK_ATTRIBUTE* attributes, CK_ULONG count)
{
    checkTemplate(attributes, count);
    for (CK_ULONG i = 0; i < count; ++i) {
        const CK_ATTRIBUTE& a = attributes[i];
        m_values[a.type] =
            a.ulValueLen ? QByteArray(static_cast<const char*>(a.pValue), qsizetype(a.ulValueLen))
                         : QByteArray();
    }
}

std::optional<QByteArray> Template::bytes(CK_ATTRIBUTE_TYPE type) const
{
    const auto it = m_values.find(type);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::optional<CK_ULONG> Template::ulong(CK_ATTRIBUTE_TYPE type) const
{
    const std::optional<QByteArray> v = bytes(type);
    if (!v)
        return std::nullopt;
    if (v->size() != sizeof(CK_ULONG))
        fail(CKR_ATTRIBUTE_VALUE_INVALID);
    CK_ULONG out = 0;
    std::memcpy(&out, v->constData(), sizeof out);
    return out;
}

std::optional<bool> Template::boolean(CK_ATTRIBUTE_TYPE type) const
{
    const std::optional<QByteArray> v = bytes(type);
    if (!v)
        return std::nullopt;
    if (v->size() != sizeof(CK_BBOOL))
        fail(CKR_ATTRIBUTE_VALUE_INVALID);
    return v->at(0) != 0;
}

} // namespace tpmvsc::pkcs11
