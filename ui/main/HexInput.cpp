#include "HexInput.h"

#include "UiStyle.h"
#include "core/util/HexText.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tpmvsc {

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
    const HexScan scan = scanHex(m_edit->text());
    const int wanted = 2 * m_byteCount;
    const auto digits = int(scan.digits);
    const auto badPosition = int(scan.badPosition);
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
    QByteArray result(m_byteCount, '\0');
    decodeHex(m_edit->text(), reinterpret_cast<std::uint8_t*>(result.data()));
    return result;
}

Secret HexInput::secret() const
{
    // Decoded straight into the Secret's memory: a typed response is copied nowhere else.
    Secret secret;
    if (m_valid) {
        secret.resize(std::size_t(m_byteCount));
        decodeHex(m_edit->text(), secret.data());
    }
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
