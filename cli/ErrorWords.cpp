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
    if (r & Remedy::FinishInterrupted)
        parts << tr("Destroy it again (`tpmvscmgr destroy`), or run `tpmvscmgr cleanup`.");
    if (r & Remedy::InitializeFileSystem)
        parts << tr("Initialise it first with `tpmvscmgr initialize`.");
    if (r & Remedy::ListKeys)
        parts << tr("`tpmvscmgr keys` lists them.");
    if (r & Remedy::DeleteCertificateFirst)
        parts << tr("Delete it first with `tpmvscmgr deletecert` if that is what you want.");
    if (r & Remedy::RequestCertificateFirst)
        parts << tr("Make a request first with `tpmvscmgr request`.");
    return parts.join(QLatin1Char(' '));
}

} // namespace tpmvsc::cli
