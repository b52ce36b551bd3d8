#include "AdminChallengeDialog.h"

#include "HexInput.h"
#include "UiStyle.h"
#include "core/card/AdminResponse.h"
#include "ui/common/ErrorText.h"
#include "ui/widgets/Notice.h"
#include "ui/widgets/PinEntry.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tpmvsc {

AdminChallengeDialog::AdminChallengeDialog(Purpose purpose, CardWorker& worker,
                                           const CardStatus& card, QWidget* parent)
    : CardActionDialog(worker, card, parent), m_purpose(purpose)
{
    const bool reset = purpose == Purpose::ResetPin;
    setObjectName(reset ? QStringLiteral("adminResetDialog")
                        : QStringLiteral("initializeFileSystemDialog"));
    setWindowTitle(reset ? tr("Reset PIN with admin key") : tr("Initialise file system"));
    setWindowIcon(QIcon(reset ? QStringLiteral(":/icons/actions/admin-reset.svg")
                              : QStringLiteral(":/icons/actions/filesystem.svg")));

    auto* intro = new QLabel(
        reset ? tr("Call your helpdesk and read out the challenge below. The helpdesk computes "
                   "a response from it with the card's admin key; type that response here and "
                   "choose a new PIN.")
              : tr("The card has no file system yet; keys can be stored only after it is "
                   "initialised, which needs the admin key. Call your helpdesk and read out "
                   "the challenge below, then type the response they give you."),
        inputArea());
    intro->setWordWrap(true);
    contentLayout()->addWidget(intro);

    auto* challengeBox = new QGroupBox(tr("Challenge"), inputArea());
    auto* challengeLayout = new QVBoxLayout(challengeBox);
    auto* challengeRow = new QHBoxLayout;
    m_challengeLabel = new QLabel(challengeBox);
    m_challengeLabel->setObjectName(QStringLiteral("challengeLabel"));
    m_challengeLabel->setFont(codeFont(this, 1.6));
    m_challengeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                              Qt::TextSelectableByKeyboard);
    m_challengeLabel->setFocusPolicy(Qt::StrongFocus);
    m_challengeLabel->setAccessibleName(tr("Challenge"));
    m_copy = new QPushButton(QIcon(QStringLiteral(":/icons/actions/copy.svg")), tr("C&opy"),
                             challengeBox);
    m_copy->setObjectName(QStringLiteral("copyChallengeButton"));
    m_copy->setAccessibleName(tr("Copy the challenge"));
    m_copy->setAutoDefault(false);
    m_copy->setEnabled(false);
    challengeRow->addWidget(m_challengeLabel, 1);
    challengeRow->addWidget(m_copy);
    challengeLayout->addLayout(challengeRow);
    m_copied = new QLabel(challengeBox);
    m_copied->setObjectName(QStringLiteral("copiedLabel"));
    m_copied->hide();
    challengeLayout->addWidget(m_copied);
    m_resetsLeft = new QLabel(challengeBox);
    m_resetsLeft->setObjectName(QStringLiteral("resetsLeftLabel"));
    m_resetsLeft->setWordWrap(true);
    challengeLayout->addWidget(m_resetsLeft);
    m_changed = new Notice(Notice::Kind::Warning, challengeBox);
    m_changed->setObjectName(QStringLiteral("challengeChangedNotice"));
    m_changed->setText(tr("That challenge is used up. Read this new challenge to the helpdesk: "
                          "it needs a new response."));
    m_changed->hide();
    challengeLayout->addWidget(m_changed);
    contentLayout()->addWidget(challengeBox);

    auto* responseForm = new QFormLayout;
    m_response = new HexInput(kResponseSize, QStringLiteral("responseEdit"), inputArea());
    m_response->setAccessibleName(tr("Response from the helpdesk, 16 hexadecimal digits"));
    m_response->field()->setPlaceholderText(tr("16 hexadecimal digits"));
    auto* responseLabel = new QLabel(tr("&Response from the helpdesk:"), inputArea());
    responseLabel->setBuddy(m_response->field());
    responseForm->addRow(responseLabel, m_response);
    contentLayout()->addLayout(responseForm);
    connect(m_response, &HexInput::edited, this, &AdminChallengeDialog::updateAcceptButton);

    if (reset) {
        m_new = addNewPinEntry();
        setAcceptButton(tr("R&eset PIN"), QStringLiteral("resetButton"));
    } else {
        setAcceptButton(tr("&Initialise"), QStringLiteral("initializeButton"));
    }

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_challengeLabel->text());
        setStatus(m_copied, StatusKind::Good, tr("Copied to the clipboard."));
        m_copied->show();
    });
    showResetsLeft();
    m_response->setFocus();
    fetchChallenge();
}

QString AdminChallengeDialog::challengeText() const
{
    return m_challenge.isEmpty() ? QString() : m_challengeLabel->text();
}

void AdminChallengeDialog::fetchChallenge()
{
    const QByteArray previous = m_challenge;
    m_challenge.clear();
    m_challengeLabel->setText(tr("Reading the challenge…"));
    m_copy->setEnabled(false);
    m_copied->hide();
    updateAcceptButton();
    const int instance = card().instance;
    worker().submit(
        this, tr("Reading the card's challenge…"),
        [instance](CardServices& c) { return c.service().adminChallenge(instance); },
        [this, previous](QByteArray challenge) {
            m_challenge = challenge;
            m_challengeLabel->setText(formatGrouped(challenge));
            m_copy->setEnabled(true);
            m_changed->setVisible(!previous.isEmpty() && previous != challenge);
            updateAcceptButton();
            Q_EMIT challengeShown(m_challengeLabel->text());
        },
        [this](const Error& error) {
            m_challengeLabel->setText(tr("No challenge available"));
            showError(error);
        });
}

void AdminChallengeDialog::showResetsLeft()
{
    m_resetsLeft->setText(
        tr("%n admin reset(s) left on this card.", nullptr, card().adminResetsLeft));
}

bool AdminChallengeDialog::inputsValid() const
{
    return !m_challenge.isEmpty() && m_response->isValid() && (!m_new || m_new->isValid());
}

void AdminChallengeDialog::start()
{
    const int instance = card().instance;
    if (m_purpose == Purpose::ResetPin) {
        run(
            tr("Resetting the PIN…"),
            [instance, challenge = m_challenge, response = m_response->secret(),
             newPin = m_new->secret()](CardServices& c) {
                c.service().adminResetPin(instance, challenge, response, newPin);
            },
            tr("The PIN of “%1” was reset.").arg(card().name));
    } else {
        run(
            tr("Initialising the file system…"),
            [instance, challenge = m_challenge, response = m_response->secret()](CardServices& c) {
                c.service().initializeFileSystem(instance, challenge, response);
            },
            tr("The file system of “%1” is initialised.").arg(card().name));
    }
}

void AdminChallengeDialog::failed(const Error& error)
{
    Q_UNUSED(error);
    // Every attempt uses the challenge up: the old response is worthless now.
    m_response->clear();
    m_response->setFocus();
    fetchChallenge();
}

void AdminChallengeDialog::cardRefreshed()
{
    showResetsLeft();
}

} // namespace tpmvsc
