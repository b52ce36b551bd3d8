#include "SubjectPage.h"

#include "EnrollText.h"
#include "RequestCertificateWizard.h"
#include "enroll/DistinguishedName.h"
#include "ui/widgets/Notice.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

// The typed text with the character at `pos` marked, for a rich-text label: a
// fixed-pitch copy with a caret under the character (as compilers point at errors), the
// character itself bold and underlined. Neither relies on colour. A position past the end
// (something missing at the end) puts the caret after the text.
QString markedText(const QString& text, int pos)
{
    const QString before = text.left(pos).toHtmlEscaped();
    const QString at = pos < text.size() ? QString(text.at(pos)).toHtmlEscaped() : QString();
    const QString after = pos + 1 < text.size() ? text.mid(pos + 1).toHtmlEscaped() : QString();
    return QStringLiteral("<pre style=\"margin:0\">%1<b><u>%2</u></b>%3\n%4^</pre>")
        .arg(before, at, after, QString(pos, QLatin1Char(' ')));
}

} // namespace

SubjectPage::SubjectPage(RequestCertificateWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("subjectPage"));
    setTitle(tr("Who the certificate is for"));
    setSubTitle(tr("Filled in from your login where it is known. Change it to what your "
                   "certificate authority expects."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("CN=Alice Example,O=Example Corp,C=DE"));
    m_subject->setClearButtonEnabled(true);
    auto* subjectLabel = new QLabel(tr("&Subject:"), this);
    subjectLabel->setBuddy(m_subject);
    form->addRow(subjectLabel, m_subject);
    auto* help = new QLabel(
        tr("Attributes separated by commas, most specific first: %1.")
            .arg(QStringList{QStringLiteral("CN"), QStringLiteral("OU"), QStringLiteral("O"),
                             QStringLiteral("L"), QStringLiteral("ST"), QStringLiteral("C"),
                             QStringLiteral("DC"), QStringLiteral("emailAddress")}
                     .join(QStringLiteral(", "))),
        this);
    help->setObjectName(QStringLiteral("subjectHelpLabel"));
    help->setWordWrap(true);
    form->addRow(QString(), help);
    m_subjectError = new Notice(Notice::Kind::Error, this);
    m_subjectError->setObjectName(QStringLiteral("subjectErrorNotice"));
    m_subjectError->hide();
    form->addRow(m_subjectError);

    m_sans.append(makeSanField(SanType::Upn, QStringLiteral("upn")));
    m_sans.append(makeSanField(SanType::Email, QStringLiteral("email")));
    m_sans.append(makeSanField(SanType::Dns, QStringLiteral("dns")));
    for (const SanField& f : m_sans) {
        form->addRow(f.label, f.edit);
        form->addRow(f.error);
    }
    layout->addLayout(form);

    m_ruleNotice = new Notice(Notice::Kind::Information, this);
    m_ruleNotice->setObjectName(QStringLiteral("sanRuleNotice"));
    m_ruleNotice->hide();
    layout->addWidget(m_ruleNotice);
    layout->addStretch(1);

    connect(m_subject, &QLineEdit::textChanged, this, &SubjectPage::check);
    for (const SanField& f : m_sans)
        connect(f.edit, &QLineEdit::textChanged, this, &SubjectPage::check);
}

SubjectPage::SanField SubjectPage::makeSanField(SanType type, const QString& objectPrefix)
{
    SanField f{type};
    f.edit = new QLineEdit(this);
    f.edit->setObjectName(objectPrefix + QStringLiteral("Edit"));
    f.edit->setAccessibleName(EnrollText::sanKind(type));
    f.edit->setClearButtonEnabled(true);
    f.label = new QLabel(this);
    f.label->setBuddy(f.edit);
    f.error = new Notice(Notice::Kind::Error, this);
    f.error->setObjectName(objectPrefix + QStringLiteral("ErrorNotice"));
    f.error->hide();
    switch (type) {
    case SanType::Upn: f.edit->setPlaceholderText(tr("alice@example.com")); break;
    case SanType::Email: f.edit->setPlaceholderText(tr("alice@example.com")); break;
    case SanType::Dns:
        f.edit->setPlaceholderText(tr("host.example.com, other.example.com"));
        f.edit->setAccessibleDescription(tr("Several names separated by commas or spaces"));
        break;
    }
    return f;
}

void SubjectPage::initializePage()
{
    RequestModel& m = m_wizard.model();
    const SubjectDefaults& d = m_wizard.subjectDefaults();
    if (!m_prefilled) {
        m_prefilled = true;
        m.subject = d.subject;
    }
    // The UPN only where the template takes one (a UPN the CA did not ask for would only
    // be refused), and once: a UPN the user removed stays removed.
    if (!m_upnPrefilled && m.certificateTemplate &&
        m.certificateTemplate->upn != SanRule::NotAllowed) {
        m_upnPrefilled = true;
        if (m.upn.isEmpty())
            m.upn = d.upn;
    }
    m_subject->setText(m.subject);
    for (SanField& f : m_sans) {
        if (f.type == SanType::Upn)
            f.edit->setText(m.upn);
        else if (f.type == SanType::Email)
            f.edit->setText(m.email);
        else
            f.edit->setText(m.dnsNames.join(QStringLiteral(", ")));
    }
    applyTemplate();
    check();
    m_subject->setFocus();
}

void SubjectPage::applyTemplate()
{
    const std::optional<CertificateTemplate>& t = m_wizard.model().certificateTemplate;
    const QString templateName = t ? EnrollText::templateName(*t) : QString();
    for (SanField& f : m_sans) {
        const SanRule rule = t ? t->sanRule(f.type) : SanRule::Optional;
        QString name;
        switch (f.type) {
        case SanType::Upn: name = tr("&UPN"); break;
        case SanType::Email: name = tr("&E-mail"); break;
        case SanType::Dns: name = tr("&DNS names"); break;
        }
        const QString label = rule == SanRule::Required ? tr("%1 (required):").arg(name)
                                                        : tr("%1:", "form label").arg(name);
        f.label->setText(label);
        const bool allowed = rule != SanRule::NotAllowed;
        f.edit->setEnabled(allowed);
        f.edit->setToolTip(
            allowed ? QString()
                    : tr("The template \"%1\" does not take this name.").arg(templateName));
        f.label->setToolTip(f.edit->toolTip());
        if (!allowed)
            f.edit->clear();
    }
}

QStringList SubjectPage::sanTexts(const SanField& field) const
{
    const QString text = field.edit->text().trimmed();
    if (!field.edit->isEnabled() || text.isEmpty())
        return {};
    if (field.type != SanType::Dns)
        return {text};
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void SubjectPage::check()
{
    bool valid = true;
    const QString subject = m_subject->text();
    m_subjectErrorPosition = -1;
    try {
        parseDistinguishedName(subject.trimmed());
        m_subjectError->hide();
    } catch (const DistinguishedNameError& e) {
        valid = false;
        // The position refers to the trimmed text the parser saw.
        m_subjectErrorPosition = int(e.position());
        m_subjectError->setHtml(e.sentence().said().toHtmlEscaped() +
                                markedText(subject.trimmed(), m_subjectErrorPosition));
        m_subjectError->show();
    } catch (const Error& e) { // too long: nowhere in particular
        valid = false;
        m_subjectError->setHtml(e.sentence().said().toHtmlEscaped());
        m_subjectError->show();
    }

    QList<SubjectAltName> sans;
    QStringList allTexts;
    bool sansValid = true;
    for (SanField& f : m_sans) {
        QString problem;
        for (const QString& text : sanTexts(f)) {
            const QString prefixed = sanTypeName(f.type) + QLatin1Char(':') + text;
            try {
                sans.append(parseSubjectAltName(prefixed));
                allTexts.append(prefixed);
            } catch (const Error& e) {
                problem = e.sentence().said();
                break;
            }
        }
        if (problem.isEmpty()) {
            f.error->hide();
        } else {
            f.error->setText(problem);
            f.error->show();
            sansValid = false;
        }
    }
    if (sansValid) {
        try {
            parseSubjectAltNames(allTexts); // duplicates
        } catch (const Error& e) {
            m_sans.last().error->setText(e.sentence().said());
            m_sans.last().error->show();
            sansValid = false;
        }
    }
    valid = valid && sansValid;

    QString rule;
    const RequestModel& m = m_wizard.model();
    if (valid && subject.trimmed().isEmpty() && sans.isEmpty())
        rule = tr("Enter a subject or at least one alternative name.");
    else if (sansValid && m.certificateTemplate) {
        const CertificateTemplate& t = *m.certificateTemplate;
        for (SanType type : {SanType::Upn, SanType::Email, SanType::Dns}) {
            if (t.sanRule(type) != SanRule::Required)
                continue;
            bool present = false;
            for (const SubjectAltName& san : sans)
                present = present || san.type == type;
            if (!present) {
                rule = tr("The template \"%1\" needs a %2.")
                           .arg(EnrollText::templateName(t), EnrollText::sanKind(type));
                break;
            }
        }
    }
    if (rule.isEmpty()) {
        m_ruleNotice->hide();
    } else {
        valid = false;
        m_ruleNotice->setText(rule);
        m_ruleNotice->show();
    }

    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

bool SubjectPage::isComplete() const
{
    return m_valid;
}

void SubjectPage::cleanupPage()
{
    // Going back keeps what was typed: the model holds it until the page shows again.
    storeToModel();
}

bool SubjectPage::validatePage()
{
    storeToModel();
    return m_valid;
}

void SubjectPage::storeToModel()
{
    RequestModel& m = m_wizard.model();
    m.subject = m_subject->text().trimmed();
    m.upn.clear();
    m.email.clear();
    m.dnsNames.clear();
    for (const SanField& f : m_sans) {
        const QStringList texts = sanTexts(f);
        if (f.type == SanType::Upn)
            m.upn = texts.value(0);
        else if (f.type == SanType::Email)
            m.email = texts.value(0);
        else
            m.dnsNames = texts;
    }
}

} // namespace tpmvsc
