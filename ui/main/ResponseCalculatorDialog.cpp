#include "ResponseCalculatorDialog.h"

#include "HexInput.h"
#include "UiStyle.h"
#include "core/card/AdminResponse.h"
#include "core/util/Error.h"
#include "ui/widgets/AdminKeyEntry.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tpmvsc {

ResponseCalculatorDialog::ResponseCalculatorDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("responseCalculatorDialog"));
    setWindowTitle(tr("Helpdesk: response calculator"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/actions/calculator.svg")));

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Helpdesk: response calculator"), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto* intro = new QLabel(
        tr("For helpdesk staff. The card holder reads out the challenge that their computer "
           "shows; enter it with the card's admin key and read the response back to them. "
           "Use this on your own computer: the admin key must never be typed on the card "
           "holder's computer."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* challengeBox = new QGroupBox(tr("1. Challenge from the card holder"), this);
    auto* challengeLayout = new QVBoxLayout(challengeBox);
    m_challenge = new HexInput(kChallengeSize, QStringLiteral("challengeEdit"), challengeBox);
    m_challenge->setAccessibleName(tr("Challenge, 16 hexadecimal digits"));
    m_challenge->field()->setPlaceholderText(tr("16 hexadecimal digits"));
    challengeLayout->addWidget(m_challenge);
    layout->addWidget(challengeBox);

    auto* keyBox = new QGroupBox(tr("2. The card's admin key"), this);
    auto* keyLayout = new QVBoxLayout(keyBox);
    m_adminKey = new AdminKeyEntry(AdminKeyEntry::Mode::Single, keyBox);
    keyLayout->addWidget(m_adminKey);
    m_defaultKey = new QPushButton(tr("Use the &default key"), keyBox);
    m_defaultKey->setObjectName(QStringLiteral("defaultKeyButton"));
    m_defaultKey->setAccessibleName(tr("Use the default admin key"));
    m_defaultKey->setToolTip(
        tr("Fills in the well-known default admin key, for cards created with it."));
    m_defaultKey->setAutoDefault(false);
    auto* defaultRow = new QHBoxLayout;
    defaultRow->addWidget(m_defaultKey);
    defaultRow->addStretch(1);
    keyLayout->addLayout(defaultRow);
    layout->addWidget(keyBox);

    auto* responseBox = new QGroupBox(tr("3. Response to read back"), this);
    auto* responseLayout = new QVBoxLayout(responseBox);
    auto* responseRow = new QHBoxLayout;
    m_response = new QLineEdit(responseBox);
    m_response->setObjectName(QStringLiteral("responseEdit"));
    m_response->setReadOnly(true);
    m_response->setAccessibleName(tr("Response"));
    m_response->setFont(codeFont(this, 1.4));
    m_response->setPlaceholderText(tr("Enter the challenge and the admin key"));
    m_copy = new QPushButton(QIcon(QStringLiteral(":/icons/actions/copy.svg")), tr("C&opy"),
                             responseBox);
    m_copy->setObjectName(QStringLiteral("copyResponseButton"));
    m_copy->setAccessibleName(tr("Copy the response"));
    m_copy->setAutoDefault(false);
    responseRow->addWidget(m_response, 1);
    responseRow->addWidget(m_copy);
    responseLayout->addLayout(responseRow);
    m_copied = new QLabel(responseBox);
    m_copied->setObjectName(QStringLiteral("copiedLabel"));
    m_copied->setWordWrap(true);
    m_copied->hide();
    responseLayout->addWidget(m_copied);
    layout->addWidget(responseBox);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_challenge, &HexInput::edited, this, &ResponseCalculatorDialog::recompute);
    // textChanged, not validityChanged: pasting one valid key over another changes the
    // response without changing validity.
    connect(m_adminKey->field(), &QLineEdit::textChanged, this,
            &ResponseCalculatorDialog::recompute);
    connect(m_defaultKey, &QPushButton::clicked, this, [this] {
        const Secret key = defaultAdminKey();
        QByteArray bytes(reinterpret_cast<const char*>(key.data()), qsizetype(key.size()));
        QString text = formatGrouped(bytes);
        m_adminKey->field()->setText(text);
        wipe(bytes);
        wipe(text);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_response->text());
        setStatus(m_copied, StatusKind::Good, tr("Copied to the clipboard."));
        m_copied->show();
    });
    recompute();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ResponseCalculatorDialog::~ResponseCalculatorDialog()
{
    // Forget the key now, while this dialog can still react; then make sure the child
    // fields (destroyed after this object) call nothing of it.
    m_adminKey->clear();
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

QString ResponseCalculatorDialog::response() const
{
    return m_response->text();
}

void ResponseCalculatorDialog::recompute()
{
    m_copied->hide();
    QString shown;
    if (m_challenge->isValid() && m_adminKey->isValid()) {
        try {
            const Secret response =
                computeAdminResponse(m_adminKey->secret(), m_challenge->bytes());
            QByteArray bytes(reinterpret_cast<const char*>(response.data()),
                             qsizetype(response.size()));
            shown = formatGrouped(bytes);
            wipe(bytes);
        } catch (const Error& e) {
            // Only a system without 3DES gets here; say so where the response would be.
            setStatus(m_copied, StatusKind::Bad, e.sentence().said());
            m_copied->show();
        }
    }
    m_response->setText(shown);
    m_copy->setEnabled(!shown.isEmpty());
}

void ResponseCalculatorDialog::hideEvent(QHideEvent* event)
{
    // The admin key is the most valuable secret the helpdesk holds: it does not stay in a
    // closed window waiting for the next person at the desk. (Minimising is spontaneous
    // and keeps it.)
    if (!event->spontaneous()) {
        m_adminKey->clear();
        m_response->clear();
    }
    QDialog::hideEvent(event);
}

} // namespace tpmvsc
