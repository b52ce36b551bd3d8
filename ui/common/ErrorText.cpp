#include "common/ErrorText.h"

#include <QMessageBox>

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
    case ErrorCode::Internal: break;
    }
    return tr("Something unexpected went wrong.");
}

QString ErrorText::html(const Error& error)
{
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(headline(error.code()).toHtmlEscaped(), error.message().toHtmlEscaped());
}

QString ErrorText::html(const Error& error, int pinTriesLeft)
{
    if (error.code() != ErrorCode::AuthFailed || pinTriesLeft < 0)
        return html(error);
    return html(error, tr("%n more wrong PIN(s) and the card is blocked.", nullptr, pinTriesLeft));
}

QString ErrorText::html(const Error& error, const QString& sentence)
{
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(headline(error.code()).toHtmlEscaped(), sentence.toHtmlEscaped());
}

QString ErrorText::plain(const Error& error)
{
    return headline(error.code()) + QStringLiteral("\n\n") + error.message();
}

QMessageBox* ErrorText::show(QWidget* parent, const QString& title, const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, headline(error.code()),
                                QMessageBox::Ok, parent);
    box->setInformativeText(error.message());
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace tpmvsc
