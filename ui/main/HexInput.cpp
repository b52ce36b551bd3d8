#include "HexInput.h"

#include "UiStyle.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tpmvsc {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u'-';
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

HexInput::HexInput(int byteCount, const QString& objectName, QWidget* parent)
    : QWidget(parent), m_byteCount(byteCount)
{
    QString base = objectName;
    if (base.endsWith(QStringLiteral("Edit")))
        base.chop(4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(objectName);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Room for the digits grouped by four plus some slack for pasted separators.
    m_edit->setMaxLength(byteCount * 4);
    m_edit->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText |
                                Qt::ImhSensitiveData);
    const int groups = (2 * byteCount + 3) / 4;
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QString(groups * 5, u'M')) +
                            12);
    layout->addWidget(m_edit);
    m_status = new QLabel(this);
    m_status->setObjectName(base + QStringLiteral("StatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        check();
        Q_EMIT edited();
    });
    check();
}

HexInput::~HexInput()
{
    // Silently: whoever listens may be half destroyed already (the parent dialog).
    const QSignalBlocker quiet(m_edit);
    m_edit->clear();
}

void HexInput::setAccessibleName(const QString& name)
{
    m_edit->setAccessibleName(name);
}

void HexInput::check()
{
    const QString text = m_edit->text();
    const int wanted = 2 * m_byteCount;
    int digits = 0;
    int badPosition = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isSeparator(c))
            continue;
        if (!isHexDigit(c)) {
            badPosition = int(i + 1);
            break;
        }
        ++digits;
    }
    bool valid = false;
    if (badPosition > 0) {
        setStatus(m_status, StatusKind::Bad,
                  tr("The character at position %1 is not a hexadecimal digit (0-9, A-F).")
                      .arg(badPosition));
    } else if (digits > wanted) {
        setStatus(m_status, StatusKind::Bad,
                  tr("%1 hexadecimal digits: %2 too many.").arg(digits).arg(digits - wanted));
    } else if (digits < wanted) {
        setStatus(m_status, digits == 0 ? StatusKind::Neutral : StatusKind::Pending,
                  tr("%1 of %2 hexadecimal digits.").arg(digits).arg(wanted));
    } else {
        valid = true;
        setStatus(m_status, StatusKind::Good, tr("%1 hexadecimal digits: complete.").arg(wanted));
    }
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

QString HexInput::statusText() const
{
    return m_status->text();
}

QByteArray HexInput::bytes() const
{
    if (!m_valid)
        return {};
    QByteArray hex; // the digits alone, wiped once decoded
    hex.reserve(2 * m_byteCount);
    for (QChar c : m_edit->text())
        if (!isSeparator(c))
            hex.append(c.toLatin1());
    QByteArray result = QByteArray::fromHex(hex);
    wipe(hex);
    return result;
}

Secret HexInput::secret() const
{
    QByteArray raw = bytes();
    Secret secret = Secret::fromBytes(raw);
    wipe(raw);
    return secret;
}

void HexInput::setText(const QString& text)
{
    m_edit->setText(text);
}

void HexInput::clear()
{
    m_edit->clear();
}

} // namespace tpmvsc
