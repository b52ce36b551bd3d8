#include "NewPinDialog.h"

#include "ui/widgets/PinEntry.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tpmvsc {

NewPinDialog::NewPinDialog(SecretKind proof, CardWorker& worker, const CardStatus& card,
                           QWidget* parent)
    : CardActionDialog(worker, card, parent)
{
    m_proof = new PinEntry(proof, PinEntry::Mode::Current, inputArea());
    m_tries = new QLabel(inputArea());
    m_tries->setObjectName(proof == SecretKind::Pin ? QStringLiteral("pinTriesLabel")
                                                    : QStringLiteral("pukTriesLabel"));
    m_tries->setWordWrap(true);
    contentLayout()->addWidget(m_proof);
    contentLayout()->addWidget(m_tries);
    m_new = addNewPinEntry();

    connect(m_proof, &PinEntry::edited, this, &NewPinDialog::updateAcceptButton);
    m_proof->setFocus();
}

void NewPinDialog::showTries()
{
    m_tries->setText(triesText());
}

bool NewPinDialog::inputsValid() const
{
    return !m_proof->field()->text().isEmpty() && m_new->isValid();
}

void NewPinDialog::failed(const Error& error)
{
    Q_UNUSED(error); // shown by CardActionDialog, with the tries left in the user's language
    // The secret is what was most likely wrong; the new PIN stays as typed.
    m_proof->clear();
    m_proof->field()->setFocus();
}

void NewPinDialog::cardRefreshed()
{
    showTries();
    updateAcceptButton(); // a blocked PUK takes no more tries
}

} // namespace tpmvsc
