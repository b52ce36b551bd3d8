// Page 2: who the certificate names. The subject as an RFC 4514 string and the
// alternative names the template takes (UPN, e-mail, DNS), prefilled from the login
// (full name, and the UPN when the machine is in a Kerberos realm). Every keystroke
// is checked by the same parsers the request uses; a wrong subject shows the message
// and the text with the offending character marked. Next only when all is valid.
#pragma once

#include "enroll/SubjectAltName.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace tpmvsc {

class Notice;
class RequestCertificateWizard;

class SubjectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SubjectPage(RequestCertificateWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override;
    bool validatePage() override;

    // Where the last subject error is (0-based character index), -1 when none.
    int subjectErrorPosition() const { return m_subjectErrorPosition; }

private:
    struct SanField {
        SanType type;
        QLabel* label = nullptr;
        QLineEdit* edit = nullptr;
        Notice* error = nullptr;
    };
    SanField makeSanField(SanType type, const QString& objectPrefix);
    void applyTemplate();
    void storeToModel();
    void check();
    QStringList sanTexts(const SanField& field) const;

    RequestCertificateWizard& m_wizard;
    QLineEdit* m_subject;
    Notice* m_subjectError;
    QList<SanField> m_sans;
    Notice* m_ruleNotice;
    bool m_prefilled = false;
    bool m_upnPrefilled = false;
    bool m_valid = false;
    int m_subjectErrorPosition = -1;
};

} // namespace tpmvsc
