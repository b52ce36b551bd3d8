// An object's attributes as C_GetAttributeValue hands them out and C_FindObjects matches
// them, plus the reading of caller templates (C_GenerateKeyPair, C_CreateObject).
#pragma once

#include "Pkcs11.h"

#include <QByteArray>
#include <map>
#include <optional>
#include <set>

namespace tpmvsc::pkcs11 {

QByteArray ulongValue(CK_ULONG value);
QByteArray boolValue(bool value);

class AttributeSet
{
public:
    void set(CK_ATTRIBUTE_TYPE type, const QByteArray& value) { m_values[type] = value; }
    void setUlong(CK_ATTRIBUTE_TYPE type, CK_ULONG value) { set(type, ulongValue(value)); }
    void setBool(CK_ATTRIBUTE_TYPE type, bool value) { set(type, boolValue(value)); }
    // The attribute exists but its value is never revealed (a private exponent).
    void setSensitive(CK_ATTRIBUTE_TYPE type) { m_sensitive.insert(type); }

    std::optional<QByteArray> value(CK_ATTRIBUTE_TYPE type) const;

    // C_GetAttributeValue, attribute by attribute (PKCS#11 2.40 §5.7): every attribute is
    // answered; the return value names one problem if there was any.
    CK_RV copyTo(CK_ATTRIBUTE* attributes, CK_ULONG count) const;
    // C_FindObjects: every attribute of the template (one checkTemplate passed) present
    // with an equal value.
    bool matches(const CK_ATTRIBUTE* attributes, CK_ULONG count) const;

private:
    std::map<CK_ATTRIBUTE_TYPE, QByteArray> m_values;
    std::set<CK_ATTRIBUTE_TYPE> m_sensitive;
};

// The longest attribute value a caller may hand in. None of ours comes near it (a
// certificate is the largest); it keeps a bogus ulValueLen from being read as that many
// bytes of the caller's memory.
constexpr CK_ULONG kMaxAttributeLength = 1024 * 1024;

// The checks every caller template passes before a value of it is read, C_FindObjectsInit's
// as well as those of the writes: CKR_ARGUMENTS_BAD on a NULL template with a count,
// CKR_ATTRIBUTE_VALUE_INVALID on a NULL value with a length or a value longer than
// kMaxAttributeLength.
void checkTemplate(const CK_ATTRIBUTE* attributes, CK_ULONG count);

// A caller's template, checked (checkTemplate) once.
class Template
{
public:
    Template(const CK_ATTRIBUTE* attributes, CK_ULONG count);

    std::optional<QByteArray> bytes(CK_ATTRIBUTE_TYPE type) const;
    // CKR_ATTRIBUTE_VALUE_INVALID when present with the wrong size.
    std::optional<CK_ULONG> ulong(CK_ATTRIBUTE_TYPE type) const;
    std::optional<bool> boolean(CK_ATTRIBUTE_TYPE type) const;

private:
    std::map<CK_ATTRIBUTE_TYPE, QByteArray> m_values;
};

} // namespace tpmvsc::pkcs11
