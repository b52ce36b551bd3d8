// tpmvscmgr's words: every message of the command line is Words::tr("..."), in one
// translation context ("tpmvscmgr") that lupdate finds wherever the call is written.
#pragma once

#include <QCoreApplication>

namespace tpmvsc::cli {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(tpmvscmgr)
};

} // namespace tpmvsc::cli
