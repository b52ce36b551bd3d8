// A TPM provisioned the way a managed fleet machine's is, with tpm2-tools as an
// administrator would: the TCG storage key of tpmvsc's template made persistent at
// 0x81000001, then a password on the owner hierarchy. Creating or destroying a card then
// needs the owner password; using one needs only the PIN.
#pragma once

#include <QByteArray>
#include <QString>

namespace tpmvsc::test {

// Provisions the TPM behind `tcti` (a fresh one: startOtherTpm()); with an empty
// `ownerPassword`, only the persistent key. Returns what went wrong, or an empty string.
// `attributes`: the key's object attributes in tpm2-tools' words; the default is the TCG
// template's, which tpmvsc's storage key has too.
QString provisionFleetTpm(const QString& tcti, const QByteArray& ownerPassword,
                          const QString& attributes = QStringLiteral(
                              "fixedtpm|fixedparent|sensitivedataorigin|userwithauth|noda|"
                              "restricted|decrypt"));

} // namespace tpmvsc::test
