#include "MainWindow.h"

#include "AdminChallengeDialog.h"
#include "CardDetailsDialog.h"
#include "CardListModel.h"
#include "ChangePinDialog.h"
#include "DestroyCardDialog.h"
#include "ResponseCalculatorDialog.h"
#include "UnblockDialog.h"
#include "core/store/InstanceId.h"
#include "services/CardWorker.h"
#include "ui/certificates/CertificatesDialog.h"
#include "ui/certificates/ImportCertificateDialog.h"
#include "ui/certificates/RequestCertificateWizard.h"
#include "ui/common/ErrorText.h"
#include "ui/widgets/Notice.h"
#include "ui/wizard/CreateCardWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

QIcon actionIcon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/actions/") + QLatin1String(name) + QStringLiteral(".svg"));
}

} // namespace

MainWindow::MainWindow(CardWorker& worker, QWidget* parent)
    : QMainWindow(parent), m_worker(worker), m_model(new CardListModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TPM Virtual Smart Cards"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.tpmvsc.Tpmvsc.svg")));

    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();

    connect(&m_worker, &CardWorker::busyChanged, this, &MainWindow::setLocked);
    connect(&m_worker, &CardWorker::statusText, this, [this](const QString& text) {
        m_jobText = text;
        m_statusLabel->setText(text.isEmpty() ? m_outcome : text);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(&m_worker, &CardWorker::cardsChanged, this, &MainWindow::cardsChanged);

    resize(QSize(900, 520));
    setLocked(m_worker.isBusy());
    refresh();
    checkTpm();
}

MainWindow::~MainWindow()
{
    // Children (the view's selection model, open dialogs) are destroyed after this object
    // and may signal on their way out: none of that reaches a half-destroyed window.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    m_createAction = new QAction(actionIcon("card-new"), tr("&Create card…"), this);
    m_createAction->setObjectName(QStringLiteral("createCardAction"));
    m_createAction->setShortcut(QKeySequence::New);
    connect(m_createAction, &QAction::triggered, this, [this] { openCreateWizard(); });

    m_changePinAction = new QAction(actionIcon("pin-change"), tr("Change &PIN…"), this);
    m_changePinAction->setObjectName(QStringLiteral("changePinAction"));
    m_changePinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_changePinAction, &QAction::triggered, this, [this] { openChangePin(); });

    m_unblockAction = new QAction(actionIcon("unblock"), tr("&Unblock with PUK…"), this);
    m_unblockAction->setObjectName(QStringLiteral("unblockAction"));
    m_unblockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_unblockAction, &QAction::triggered, this, [this] { openUnblock(); });

    m_adminResetAction =
        new QAction(actionIcon("admin-reset"), tr("&Reset PIN with admin key…"), this);
    m_adminResetAction->setObjectName(QStringLiteral("adminResetAction"));
    m_adminResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_adminResetAction, &QAction::triggered, this, [this] { openAdminReset(); });

    m_initializeAction =
        new QAction(actionIcon("filesystem"), tr("&Initialise file system…"), this);
    m_initializeAction->setObjectName(QStringLiteral("initializeAction"));
    m_initializeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_initializeAction, &QAction::triggered, this, [this] { openInitializeFileSystem(); });

    m_destroyAction = new QAction(actionIcon("destroy"), tr("&Destroy card…"), this);
    m_destroyAction->setObjectName(QStringLiteral("destroyAction"));
    m_destroyAction->setShortcut(QKeySequence::Delete);
    connect(m_destroyAction, &QAction::triggered, this, [this] { openDestroy(); });

    m_detailsAction = new QAction(actionIcon("details"), tr("De&tails…"), this);
    m_detailsAction->setObjectName(QStringLiteral("detailsAction"));
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_detailsAction, &QAction::triggered, this, [this] { openDetails(); });

    m_requestCertificateAction =
        new QAction(actionIcon("certificate-request"), tr("Request &certificate…"), this);
    m_requestCertificateAction->setObjectName(QStringLiteral("requestCertificateAction"));
    m_requestCertificateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_requestCertificateAction, &QAction::triggered, this,
            [this] { openRequestCertificate(); });

    m_importCertificateAction =
        new QAction(actionIcon("certificate-import"), tr("I&mport certificate…"), this);
    m_importCertificateAction->setObjectName(QStringLiteral("importCertificateAction"));
    m_importCertificateAction->setShortcut(QKeySequence::Open);
    connect(m_importCertificateAction, &QAction::triggered, this,
            [this] { openImportCertificate(); });

    m_certificatesAction = new QAction(actionIcon("certificates"), tr("Cert&ificates…"), this);
    m_certificatesAction->setObjectName(QStringLiteral("certificatesAction"));
    m_certificatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_certificatesAction, &QAction::triggered, this, [this] { openCertificates(); });

    m_refreshAction = new QAction(actionIcon("refresh"), tr("Re&fresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_calculatorAction =
        new QAction(actionIcon("calculator"), tr("Helpdesk: &response calculator…"), this);
    m_calculatorAction->setObjectName(QStringLiteral("calculatorAction"));
    m_calculatorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_calculatorAction, &QAction::triggered, this, [this] { openResponseCalculator(); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Tooltips say what each action does; the toolbar shows short labels.
    m_createAction->setToolTip(tr("Create a new virtual smart card"));
    m_changePinAction->setToolTip(tr("Change the selected card's PIN"));
    m_unblockAction->setToolTip(tr("Unblock the selected card with its PUK and set a new PIN"));
    m_adminResetAction->setToolTip(
        tr("Reset the selected card's PIN through the helpdesk (admin challenge and response)"));
    m_initializeAction->setToolTip(
        tr("Initialise the selected card's file system through the helpdesk"));
    m_destroyAction->setToolTip(tr("Destroy the selected card and its keys"));
    m_detailsAction->setToolTip(tr("Show everything about the selected card"));
    m_calculatorAction->setToolTip(
        tr("Compute an admin response from a challenge and an admin key (for helpdesk staff)"));
    m_refreshAction->setToolTip(tr("Read the card list again"));
    m_requestCertificateAction->setToolTip(
        tr("Make a key on the selected card and a certificate request (or a self-signed "
           "certificate)"));
    m_importCertificateAction->setToolTip(
        tr("Store the certificate your certificate authority issued on the selected card"));
    m_certificatesAction->setToolTip(
        tr("List, export or delete the certificates on the selected card"));
    m_requestCertificateAction->setIconText(tr("Request"));
    m_importCertificateAction->setIconText(tr("Import"));
    m_certificatesAction->setIconText(tr("Certificates"));
    m_changePinAction->setIconText(tr("Change PIN"));
    m_unblockAction->setIconText(tr("Unblock"));
    m_adminResetAction->setIconText(tr("Admin reset"));
    m_initializeAction->setIconText(tr("Initialise"));
    m_destroyAction->setIconText(tr("Destroy"));
    m_detailsAction->setIconText(tr("Details"));
    m_createAction->setIconText(tr("Create card"));
    m_calculatorAction->setIconText(tr("Calculator"));
    m_refreshAction->setIconText(tr("Refresh"));
}

void MainWindow::createMenus()
{
    QMenu* card = menuBar()->addMenu(tr("&Card"));
    card->setObjectName(QStringLiteral("cardMenu"));
    card->addAction(m_createAction);
    card->addSeparator();
    card->addAction(m_changePinAction);
    card->addAction(m_unblockAction);
    card->addAction(m_adminResetAction);
    card->addAction(m_initializeAction);
    card->addSeparator();
    card->addAction(m_requestCertificateAction);
    card->addAction(m_importCertificateAction);
    card->addAction(m_certificatesAction);
    card->addSeparator();
    card->addAction(m_detailsAction);
    card->addAction(m_destroyAction);
    card->addSeparator();
    card->addAction(m_refreshAction);
    card->addSeparator();
    card->addAction(m_quitAction);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(m_calculatorAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);

    QToolBar* toolbar = addToolBar(tr("Card actions"));
    toolbar->setObjectName(QStringLiteral("cardToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    toolbar->addAction(m_createAction);
    toolbar->addSeparator();
    toolbar->addAction(m_changePinAction);
    toolbar->addAction(m_unblockAction);
    toolbar->addAction(m_adminResetAction);
    toolbar->addAction(m_initializeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_requestCertificateAction);
    toolbar->addAction(m_importCertificateAction);
    toolbar->addSeparator();
    toolbar->addAction(m_detailsAction);
    toolbar->addAction(m_destroyAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_calculatorAction);
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    m_listError = new Notice(Notice::Kind::Error, central);
    m_listError->setObjectName(QStringLiteral("listErrorNotice"));
    m_listError->hide();
    layout->addWidget(m_listError);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("cardStack"));
    layout->addWidget(m_stack, 1);

    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("cardTable"));
    m_view->setAccessibleName(tr("Smart cards"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the list, as keyboard users expect
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CardListModel::NameColumn,
                                                     QHeaderView::Stretch);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this] { openDetails(); });
    m_stack->addWidget(m_view);

    m_emptyPage = new QWidget(m_stack);
    m_emptyPage->setObjectName(QStringLiteral("emptyPage"));
    auto* empty = new QVBoxLayout(m_emptyPage);
    empty->addStretch(1);
    auto* icon = new QLabel(m_emptyPage);
    icon->setPixmap(windowIcon().pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    empty->addWidget(icon);
    auto* title = new QLabel(tr("No smart cards yet"), m_emptyPage);
    title->setObjectName(QStringLiteral("emptyTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    empty->addWidget(title);
    auto* text = new QLabel(tr("A virtual smart card keeps your keys in this computer's TPM, "
                               "protected by a PIN. Create one to get started."),
                            m_emptyPage);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    empty->addWidget(text);
    m_emptyCreateButton = new QPushButton(actionIcon("card-new"), tr("&Create card…"), m_emptyPage);
    m_emptyCreateButton->setObjectName(QStringLiteral("createCardButton"));
    m_emptyCreateButton->setAccessibleName(tr("Create card"));
    connect(m_emptyCreateButton, &QPushButton::clicked, this, [this] { openCreateWizard(); });
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_emptyCreateButton);
    buttonRow->addStretch(1);
    empty->addLayout(buttonRow);
    empty->addStretch(2);
    m_stack->addWidget(m_emptyPage);

    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(statusBar());
    m_statusLabel->setObjectName(QStringLiteral("statusMessageLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_busy = new QProgressBar(statusBar());
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setMaximumHeight(statusBar()->fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_tpmLabel = new QLabel(statusBar());
    m_tpmLabel->setObjectName(QStringLiteral("tpmLabel"));
    m_tpmLabel->setText(tr("TPM: checking…"));
    statusBar()->addPermanentWidget(m_tpmLabel);
}

// Asks the worker to read every card again (the Refresh action; the first list). Changes
// made meanwhile by this program or another arrive by themselves (cardsChanged).
void MainWindow::refresh()
{
    m_worker.lookAtCards(true);
}

void MainWindow::cardsChanged(const CardChanges& changes)
{
    const auto selected = selectedCard();
    const int keep = m_pendingSelection >= 0 ? m_pendingSelection
                     : selected              ? selected->instance
                                             : -1;
    m_model->apply(changes);
    if (changes.complete)
        m_unreadable.clear();
    for (int instance : changes.removed)
        m_unreadable.remove(instance);
    for (const CardStatus& card : changes.updated)
        m_unreadable.remove(card.instance);
    for (const UnreadableCard& card : changes.unreadable)
        m_unreadable.insert(card.instance, card.error);
    // A card whose file cannot be used is left out of the list and said above it: the
    // other cards stay usable.
    if (m_unreadable.isEmpty())
        m_listError->hide();
    else
        showListError(m_unreadable.first());

    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? m_emptyPage : static_cast<QWidget*>(m_view));
    const bool selectionGone = !selectedCard();
    if (!empty && (changes.complete || selectionGone || m_pendingSelection >= 0)) {
        if (!selectInstance(keep))
            selectInstance(m_model->cardAt(0)->instance);
    }
    if (m_pendingSelection >= 0 && m_model->rowOfInstance(m_pendingSelection) >= 0)
        m_pendingSelection = -1;
    updateActions();
    const bool first = changes.complete && !m_firstListShown;
    if (changes.complete)
        m_firstListShown = true;
    Q_EMIT refreshed();
    if (first && empty && m_openWizardWhenEmpty)
        openCreateWizard();
}

void MainWindow::checkTpm()
{
    m_worker.submit(
        this, tr("Checking the TPM…"), [](CardServices& c) { return c.readiness(); },
        [this](TpmReadiness tpm) {
            QString text;
            if (tpm.builtInSimulator)
                text = tr("Built-in software TPM (for testing: keys are not hardware-protected)");
            else if (tpm.software)
                text = tr("Software TPM (keys are not hardware-protected)");
            else
                text = tr("TPM: %1, firmware %2").arg(tpm.manufacturer, tpm.firmwareVersion);
            if (tpm.inLockout)
                text += tr(" — in dictionary-attack lockout");
            m_tpmLabel->setText(text);
            m_tpmLabel->setToolTip(
                tr("Reached through %1")
                    .arg(tpm.tcti.isEmpty() ? tr("default (TCTI loader)") : tpm.tcti));
            m_tpm = tpm;
        },
        [this](const Error& error) {
            m_tpmLabel->setText(tr("No TPM: %1").arg(ErrorText::headline(error.code())));
            m_tpmLabel->setToolTip(error.sentence().said());
        });
}

std::optional<CardStatus> MainWindow::selectedCard() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    if (const CardStatus* card = m_model->cardAt(rows.first().row()))
        return *card;
    return std::nullopt;
}

bool MainWindow::selectInstance(int instance)
{
    const int row = m_model->rowOfInstance(instance);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, CardListModel::NameColumn));
    return true;
}

QString MainWindow::statusMessage() const
{
    return m_statusLabel->text();
}

void MainWindow::setLocked(bool locked)
{
    m_locked = locked;
    // Disabling a focused widget moves focus away; give it back afterwards so keyboard
    // users do not lose their place after every action.
    if (locked && m_view->hasFocus())
        m_viewHadFocus = true;
    m_view->setEnabled(!locked);
    m_emptyCreateButton->setEnabled(!locked);
    m_busy->setVisible(locked);
    if (!locked && m_viewHadFocus) {
        m_viewHadFocus = false;
        m_view->setFocus();
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const std::optional<CardStatus> card = selectedCard();
    const bool free = !m_locked;
    const bool have = free && card.has_value();
    m_createAction->setEnabled(free);
    m_refreshAction->setEnabled(free);
    // What the card allows is core's answer (CardStatus::can), not restated here.
    m_changePinAction->setEnabled(have && card->can.changePin);
    m_unblockAction->setEnabled(have && card->can.unblockWithPuk);
    m_adminResetAction->setEnabled(have && card->can.adminReset);
    m_initializeAction->setEnabled(have && card->can.initializeFileSystem);
    m_destroyAction->setEnabled(have);
    m_detailsAction->setEnabled(have);
    m_requestCertificateAction->setEnabled(have && card->can.requestCertificate);
    m_importCertificateAction->setEnabled(have && card->can.storeCertificate);
    m_certificatesAction->setEnabled(have && card->can.readCertificates);
}

void MainWindow::showOutcome(const QString& message)
{
    m_outcome = message;
    if (m_jobText.isEmpty())
        m_statusLabel->setText(message);
}

void MainWindow::showListError(const Error& error)
{
    m_listError->setHtml(ErrorText::html(error));
    m_listError->show();
}

void MainWindow::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid())
        m_view->selectRow(index.row());
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("cardContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        menu->addAction(m_changePinAction);
        menu->addAction(m_unblockAction);
        menu->addAction(m_adminResetAction);
        menu->addAction(m_initializeAction);
        menu->addSeparator();
        menu->addAction(m_requestCertificateAction);
        menu->addAction(m_importCertificateAction);
        menu->addAction(m_certificatesAction);
        menu->addSeparator();
        menu->addAction(m_detailsAction);
        menu->addAction(m_destroyAction);
        menu->addSeparator();
    }
    menu->addAction(m_createAction);
    menu->addAction(m_refreshAction);
    // popup(), not exec(): no nested event loop.
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void MainWindow::present(CardActionDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CardActionDialog::succeeded, this, &MainWindow::showOutcome);
    dialog->open();
}

CreateCardWizard* MainWindow::openCreateWizard()
{
    // Not refused while the worker is busy: the wizard's jobs queue behind the others.
    auto* wizard = new CreateCardWizard(m_worker, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateCardWizard::cardCreated, this, [this](int instance) {
        showOutcome(tr("The card %1 was created.").arg(formatInstanceId(instance)));
        // Selected when the worker publishes it (usually before this result arrives).
        if (!selectInstance(instance))
            m_pendingSelection = instance;
    });
    // The Done page's next step (offered because this is connected).
    connect(wizard, &CreateCardWizard::requestCertificate, this,
            [this](int instance) { openRequestCertificate(instance); });
    wizard->open();
    return wizard;
}

ChangePinDialog* MainWindow::openChangePin()
{
    const auto card = selectedCard();
    if (!card || !m_changePinAction->isEnabled())
        return nullptr;
    auto* dialog = new ChangePinDialog(m_worker, *card, this);
    present(dialog);
    return dialog;
}

UnblockDialog* MainWindow::openUnblock()
{
    const auto card = selectedCard();
    if (!card || !m_unblockAction->isEnabled())
        return nullptr;
    auto* dialog = new UnblockDialog(m_worker, *card, this);
    present(dialog);
    return dialog;
}

AdminChallengeDialog* MainWindow::openAdminReset()
{
    const auto card = selectedCard();
    if (!card || !m_adminResetAction->isEnabled())
        return nullptr;
    auto* dialog =
        new AdminChallengeDialog(AdminChallengeDialog::Purpose::ResetPin, m_worker, *card, this);
    present(dialog);
    return dialog;
}

AdminChallengeDialog* MainWindow::openInitializeFileSystem()
{
    const auto card = selectedCard();
    if (!card || !m_initializeAction->isEnabled())
        return nullptr;
    auto* dialog = new AdminChallengeDialog(AdminChallengeDialog::Purpose::InitializeFileSystem,
                                            m_worker, *card, this);
    present(dialog);
    return dialog;
}

DestroyCardDialog* MainWindow::openDestroy()
{
    const auto card = selectedCard();
    if (!card || !m_destroyAction->isEnabled())
        return nullptr;
    auto* dialog = new DestroyCardDialog(m_worker, *card, this);
    present(dialog);
    return dialog;
}

CardDetailsDialog* MainWindow::openDetails()
{
    const auto card = selectedCard();
    if (!card || !m_detailsAction->isEnabled())
        return nullptr;
    auto* dialog = new CardDetailsDialog(*card, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::presentWindow(QDialog* window)
{
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowModality(Qt::WindowModal);
    window->show();
}

RequestCertificateWizard* MainWindow::openRequestCertificate()
{
    const auto card = selectedCard();
    if (!card || !m_requestCertificateAction->isEnabled())
        return nullptr;
    return openRequestCertificate(card->instance);
}

RequestCertificateWizard* MainWindow::openRequestCertificate(int instance)
{
    auto* wizard = new RequestCertificateWizard(m_worker, instance, this);
    presentWindow(wizard);
    return wizard;
}

ImportCertificateDialog* MainWindow::openImportCertificate()
{
    const auto card = selectedCard();
    if (!card || !m_importCertificateAction->isEnabled())
        return nullptr;
    auto* dialog = new ImportCertificateDialog(m_worker, card->instance, this);
    connect(dialog, &ImportCertificateDialog::stored, this, [this, name = card->name](int changed) {
        Q_UNUSED(changed);
        showOutcome(tr("The certificate is stored on “%1”.").arg(name));
    });
    presentWindow(dialog);
    return dialog;
}

CertificatesDialog* MainWindow::openCertificates()
{
    const auto card = selectedCard();
    if (!card || !m_certificatesAction->isEnabled())
        return nullptr;
    auto* dialog = new CertificatesDialog(m_worker, card->instance, this);
    presentWindow(dialog);
    return dialog;
}

ResponseCalculatorDialog* MainWindow::openResponseCalculator()
{
    // Not modal and not tied to a card: helpdesk staff keep it open beside the list.
    if (!m_calculator) {
        m_calculator = new ResponseCalculatorDialog(this);
        m_calculator->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_calculator->show();
    m_calculator->raise();
    m_calculator->activateWindow();
    return m_calculator;
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About TPM Virtual Smart Cards"),
                                tr("<b>TPM Virtual Smart Cards</b><br>Smart cards whose keys "
                                   "live in this computer's TPM 2.0."),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Quitting now would drop what the running job brings back (a new card's recovery
    // choice, a certificate request that was just signed) while its effect on the card
    // stays: the window stays open until the TPM is done.
    if (m_worker.isBusy()) {
        event->ignore();
        if (!m_busyCloseBox) {
            auto* box = new QMessageBox(
                QMessageBox::Information, tr("The TPM is working"),
                tr("A card operation is still running. Close the window once it has finished."),
                QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("closeWhileBusyBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            m_busyCloseBox = box;
            box->open();
        }
        m_busyCloseBox->raise();
        return;
    }
    if (m_calculator)
        m_calculator->close();
    QMainWindow::closeEvent(event);
}

} // namespace tpmvsc
