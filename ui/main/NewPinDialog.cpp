#include "main/NewPinDialog.h"

#include "widgets/PinEntry.h"

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
    m_wrongSecret =
        error.code() == ErrorCode::AuthFailed ? std::optional<Error>(error) : std::nullopt;
    // The secret is what was most likely wrong; the new PIN stays as typed.
    m_proof->clear();
    m_proof->field()->setFocus();
}

void NewPinDialog::cardRefreshed()
{
    showTries();
    // The core's "Wrong PIN. 4 tries left…" is English; once the tries were read again,
    // the same news in the user's language replaces it.
    if (m_wrongSecret) {
        showError(*m_wrongSecret, triesText());
        m_wrongSecret.reset();
    }
    updateAcceptButton(); // a blocked PUK takes no more tries
}

} // namespace tpmvsc
