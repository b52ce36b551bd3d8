// Storing the certificate a CA issued on the card: the
// file comes from a file picker, a drop, or pasted PEM; the preview (subject, issuer,
// validity, usages, SHA-256 fingerprint, the card key it belongs to, the chain, and
// every check with its result) is computed on the worker without the PIN. Store is
// possible only without errors, and with warnings only after "Store anyway"; then the
// PIN, and the store runs on the worker. A wrong PIN keeps the dialog open with the
// tries left. Nothing touches the card before Store.
#pragma once

#include "core/util/Error.h"
#include "services/EnrollService.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace tpmvsc {

class CardWorker;
class CertificateDropArea;
class JobPanel;
class Notice;
class PinEntry;

class ImportCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    ImportCertificateDialog(CardWorker& worker, int instance, QWidget* parent = nullptr);

    // What the user can do without the mouse or a drop, also used by the tests.
    void loadFile(const QString& path);
    void loadText(const QByteArray& bytes, const QString& sourceName);
    void setCaBundle(const QString& path); // empty: the system's trusted certificates
    QString caBundle() const { return m_caBundle; }

    const std::optional<ImportPreview>& preview() const { return m_preview; }
    bool isBusy() const;
    bool isStored() const { return m_stored; }
    bool canStore() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void previewReady();
    void previewFailed(const tpmvsc::Error& error);
    void stored(int instance);
    void storeFailed(const tpmvsc::Error& error);

private:
    void chooseFile();
    void chooseCaBundle();
    void pasteFromClipboard();
    void startPreview();
    void showPreview();
    void showPreviewFailure(const QString& html);
    void clearPreview();
    void addCheckRow(const ImportCheck& check);
    void store();
    void showStoreFailure(const Error& error);
    void updateButtons();

    CardWorker& m_worker;
    int m_instance;
    QByteArray m_bytes;
    QString m_caBundle;
    std::optional<ImportPreview> m_preview;
    int m_previewGeneration = 0;
    bool m_previewing = false;
    bool m_stored = false;

    QScrollArea* m_scroll;
    CertificateDropArea* m_drop;
    QLabel* m_caLabel;
    QPushButton* m_caChoose;
    QPushButton* m_caSystem;
    QLabel* m_previewStatus;
    Notice* m_previewError;
    QGroupBox* m_details;
    QFormLayout* m_form;
    QGroupBox* m_checksBox;
    QVBoxLayout* m_checks;
    Notice* m_checksSummary;
    Notice* m_replaces;
    QCheckBox* m_force;
    PinEntry* m_pin;
    JobPanel* m_job;
    Notice* m_done;
    QDialogButtonBox* m_buttons;
    QPushButton* m_store;
};

} // namespace tpmvsc
