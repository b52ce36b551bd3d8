// The desktop integration files as distributions and software centres see them: the
// .desktop file and AppStream metainfo pass their validators (from the source tree and after
// `cmake --install` into a temporary prefix), one application id ties desktop file,
// metainfo and icon together, and every icon parses and draws at 16 and 256 pixels (from
// the source tree and from the resources embedded in the ui library).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("io.github.tpmvsc.Tpmvsc");

QString sourceDir()
{
    return QStringLiteral(TPMVSC_SOURCE_DIR "/resources");
}

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& arguments)
{
    Run result;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        result.output = program + QStringLiteral(" did not start: ") + process.errorString();
        return result;
    }
    process.waitForFinished(120000);
    result.output = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

// The validators are dependencies of the test suite (scripts/install-deps.sh installs
// desktop-file-utils and appstream): a missing one fails the test rather than hiding it.
QString tool(const char* name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qWarning("%s is not installed", name);
    return path;
}

void validateDesktopFile(const QString& path)
{
    const QString validator = tool("desktop-file-validate");
    QVERIFY(!validator.isEmpty());
    const Run r = run(validator, {path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    // Hints are advice; errors and warnings are not acceptable.
    QVERIFY2(!r.output.contains(QStringLiteral("error:")), qPrintable(r.output));
    QVERIFY2(!r.output.contains(QStringLiteral("warning:")), qPrintable(r.output));
}

void validateMetainfo(const QString& path)
{
    const QString validator = tool("appstreamcli");
    QVERIFY(!validator.isEmpty());
    const Run r = run(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    // appstreamcli returns 0 with warnings (W:); we want none.
    QVERIFY2(!r.output.contains(
                 QRegularExpression(QStringLiteral("^[EW]:"), QRegularExpression::MultilineOption)),
             qPrintable(r.output));
}

QString desktopValue(const QString& path, const QString& key)
{
    QSettings desktop(path, QSettings::IniFormat);
    desktop.beginGroup(QStringLiteral("Desktop Entry"));
    return desktop.value(key).toString();
}

struct Metainfo {
    QString id;
    QString launchable;
    QStringList binaries;
    QString metadataLicense;
};

Metainfo readMetainfo(const QString& path)
{
    Metainfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return info;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"id")
            info.id = xml.readElementText();
        else if (xml.name() == u"launchable")
            info.launchable = xml.readElementText();
        else if (xml.name() == u"binary")
            info.binaries << xml.readElementText();
        else if (xml.name() == u"metadata_license")
            info.metadataLicense = xml.readElementText();
    }
    return info;
}

// Renders the SVG at `size` on a transparent image; returns how many pixels it painted.
int paintedPixels(const QString& path, int size)
{
    QSvgRenderer renderer(path);
    if (!renderer.isValid())
        return -1;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    int painted = 0;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return painted;
}

QStringList svgFilesUnder(const QString& root)
{
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.svg")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopFileIsValid()
    {
        validateDesktopFile(sourceDir() + u'/' + kAppId + QStringLiteral(".desktop"));
    }

    void metainfoIsValid()
    {
        validateMetainfo(sourceDir() + u'/' + kAppId + QStringLiteral(".metainfo.xml"));
    }

    void oneIdEverywhere()
    {
        const QString desktop = sourceDir() + u'/' + kAppId + QStringLiteral(".desktop");
        QCOMPARE(desktopValue(desktop, QStringLiteral("Icon")), kAppId);
        QCOMPARE(desktopValue(desktop, QStringLiteral("Exec")), QStringLiteral("tpmvsc"));
        QCOMPARE(desktopValue(desktop, QStringLiteral("Type")), QStringLiteral("Application"));
        QVERIFY(QFile::exists(sourceDir() + QStringLiteral("/icons/") + kAppId +
                              QStringLiteral(".svg")));

        const Metainfo info =
            readMetainfo(sourceDir() + u'/' + kAppId + QStringLiteral(".metainfo.xml"));
        QCOMPARE(info.id, kAppId);
        QCOMPARE(info.launchable, kAppId + QStringLiteral(".desktop"));
        QVERIFY(info.binaries.contains(QStringLiteral("tpmvsc")));
        QVERIFY(info.binaries.contains(QStringLiteral("tpmvscmgr")));
        QVERIFY(!info.metadataLicense.isEmpty());
    }

    void sourceIconsDrawAtEverySize_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = svgFilesUnder(sourceDir() + QStringLiteral("/icons"));
        QVERIFY(files.size() >= 10);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << sourceDir() + QStringLiteral("/icons/") + file;
    }

    void sourceIconsDrawAtEverySize()
    {
        QFETCH(QString, path);
        for (int size : {16, 24, 48, 256}) {
            const int painted = paintedPixels(path, size);
            QVERIFY2(painted >= 0, "not a valid SVG");
            // Something visible, but not a blank square either: an icon covers a part.
            QVERIFY2(painted > size * size / 5, qPrintable(QString::number(painted)));
            QVERIFY2(painted < size * size, qPrintable(QString::number(painted)));
        }
    }

    // Every icon in resources/icons is embedded (none forgotten in resources/CMakeLists.txt)
    // and the embedded copy draws.
    void everyIconIsEmbedded()
    {
        const QStringList files = svgFilesUnder(sourceDir() + QStringLiteral("/icons"));
        for (const QString& file : files) {
            const QString embedded = QStringLiteral(":/icons/") + file;
            QVERIFY2(QFile::exists(embedded), qPrintable(embedded));
            QVERIFY2(paintedPixels(embedded, 32) > 0, qPrintable(embedded));
        }
        const QStringList embeddedFiles = svgFilesUnder(QStringLiteral(":/icons"));
        QCOMPARE(embeddedFiles, files);
    }

    // What a distribution package would ship: `cmake --install` into a fresh prefix, then
    // the validators on the installed files and the AppStream tree check (which also
    // looks for the desktop file and the icon the metainfo names).
    void installedTreeIsValid()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const Run install = run(QStringLiteral(TPMVSC_CMAKE_COMMAND),
                                {QStringLiteral("--install"), QStringLiteral(TPMVSC_BINARY_DIR),
                                 QStringLiteral("--prefix"), prefix.path()});
        QVERIFY2(install.exitCode == 0, qPrintable(install.output));

        const QString share = prefix.path() + QStringLiteral("/share");
        const QString desktop =
            share + QStringLiteral("/applications/") + kAppId + QStringLiteral(".desktop");
        const QString metainfo =
            share + QStringLiteral("/metainfo/") + kAppId + QStringLiteral(".metainfo.xml");
        const QString icon = share + QStringLiteral("/icons/hicolor/scalable/apps/") + kAppId +
                             QStringLiteral(".svg");
        QVERIFY2(QFile::exists(desktop), qPrintable(install.output));
        QVERIFY2(QFile::exists(metainfo), qPrintable(install.output));
        QVERIFY2(QFile::exists(icon), qPrintable(install.output));
        for (const char* binary : {"tpmvsc", "tpmvscmgr"}) {
            const QString path =
                prefix.path() + QStringLiteral("/bin/") + QString::fromLatin1(binary);
            QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(path));
        }
        QVERIFY(paintedPixels(icon, 48) > 0);

        validateDesktopFile(desktop);
        validateMetainfo(metainfo);
        const Run tree = run(tool("appstreamcli"), {QStringLiteral("validate-tree"),
                                                    QStringLiteral("--no-net"), prefix.path()});
        QVERIFY2(tree.exitCode == 0, qPrintable(tree.output));
    }
};

QTEST_MAIN(TestResources)
#include "test_resources.moc"
