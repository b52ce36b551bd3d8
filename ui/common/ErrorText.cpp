#include "ErrorText.h"

#include <QMessageBox>
#include <QStringList>
#include <utility>

namespace tpmvsc {

QString ErrorText::headline(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
    case ErrorCode::InvalidInput: return tr("A value is not in the expected form.");
    case ErrorCode::PolicyViolation: return tr("The PIN or PUK does not meet the card's rules.");
    case ErrorCode::AuthFailed: return tr("Wrong PIN, PUK or response.");
    case ErrorCode::Blocked: return tr("The card is blocked.");
    case ErrorCode::NotFound: return tr("Not found.");
    case ErrorCode::Busy: return tr("Another program is using the card.");
    case ErrorCode::StoreCorrupt: return tr("A card file is damaged.");
    case ErrorCode::StoreInsecure: return tr("A card file is not protected well enough.");
    case ErrorCode::StoreIo: return tr("The card files could not be written or read.");
    case ErrorCode::TpmUnavailable: return tr("The TPM cannot be reached.");
    case ErrorCode::TpmLockout: return tr("The TPM is locked after too many wrong attempts.");
    case ErrorCode::WrongTpm: return tr("The card belongs to another TPM.");
    case ErrorCode::Tpm: return tr("The TPM reported an error.");
    case ErrorCode::Unsupported: return tr("This TPM or system does not support it.");
    case ErrorCode::Capacity: return tr("The card has reached a limit.");
    case ErrorCode::OwnerAuthRequired: return tr("The TPM's owner password is needed.");
    case ErrorCode::EvidenceRefused: return tr("The evidence does not prove what it claims.");
    case ErrorCode::Unreachable: return tr("A service on the network cannot be reached.");
    case ErrorCode::Internal: break;
    }
    return tr("Something unexpected went wrong.");
}

QString ErrorText::sentence(const Error& error)
{
    const ErrorFacts& f = error.facts();
    QStringList parts;
    const bool refused = error.code() == ErrorCode::AuthFailed && f.triesLeft >= 0;
    const bool blocked = error.code() == ErrorCode::Blocked;
    switch (f.credential) {
    case Credential::Pin:
        if (refused)
            parts << tr("%n wrong PIN(s) left before the card is blocked.", nullptr, f.triesLeft);
        else if (blocked)
            parts << tr("The card is blocked after too many wrong PINs.");
        break;
    case Credential::Puk:
        if (refused)
            parts << tr("%n wrong PUK(s) left before the PUK is blocked.", nullptr, f.triesLeft);
        else if (blocked)
            parts << tr("The PUK is blocked after too many wrong tries.");
        break;
    case Credential::AdminResponse:
        if (refused)
            parts << tr("The challenge is used up. %n wrong response(s) left before admin "
                        "reset is blocked on this card.",
                        nullptr, f.triesLeft);
        else if (blocked)
            parts << tr("Admin reset is blocked on this card after too many wrong responses.");
        break;
    case Credential::OwnerPassword:
        if (error.code() == ErrorCode::OwnerAuthRequired)
            parts << tr("The TPM's owner has set a password, and creating or removing a card "
                        "needs it: it was missing or wrong.");
        break;
    case Credential::None: break;
    }
    if (parts.isEmpty())
        parts << error.sentence().said(); // core's own account, in the GUI's language
    Remedy r = f.remedies;
    const Remedy both = Remedy::UnblockWithPuk | Remedy::ResetByAdministrator;
    if ((r & Remedy::UnblockWithPuk) && (r & Remedy::ResetByAdministrator)) {
        parts << tr("Unblock it with its PUK (Unblock with PUK…) or have the PIN reset with "
                    "the admin key (Reset PIN with admin key…).");
        r = Remedy(unsigned(r) & ~unsigned(both)); // said together
    }
    const std::pair<Remedy, QString> words[] = {
        {Remedy::UnblockWithPuk, tr("Unblock it with its PUK (Unblock with PUK…).")},
        {Remedy::ResetByAdministrator,
         tr("Have the PIN reset with the admin key (Reset PIN with admin key…).")},
        {Remedy::ReplaceCard,
         tr("It has no PUK and no admin resets left: destroy it and create a new card.")},
        {Remedy::GiveOwnerPassword, tr("Type it in the TPM owner password field, or ask the "
                                       "computer's administrator.")},
        {Remedy::FreeNvSpace, tr("Destroy the cards you no longer use to make room.")},
        {Remedy::FinishInterrupted, tr("Destroy it again (Destroy card…).")},
        {Remedy::InitializeFileSystem, tr("Initialise it first (Initialise file system…).")},
        {Remedy::ListKeys, tr("The card's details list its keys (Details…).")},
        {Remedy::DeleteCertificateFirst,
         tr("Delete it first (Certificates…) if that is what you want.")},
        {Remedy::RequestCertificateFirst,
         tr("Request a certificate first (Request certificate…).")},
        {Remedy::UseSoftwareTpm,
         tr("To try tpmvsc without a TPM, start it with its built-in software TPM "
            "(tpmvsc --simulator).")},
        {Remedy::ForceImport, tr("If you are sure it is the right certificate, tick \"Store "
                                 "anyway\".")},
    };
    for (const auto& [remedy, sentence] : words) {
        if (r & remedy)
            parts << sentence;
    }
    return parts.join(QLatin1Char(' '));
}

QString ErrorText::html(const Error& error)
{
    return html(error, sentence(error));
}

QString ErrorText::html(const Error& error, const QString& sentence)
{
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(headline(error.code()).toHtmlEscaped(), sentence.toHtmlEscaped());
}

QString ErrorText::plain(const Error& error)
{
    return headline(error.code()) + QStringLiteral("\n\n") + sentence(error);
}

QMessageBox* ErrorText::show(QWidget* parent, const QString& title, const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, headline(error.code()),
                                QMessageBox::Ok, parent);
    box->setInformativeText(sentence(error));
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace tpmvsc
