// TPM policy digests and Names computed in software, as TPM 2.0 Part 3 defines each
// policy command's update of policyDigest. A card's NV indices and sealed objects name
// one another in their authPolicy, so their layout must be known before any of them
// exists; computing it here also costs no TPM command. The TPM recomputes every digest
// when a policy session runs, so a mistake here shows as a refused authorization, never
// as a weaker one (a test compares these values with the TPM's own trial sessions).
#pragma once

#include <QByteArray>
#include <QList>
#include <cstdint>
#include <tss2/tss2_tpm2_types.h>

namespace tpmvsc::policy {

// SHA-256 digests throughout (the nameAlg and session hash of every card object).
using Digest = QByteArray;

Digest initial(); // 32 zero bytes: a fresh policy session
// TPM2_PolicySecret with an empty policyRef: authorized by the entity named `authName`.
Digest secret(const Digest& current, const QByteArray& authName);
// TPM2_PolicyNV: the 8-byte big-endian value at offset 0 of the index equals `value`.
Digest nvEquals(const Digest& current, const QByteArray& nvName, std::uint64_t value);
// TPM2_PolicyCommandCode.
Digest commandCode(const Digest& current, TPM2_CC code);
// TPM2_PolicyOR over 2..8 digests.
Digest anyOf(const QList<Digest>& branches);

// The Name of an object (nameAlg || H(TPMT_PUBLIC)) from its marshalled TPM2B_PUBLIC.
QByteArray objectName(const QByteArray& marshalledPublic);
// The Name of an NV index (nameAlg || H(TPMS_NV_PUBLIC)).
QByteArray nvName(const TPMS_NV_PUBLIC& pub);

// Any number of alternative policies as one digest: PolicyOR takes at most eight, so
// the branches are grouped by eight, level over level, up to one root. A lone digest in
// a group is listed twice (PolicyOR needs two). One branch alone is its own root.
class OrTree
{
public:
    explicit OrTree(QList<Digest> branches);
    const Digest& root() const { return m_root; }
    // The PolicyOR lists that lead from branch `index` to the root, bottom up.
    QList<QList<Digest>> path(int index) const;

private:
    QList<QList<Digest>> m_levels; // m_levels[0] = the branches
    Digest m_root;
};

} // namespace tpmvsc::policy
