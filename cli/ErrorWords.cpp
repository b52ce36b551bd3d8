#include "ErrorWords.h"

#include <QCoreApplication>
#include <QStringList>

namespace tpmvsc::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tpmvscmgr", text);
}

} // namespace

QString errorText(const Error& error)
{
    QStringList parts{error.message()};
    const Remedy r = error.facts().remedies;
    if ((r & Remedy::UnblockWithPuk) && (r & Remedy::ResetByAdministrator))
        parts << tr("Unblock it with `tpmvscmgr unblock` (PUK) or `tpmvscmgr resetpin` "
                    "(administrator).");
    else if (r & Remedy::UnblockWithPuk)
        parts << tr("Unblock it with `tpmvscmgr unblock` (PUK).");
    else if (r & Remedy::ResetByAdministrator)
        parts << tr("Unblock it with `tpmvscmgr resetpin` (administrator).");
    if (r & Remedy::ReplaceCard)
        parts << tr("It has no PUK and cannot be reset by an administrator: destroy it "
                    "(`tpmvscmgr destroy`) and create a new one.");
    if (r & Remedy::GiveOwnerPassword)
        parts << tr("Give it with /OwnerAuth PROMPT.");
    if (r & Remedy::FreeNvSpace)
        parts << tr("`tpmvscmgr cleanup` lists the indices that belong to no card.");
    return parts.join(QLatin1Char(' '));
}

} // namespace tpmvsc::cli
