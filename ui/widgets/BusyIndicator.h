// The row shown while the TPM works: an indeterminate progress bar (TPM commands report no
// progress) and a status line beside it saying what is being done. Hidden until start().
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace tpmvsc {

class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    // Children: <prefix>BusyIndicator (the bar, named `accessibleName` for screen readers)
    // and <prefix>StatusLabel; without a prefix busyIndicator and statusLabel.
    BusyIndicator(const QString& objectNamePrefix, const QString& accessibleName,
                  QWidget* parent = nullptr);

    void start(const QString& status); // shows the row with this status
    void setStatus(const QString& status);
    void stop(); // hides the row

private:
    QProgressBar* m_bar;
    QLabel* m_status;
};

} // namespace tpmvsc
