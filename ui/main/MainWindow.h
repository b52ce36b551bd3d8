// The helpdesk / main window: the list of cards with their state, and every card action
// (create, change PIN, unblock with PUK, admin reset, initialise file system, destroy,
// details; request / import / list certificates through ui/certificates) from the toolbar, the
// menus, the list's context menu and keyboard shortcuts.
// Every card operation runs on the CardWorker; while a job runs the list and the actions
// are locked, the status bar shows what the worker is doing, and the list is read again
// after each action.
#pragma once

#include "core/card/CardService.h"
#include "services/CardWatch.h"
#include "services/TpmReadiness.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <optional>

class QAction;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace tpmvsc {

class AdminChallengeDialog;
class CardActionDialog;
class CardDetailsDialog;
class CertificatesDialog;
class CardListModel;
class CardWorker;
class ChangePinDialog;
class CreateCardWizard;
class DestroyCardDialog;
class Error;
class ImportCertificateDialog;
class Notice;
class RequestCertificateWizard;
class ResponseCalculatorDialog;
class UnblockDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(CardWorker& worker, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the creation wizard by itself once the first list shows no card (app/tpmvsc).
    void setOpenWizardWhenEmpty(bool open) { m_openWizardWhenEmpty = open; }

    CardListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The selected card, or nothing.
    std::optional<CardStatus> selectedCard() const;
    bool selectInstance(int instance);
    bool isLocked() const { return m_locked; }
    // The message in the status bar: what the worker does now, else the last outcome.
    QString statusMessage() const;
    const std::optional<TpmReadiness>& tpm() const { return m_tpm; }

    // The windows the actions open (window-modal, deleted when closed); nullptr when the
    // action is not available for the selected card. For the actions and for tests.
    CreateCardWizard* openCreateWizard();
    ChangePinDialog* openChangePin();
    UnblockDialog* openUnblock();
    AdminChallengeDialog* openAdminReset();
    AdminChallengeDialog* openInitializeFileSystem();
    DestroyCardDialog* openDestroy();
    CardDetailsDialog* openDetails();
    ResponseCalculatorDialog* openResponseCalculator();
    // Enrollment (ui/certificates): for the selected card, or for `instance` (the card the
    // creation wizard just made, which the list may not show yet).
    RequestCertificateWizard* openRequestCertificate();
    RequestCertificateWizard* openRequestCertificate(int instance);
    ImportCertificateDialog* openImportCertificate();
    CertificatesDialog* openCertificates();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // After each reading of the card list (successful or not).
    void refreshed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void checkTpm();
    void setLocked(bool locked);
    void updateActions();
    void showOutcome(const QString& message);
    void showListError(const Error& error);
    void cardsChanged(const CardChanges& changes);
    void showContextMenu(const QPoint& position);
    void showAbout();
    // Wires a card action dialog: refresh on change, outcome in the status bar, open it.
    void present(CardActionDialog* dialog);
    // Opens an enrollment window window-modal, deleted when closed.
    void presentWindow(QDialog* window);

    CardWorker& m_worker;
    CardListModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QWidget* m_emptyPage = nullptr;
    QPushButton* m_emptyCreateButton = nullptr;
    Notice* m_listError = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_busy = nullptr;
    QPointer<QMessageBox> m_busyCloseBox; // "still working" when closed during a job
    QLabel* m_tpmLabel = nullptr;
    QString m_outcome;
    QString m_jobText;
    bool m_locked = false;
    bool m_viewHadFocus = false;
    bool m_openWizardWhenEmpty = false;
    bool m_firstListShown = false;
    int m_pendingSelection = -1;   // a new card to select once the worker publishes it
    QMap<int, Error> m_unreadable; // cards whose files cannot be used, and why
    std::optional<TpmReadiness> m_tpm;
    QPointer<ResponseCalculatorDialog> m_calculator;

    QAction* m_createAction = nullptr;
    QAction* m_changePinAction = nullptr;
    QAction* m_unblockAction = nullptr;
    QAction* m_adminResetAction = nullptr;
    QAction* m_initializeAction = nullptr;
    QAction* m_destroyAction = nullptr;
    QAction* m_detailsAction = nullptr;
    QAction* m_requestCertificateAction = nullptr;
    QAction* m_importCertificateAction = nullptr;
    QAction* m_certificatesAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_calculatorAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace tpmvsc
