#include "BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace tpmvsc {

namespace {

// "create" + "BusyIndicator" is "createBusyIndicator"; no prefix gives "busyIndicator".
QString childName(const QString& prefix, QString name)
{
    if (prefix.isEmpty()) {
        name[0] = name.at(0).toLower();
        return name;
    }
    return prefix + name;
}

} // namespace

BusyIndicator::BusyIndicator(const QString& objectNamePrefix, const QString& accessibleName,
                             QWidget* parent)
    : QWidget(parent)
{
    setObjectName(childName(objectNamePrefix, QStringLiteral("BusyRow")));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(childName(objectNamePrefix, QStringLiteral("BusyIndicator")));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_bar->setAccessibleName(accessibleName);
    m_status = new QLabel(this);
    m_status->setObjectName(childName(objectNamePrefix, QStringLiteral("StatusLabel")));
    m_status->setWordWrap(true);
    layout->addWidget(m_bar);
    layout->addWidget(m_status, 1);
    hide();
}

void BusyIndicator::start(const QString& status)
{
    setStatus(status);
    show();
}

void BusyIndicator::setStatus(const QString& status)
{
    m_status->setText(status);
}

void BusyIndicator::stop()
{
    hide();
}

} // namespace tpmvsc
