#include "PolicyDigest.h"

#include "TpmError.h"

#include <openssl/evp.h>
#include <tss2/tss2_mu.h>

namespace tpmvsc::policy {

namespace {

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(32, '\0');
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
                   reinterpret_cast<unsigned char*>(out.data()), &length, EVP_sha256(),
                   nullptr) != 1 ||
        length != 32)
        throw Error(ErrorCode::Internal, QStringLiteral("SHA-256 failed"));
    return out;
}

QByteArray be32(std::uint32_t value)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = static_cast<char>(value >> (24 - 8 * i));
    return out;
}

QByteArray be16(std::uint16_t value)
{
    QByteArray out(2, '\0');
    out[0] = static_cast<char>(value >> 8);
    out[1] = static_cast<char>(value);
    return out;
}

QByteArray withNameAlg(const QByteArray& marshalled)
{
    return be16(TPM2_ALG_SHA256) + sha256(marshalled);
}

} // namespace

Digest initial()
{
    return Digest(32, '\0');
}

Digest secret(const Digest& current, const QByteArray& authName)
{
    // PolicyUpdate(TPM_CC_PolicySecret, authName, policyRef): two hashing steps, the
    // second over the (here empty) policyRef.
    const Digest first = sha256(current + be32(TPM2_CC_PolicySecret) + authName);
    return sha256(first);
}

Digest nvEquals(const Digest& current, const QByteArray& nvName, std::uint64_t value)
{
    QByteArray operand(8, '\0');
    for (int i = 0; i < 8; ++i)
        operand[i] = static_cast<char>(value >> (56 - 8 * i));
    const QByteArray args = sha256(operand + be16(0) + be16(TPM2_EO_EQ));
    return sha256(current + be32(TPM2_CC_PolicyNV) + args + nvName);
}

Digest commandCode(const Digest& current, TPM2_CC code)
{
    return sha256(current + be32(TPM2_CC_PolicyCommandCode) + be32(code));
}

Digest anyOf(const QList<Digest>& branches)
{
    if (branches.size() < 2 || branches.size() > 8)
        throw Error(ErrorCode::Internal, QStringLiteral("PolicyOR takes 2 to 8 branches"));
    QByteArray data = initial() + be32(TPM2_CC_PolicyOR);
    for (const Digest& d : branches)
        data += d;
    return sha256(data);
}

QByteArray objectName(const QByteArray& marshalledPublic)
{
    TPM2B_PUBLIC pub{};
    size_t offset = 0;
    if (Tss2_MU_TPM2B_PUBLIC_Unmarshal(reinterpret_cast<const uint8_t*>(marshalledPublic.data()),
                                       static_cast<size_t>(marshalledPublic.size()), &offset,
                                       &pub) != TSS2_RC_SUCCESS)
        throw Error(ErrorCode::StoreCorrupt, QStringLiteral("malformed public area"));
    uint8_t buffer[sizeof(TPMT_PUBLIC)];
    offset = 0;
    checkRc(Tss2_MU_TPMT_PUBLIC_Marshal(&pub.publicArea, buffer, sizeof buffer, &offset),
            "Tss2_MU_TPMT_PUBLIC_Marshal");
    return withNameAlg(QByteArray(reinterpret_cast<const char*>(buffer), qsizetype(offset)));
}

QByteArray nvName(const TPMS_NV_PUBLIC& pub)
{
    uint8_t buffer[sizeof(TPMS_NV_PUBLIC)];
    size_t offset = 0;
    checkRc(Tss2_MU_TPMS_NV_PUBLIC_Marshal(&pub, buffer, sizeof buffer, &offset),
            "Tss2_MU_TPMS_NV_PUBLIC_Marshal");
    return withNameAlg(QByteArray(reinterpret_cast<const char*>(buffer), qsizetype(offset)));
}

OrTree::OrTree(QList<Digest> branches)
{
    if (branches.isEmpty())
        throw Error(ErrorCode::Internal, QStringLiteral("a policy needs a branch"));
    m_levels.append(std::move(branches));
    while (m_levels.last().size() > 1) {
        const QList<Digest>& below = m_levels.last();
        QList<Digest> above;
        for (qsizetype start = 0; start < below.size(); start += 8) {
            QList<Digest> group = below.mid(start, 8);
            if (group.size() == 1)
                group.append(group.first());
            above.append(anyOf(group));
        }
        m_levels.append(above);
    }
    m_root = m_levels.last().first();
}

QList<QList<Digest>> OrTree::path(int index) const
{
    QList<QList<Digest>> steps;
    for (qsizetype level = 0; level + 1 < m_levels.size(); ++level) {
        const QList<Digest>& below = m_levels[level];
        const qsizetype start = (index / 8) * 8;
        QList<Digest> group = below.mid(start, 8);
        if (group.size() == 1)
            group.append(group.first());
        steps.append(group);
        index /= 8;
    }
    return steps;
}

} // namespace tpmvsc::policy
