#include "ErrorWords.h"

#include <QCoreApplication>
#include <QStringList>
#include <utility>

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
    Remedy r = error.facts().remedies;
    const Remedy both = Remedy::UnblockWithPuk | Remedy::ResetByAdministrator;
    if ((r & Remedy::UnblockWithPuk) && (r & Remedy::ResetByAdministrator)) {
        parts << tr("Unblock it with `tpmvscmgr unblock` (PUK) or `tpmvscmgr resetpin` "
                    "(administrator).");
        r = Remedy(unsigned(r) & ~unsigned(both)); // said together
    }
    const std::pair<Remedy, QString> words[] = {
        {Remedy::UnblockWithPuk, tr("Unblock it with `tpmvscmgr unblock` (PUK).")},
        {Remedy::ResetByAdministrator, tr("Unblock it with `tpmvscmgr resetpin` (administrator).")},
        {Remedy::ReplaceCard, tr("It has no PUK and cannot be reset by an administrator: "
                                 "destroy it (`tpmvscmgr destroy`) and create a new one.")},
        {Remedy::GiveOwnerPassword, tr("Give it with /OwnerAuth PROMPT.")},
        {Remedy::FreeNvSpace, tr("`tpmvscmgr cleanup` lists the indices that belong to no card.")},
        {Remedy::FinishInterrupted,
         tr("Destroy it again (`tpmvscmgr destroy`), or run `tpmvscmgr cleanup`.")},
        {Remedy::InitializeFileSystem, tr("Initialise it first with `tpmvscmgr initialize`.")},
        {Remedy::ListKeys, tr("`tpmvscmgr keys` lists them.")},
        {Remedy::DeleteCertificateFirst,
         tr("Delete it first with `tpmvscmgr deletecert` if that is what you want.")},
        {Remedy::RequestCertificateFirst, tr("Make a request first with `tpmvscmgr request`.")},
    };
    for (const auto& [remedy, sentence] : words) {
        if (r & remedy)
            parts << sentence;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace tpmvsc::cli
