#include "ErrorWords.h"
#include "Words.h"

#include <QCoreApplication>
#include <QStringList>
#include <utility>

namespace tpmvsc::cli {

namespace {} // namespace

QString errorText(const Error& error)
{
    QStringList parts{error.sentence().said()};
    Remedy r = error.facts().remedies;
    const Remedy both = Remedy::UnblockWithPuk | Remedy::ResetByAdministrator;
    if ((r & Remedy::UnblockWithPuk) && (r & Remedy::ResetByAdministrator)) {
        parts << Words::tr("Unblock it with `tpmvscmgr unblock` (PUK) or `tpmvscmgr resetpin` "
                           "(administrator).");
        r = Remedy(unsigned(r) & ~unsigned(both)); // said together
    }
    const std::pair<Remedy, QString> words[] = {
        {Remedy::UnblockWithPuk, Words::tr("Unblock it with `tpmvscmgr unblock` (PUK).")},
        {Remedy::ResetByAdministrator,
         Words::tr("Unblock it with `tpmvscmgr resetpin` (administrator).")},
        {Remedy::ReplaceCard, Words::tr("It has no PUK and cannot be reset by an administrator: "
                                        "destroy it (`tpmvscmgr destroy`) and create a new one.")},
        {Remedy::GiveOwnerPassword, Words::tr("Give it with /OwnerAuth PROMPT.")},
        {Remedy::FreeNvSpace,
         Words::tr("`tpmvscmgr cleanup` lists the indices that belong to no card.")},
        {Remedy::FinishInterrupted,
         Words::tr("Destroy it again (`tpmvscmgr destroy`), or run `tpmvscmgr cleanup`.")},
        {Remedy::InitializeFileSystem,
         Words::tr("Initialise it first with `tpmvscmgr initialize`.")},
        {Remedy::ListKeys, Words::tr("`tpmvscmgr keys` lists them.")},
        {Remedy::DeleteCertificateFirst,
         Words::tr("Delete it first with `tpmvscmgr deletecert` if that is what you want.")},
        {Remedy::RequestCertificateFirst,
         Words::tr("Make a request first with `tpmvscmgr request`.")},
        {Remedy::UseSoftwareTpm, Words::tr("Or use the built-in software TPM with --simulator.")},
        {Remedy::ForceImport,
         Words::tr("If you are sure it is the right certificate, import it again "
                   "with /force (--force) to store it anyway.")},
    };
    for (const auto& [remedy, sentence] : words) {
        if (r & remedy)
            parts << sentence;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace tpmvsc::cli
