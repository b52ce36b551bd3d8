// The certificates on one card (export as PEM/DER, delete): which key each
// belongs to, its subject, issuer and end of validity. Export writes the certificate
// (with its chain if asked: PEM blocks, or a PKCS#7 bundle for DER) through a file
// dialog; Delete removes the certificate (the key stays) after the PIN. The list is read
// and every change made on the worker; it is read again whenever the worker publishes a
// change of this card (a delete here, a counted wrong PIN, another program's import).
#pragma once

#include "core/util/Error.h"
#include "services/CardWatch.h"
#include "services/EnrollService.h"

#include <QDialog>

class QCheckBox;
class QFileDialog;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace tpmvsc {

class CardWorker;
class JobPanel;
class PinEntry;

class CertificatesDialog : public QDialog
{
    Q_OBJECT

public:
    CertificatesDialog(CardWorker& worker, int instance, QWidget* parent = nullptr);

    void reload();
    const QList<CertificateEntry>& certificates() const { return m_entries; }
    bool isBusy() const;
    bool selectKey(const QByteArray& keyId);

    // Opens the export file dialog for the selected certificate (for scripted tests).
    QFileDialog* openExportDialog();

public Q_SLOTS:
    void reject() override; // ignored while an export or a delete runs

Q_SIGNALS:
    void loaded();
    void exported(const QString& path);
    void deleted(int instance);
    void failed(const tpmvsc::Error& error);

private:
    const CertificateEntry* selected() const;
    void exportTo(const QString& path, bool der);
    void askToDelete();
    void deleteSelected();
    void jobFailed(const Error& error);
    void updateButtons();
    void cardsChanged(const CardChanges& changes);

    CardWorker& m_worker;
    int m_instance;
    QList<CertificateEntry> m_entries;
    int m_reloads = 0; // certificate lists asked for and not yet delivered
    QTreeWidget* m_list;
    QCheckBox* m_withChain;
    QPushButton* m_export;
    QPushButton* m_delete;
    QWidget* m_deleteArea;
    PinEntry* m_pin;
    QPushButton* m_confirmDelete;
    JobPanel* m_job; // an export or a delete, and what came of it
};

} // namespace tpmvsc
