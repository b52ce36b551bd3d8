#include "ExitCodes.h"

#include <QCoreApplication>

namespace tpmvsc::cli {

const QList<ExitCodeRow>& exitCodeTable()
{
    // Grouped so a script can act on the number: 4 ask again, 5 unblock, 7 retry later,
    // 9 start a TPM (or use --simulator), ...
    static const QList<ExitCodeRow> table = {
        {ErrorCode::Internal, 1, QT_TRANSLATE_NOOP("tpmvscmgr", "an internal error")},
        {ErrorCode::Usage, 2,
         QT_TRANSLATE_NOOP("tpmvscmgr", "the command line is wrong, nothing was done")},
        {ErrorCode::InvalidInput, 3,
         QT_TRANSLATE_NOOP(
             "tpmvscmgr",
             "a value or file is bad (admin key, response, subject, certificate, input or "
             "output file)")},
        {ErrorCode::PolicyViolation, 3,
         QT_TRANSLATE_NOOP("tpmvscmgr", "a PIN or PUK breaks the PIN policy")},
        {ErrorCode::AuthFailed, 4,
         QT_TRANSLATE_NOOP("tpmvscmgr", "wrong PIN, PUK or admin response")},
        {ErrorCode::Blocked, 5,
         QT_TRANSLATE_NOOP("tpmvscmgr", "the card, its PUK or its admin reset is blocked")},
        {ErrorCode::NotFound, 6, QT_TRANSLATE_NOOP("tpmvscmgr", "no such card, key or challenge")},
        {ErrorCode::Busy, 7, QT_TRANSLATE_NOOP("tpmvscmgr", "another process is using the card")},
        {ErrorCode::StoreCorrupt, 8,
         QT_TRANSLATE_NOOP("tpmvscmgr", "a store file is malformed, truncated or tampered with")},
        {ErrorCode::StoreInsecure, 8,
         QT_TRANSLATE_NOOP("tpmvscmgr", "a store file has loose permissions or another owner")},
        {ErrorCode::StoreIo, 8, QT_TRANSLATE_NOOP("tpmvscmgr", "the store cannot be written")},
        {ErrorCode::TpmUnavailable, 9, QT_TRANSLATE_NOOP("tpmvscmgr", "no TPM could be reached")},
        {ErrorCode::TpmLockout, 10,
         QT_TRANSLATE_NOOP("tpmvscmgr", "the TPM is in dictionary attack lockout")},
        {ErrorCode::WrongTpm, 10,
         QT_TRANSLATE_NOOP("tpmvscmgr",
                           "the card belongs to another TPM (or the TPM was cleared)")},
        {ErrorCode::Tpm, 10, QT_TRANSLATE_NOOP("tpmvscmgr", "the TPM failed")},
        {ErrorCode::Unsupported, 10,
         QT_TRANSLATE_NOOP("tpmvscmgr", "the TPM lacks a needed feature")},
        {ErrorCode::Capacity, 11,
         QT_TRANSLATE_NOOP("tpmvscmgr", "the card is full (30 keys) or has no admin resets left")},
        {ErrorCode::OwnerAuthRequired, 12,
         QT_TRANSLATE_NOOP("tpmvscmgr",
                           "the TPM's owner password is needed (give it with /OwnerAuth PROMPT)")},
        {ErrorCode::EvidenceRefused, 13,
         QT_TRANSLATE_NOOP("tpmvscmgr", "the evidence does not prove what it claims")},
        {ErrorCode::Unreachable, 14,
         QT_TRANSLATE_NOOP("tpmvscmgr", "a machine or service on the network cannot be reached "
                                        "(the attestation CA, the host of /machine)")},
    };
    return table;
}

int exitCodeFor(ErrorCode category)
{
    for (const ExitCodeRow& row : exitCodeTable()) {
        if (row.category == category)
            return row.exitCode;
    }
    return kExitInternal;
}

QList<int> exitCodes()
{
    QList<int> codes{kExitOk};
    for (const ExitCodeRow& row : exitCodeTable()) {
        if (!codes.contains(row.exitCode))
            codes << row.exitCode;
    }
    return codes;
}

QString exitCodeMeaning(int exitCode)
{
    if (exitCode == kExitOk)
        return QCoreApplication::translate("tpmvscmgr", "success");
    QStringList parts;
    for (const ExitCodeRow& row : exitCodeTable()) {
        if (row.exitCode == exitCode)
            parts << QCoreApplication::translate("tpmvscmgr", row.meaning);
    }
    return parts.join(QLatin1String("; "));
}

} // namespace tpmvsc::cli
