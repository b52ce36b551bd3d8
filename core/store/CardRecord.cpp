#include "CardRecord.h"

namespace tpmvsc {

QString adminKeyModeName(AdminKeyMode mode)
{
    switch (mode) {
    case AdminKeyMode::Default: return QStringLiteral("DEFAULT");
    case AdminKeyMode::Prompt: return QStringLiteral("PROMPT");
    case AdminKeyMode::Random: return QStringLiteral("RANDOM");
    }
    return QStringLiteral("DEFAULT");
}

} // namespace tpmvsc
