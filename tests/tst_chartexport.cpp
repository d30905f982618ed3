#include "analysis/segmentdefinition.h"
#include "assembly/waveassembler.h"
#include "charts/chart.h"
#include "charts/chartbook.h"
#include "charts/winmatrixchart.h"
#include "domain/projectlimits.h"
#include "export/chartexport.h"
#include "pdftools.h"
#include "testfiles.h"

#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Peakend;

// Every chart of the B2B demo written to PNG, SVG and PDF offscreen and read back with the
// tools a user has: the PNG's pixel size and resolution, the SVG's title through an XML
// parser, the PDF's pages and text through poppler.
class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChartToEveryFormat_data();
    void everyChartToEveryFormat();
    void printResolution();
    void pdfInChinese();
    void failedExportLeavesNoFile();
    void svgKeepsNamesAsText();
    void eachChartNeedsOnlyItsParts_data();
    void eachChartNeedsOnlyItsParts();
    void everyChartAnswersAHover_data();
    void everyChartAnswersAHover();
    void unreadableSizeIsRefused();

private:
    void analyse();
    static QString svgTitle(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    ChartBook m_book;
    std::unique_ptr<ProjectDocument> m_meisu; // the demo with a CEM cycle, for the gap chart
    ChartBook m_meisuBook;
};

void TestChartExport::initTestCase()
{
    m_document = TestFiles::openDemo(m_dir, DemoProject::Kind::B2b);
    QVERIFY(m_document);
    analyse();
    m_meisu = TestFiles::openDemo(m_dir, DemoProject::Kind::Meisu);
    QVERIFY(m_meisu);
    m_meisuBook.update(WaveAssembler::assemble(m_meisu->repository()), ChartBook::View());
}

void TestChartExport::analyse()
{
    ProjectAnalysisOptions options;
    options.importance.bootstrapResamples = 50;
    options.comparison
        = std::make_pair(SegmentDefinition::parse(QStringLiteral("company size = enterprise")),
                         SegmentDefinition::parse(QStringLiteral("company size = SMB")));
    m_book.update(WaveAssembler::assemble(m_document->repository(), {0, options}),
                  ChartBook::View());
}

QString TestChartExport::svgTitle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QXmlStreamReader xml(&file);
    QString title;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"title"
            && title.isEmpty())
            title = xml.readElementText();
    }
    return xml.hasError() ? QStringLiteral("XML error: ") + xml.errorString() : title;
}

void TestChartExport::everyChartToEveryFormat_data()
{
    QTest::addColumn<int>("page");
    for (int page = 0; page < ChartBook::pageCount; ++page)
        QTest::newRow(qPrintable(ChartBook::key(ChartBook::Page(page)))) << page;
}

void TestChartExport::everyChartToEveryFormat()
{
    QFETCH(int, page);
    const Chart &chart
        = *(page == ChartBook::Gaps || page == ChartBook::Impact || page == ChartBook::Kpis
                ? m_meisuBook
                : m_book)
               .chart(ChartBook::Page(page)); // the CEM charts from Meisu's cycle
    // Neither demo records a sales channel: that chart says why it is empty, in the files too.
    QCOMPARE(chart.emptyReason().isEmpty(), page != ChartBook::Channels);
    const QString base = m_dir.filePath(ChartBook::key(ChartBook::Page(page)));
    ChartExportOptions options;
    options.size = QSize(900, 560);
    options.setResolution(2.0);
    options.projectName = QStringLiteral("B2B demo");
    options.source = QStringLiteral("n = 757 respondents");
    QString error;

    QVERIFY2(ChartExport::write(chart, base + QStringLiteral(".png"), options, &error),
             qPrintable(error));
    QImageReader png(base + QStringLiteral(".png"));
    const QImage image = png.read();
    QCOMPARE(image.size(), QSize(1800, 1120));            // 900 × 560 at 2×, nothing cropped
    QVERIFY(std::abs(image.dotsPerMeterX() - 7559) <= 1); // 192 dpi
    QCOMPARE(image.text(QStringLiteral("Title")), chart.title());
    // The chart reaches the bottom-right quarter: drawn at the full size, not at 1×.
    const QImage corner = image.copy(900, 560, 900, 560);
    int ink = 0;
    for (int y = 0; y < corner.height(); y += 4) {
        for (int x = 0; x < corner.width(); x += 4)
            ink += corner.pixel(x, y) != qRgb(255, 255, 255);
    }
    QVERIFY2(ink > 20, qPrintable(QString::number(ink)));

    QVERIFY2(ChartExport::write(chart, base + QStringLiteral(".svg"), options, &error),
             qPrintable(error));
    QCOMPARE(svgTitle(base + QStringLiteral(".svg")), chart.title());

    QVERIFY2(ChartExport::write(chart, base + QStringLiteral(".pdf"), options, &error),
             qPrintable(error));
    QVERIFY(TestFiles::readAll(base + QStringLiteral(".pdf")).startsWith("%PDF-"));
    if (!PdfTools::available())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pdf = base + QStringLiteral(".pdf");
    QCOMPARE(PdfTools::pages(pdf), 1);
    QCOMPARE(PdfTools::info(pdf, QStringLiteral("Title")), chart.title());
    const QString text = PdfTools::text(pdf).simplified();
    QVERIFY2(text.contains(chart.title().simplified()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("B2B demo · n = 757 respondents")));
    if (page == ChartBook::Channels)
        QVERIFY2(text.contains(QStringLiteral("one named “channel”")), qPrintable(text));
    if (page == ChartBook::Gaps) // DESIGN.md §2.4: the key experience and its gap
        QVERIFY2(text.contains(QStringLiteral("importance 9 × satisfaction −2 = −18"))
                     && text.contains(QStringLiteral("gap to ideal −5")),
                 qPrintable(text));
    if (page == ChartBook::EmotionCurves) {
        for (const char *vendor : {"Apex Direct", "Meridian Systems", "Nimbus Works"})
            QVERIFY2(text.contains(QString::fromUtf8(vendor)), vendor);
    }
    // A4 landscape unless asked otherwise.
    QVERIFY2(PdfTools::info(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")),
             qPrintable(PdfTools::info(pdf, QStringLiteral("Page size"))));
}

// 300 dpi: 1600 × 1000 logical pixels become 5000 × 3125 and the file says 300 dpi.
void TestChartExport::printResolution()
{
    ChartExportOptions options;
    options.size = QSize(1600, 1000);
    options.setResolution(300.0 / 96.0);
    const QString path = m_dir.filePath(QStringLiteral("print.png"));
    QString error;
    QVERIFY2(ChartExport::write(*m_book.chart(ChartBook::EmotionCurves), path, options, &error),
             qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(5000, 3125));
    QVERIFY(std::abs(image.dotsPerMeterX() - 11811) <= 1); // 300 dpi
}

// In Simplified Chinese the title and labels are Chinese in the PDF's text (the font is
// embedded, so poppler maps the glyphs back), on a portrait Letter page.
void TestChartExport::pdfInChinese()
{
    if (!PdfTools::available())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("peakend_zh_CN"), QStringLiteral(PEAKEND_QM_DIR)));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    analyse();
    const Chart &chart = *m_book.chart(ChartBook::EmotionCurves);
    QVERIFY(chart.title().contains(QStringLiteral("情绪")));
    ChartExportOptions options;
    options.pageSize = QPageSize(QPageSize::Letter);
    options.orientation = QPageLayout::Portrait;
    const QString pdf = m_dir.filePath(QStringLiteral("curves-zh_CN.pdf"));
    QString error;
    const bool written = ChartExport::write(chart, pdf, options, &error);
    const QString title = chart.title();
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
    analyse();
    QVERIFY2(written, qPrintable(error));
    const QString text = PdfTools::text(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("情绪")), qPrintable(text));
    QVERIFY2(text.contains(title), qPrintable(title)); // as written, searchable
    for (const QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(text)); // no radicals
    QVERIFY(text.contains(QStringLiteral("Apex Direct")));
    const QString size = PdfTools::info(pdf, QStringLiteral("Page size"));
    QVERIFY2(size.startsWith(QStringLiteral("612 x 792")), qPrintable(size)); // portrait Letter
}

void TestChartExport::failedExportLeavesNoFile()
{
    const Chart &chart = *m_book.chart(ChartBook::EmotionCurves);
    QTemporaryDir dir;
    QString error;
    for (const char *name : {"missing/curves.png", "missing/curves.svg", "missing/curves.pdf"}) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        QVERIFY(!ChartExport::write(chart, path, ChartExportOptions(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("“%1” cannot be written: ").arg(path)),
                 qPrintable(error));
    }
    const QString text = dir.filePath(QStringLiteral("curves.txt"));
    QVERIFY(!ChartExport::write(chart, text, ChartExportOptions(), &error));
    QVERIFY2(error.contains(QStringLiteral(".png, .svg or .pdf")), qPrintable(error));
    // A "folder" that is a file: nothing can be created under it, even by root.
    QVERIFY(TestFiles::writeAll(dir.filePath(QStringLiteral("notes")), "x"));
    const QString under = dir.filePath(QStringLiteral("notes/curves.pdf"));
    QVERIFY(!ChartExport::write(chart, under, ChartExportOptions(), &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QStringLiteral("notes")});
}

// A project named like markup stays text in the SVG's description, and a control character
// (which XML does not allow) does not make the file unreadable.
void TestChartExport::svgKeepsNamesAsText()
{
    const Chart &chart = *m_book.chart(ChartBook::EmotionCurves);
    ChartExportOptions options;
    options.size = QSize(600, 400);
    options.projectName = QStringLiteral("</desc><script>alert(1)</script><desc>\x01 & Co");
    options.source = QStringLiteral("n = 757");
    const QString path = m_dir.filePath(QStringLiteral("markup.svg"));
    QString error;
    QVERIFY2(ChartExport::write(chart, path, options, &error), qPrintable(error));
    QCOMPARE(svgTitle(path), chart.title()); // parses as XML
    const QByteArray svg = TestFiles::readAll(path);
    QVERIFY(!svg.contains("<script"));
    QVERIFY(!svg.contains('\x01'));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString description;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"desc")
            description = xml.readElementText();
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(description.endsWith(QStringLiteral("</desc><script>alert(1)</script><desc> & Co")),
             qPrintable(description));
}

void TestChartExport::eachChartNeedsOnlyItsParts_data()
{
    QTest::addColumn<int>("page");
    for (int page = 0; page < ChartBook::pageCount; ++page)
        QTest::newRow(qPrintable(ChartBook::key(ChartBook::Page(page)))) << page;
}

// `peakend export` computes only ChartBook::partsFor(page) (issue 22): every chart drawn from
// those parts alone is, pixel for pixel, the chart drawn from the whole analysis.
void TestChartExport::eachChartNeedsOnlyItsParts()
{
    QFETCH(int, page);
    const auto chartPage = ChartBook::Page(page);
    const bool cem = chartPage == ChartBook::Gaps || chartPage == ChartBook::Impact
                     || chartPage == ChartBook::Kpis;
    const ProjectDocument &document = cem ? *m_meisu : *m_document;
    ProjectAnalysisOptions options;
    options.importance.bootstrapResamples = 50;
    options.comparison
        = std::make_pair(SegmentDefinition::parse(QStringLiteral("company size = enterprise")),
                         SegmentDefinition::parse(QStringLiteral("company size = SMB")));
    if (cem)
        options = ProjectAnalysisOptions();
    options.parts = ChartBook::partsFor(chartPage);
    ChartBook partial;
    partial.update(WaveAssembler::assemble(document.repository(), {0, options}), ChartBook::View());
    const ChartBook &whole = cem ? m_meisuBook : m_book;
    const QSize size(900, 560);
    QCOMPARE(ChartExport::image(*partial.chart(chartPage), size),
             ChartExport::image(*whole.chart(chartPage), size));
}

void TestChartExport::everyChartAnswersAHover_data()
{
    everyChartToEveryFormat_data();
}

void TestChartExport::everyChartAnswersAHover()
{
    QFETCH(int, page);
    const Chart &chart
        = *(page == ChartBook::Gaps || page == ChartBook::Impact || page == ChartBook::Kpis
                ? m_meisuBook
                : m_book)
               .chart(ChartBook::Page(page));
    if (!chart.emptyReason().isEmpty())
        QSKIP("nothing drawn, nothing to hover");
    QImage image(900, 560, QImage::Format_ARGB32);
    {
        QPainter painter(&image);
        chart.render(painter, QRectF(0, 0, 900, 560));
    }
    int answered = 0;
    for (int y = 0; y < 560; y += 8) {
        for (int x = 0; x < 900; x += 8)
            answered += chart.toolTipAt(QPointF(x, y)).isEmpty() ? 0 : 1;
    }
    QVERIFY2(answered > 0, "no mark of this chart says what it is when hovered");
    QVERIFY(chart.toolTipAt(QPointF(1, 1)).isEmpty()); // the title's corner holds no mark
}

// The heat map of 200 vendors at 1600 × 1000: rows lower than their names. Nothing is written,
// and the message names the height that works; at that height the PNG is written. A PDF page
// cannot grow, so it points to PNG and SVG.
void TestChartExport::unreadableSizeIsRefused()
{
    QTemporaryDir dir;
    WinMatrixChart chart;
    chart.setCurves(TestFiles::manyVendorCurves(dir.filePath(QStringLiteral("many.peakend")),
                                                ProjectLimits::vendors));
    ChartExportOptions options;
    const QString png = dir.filePath(QStringLiteral("wins.png"));
    QString error;
    QVERIFY(!ChartExport::write(chart, png, options, &error));
    const QRegularExpression message(
        QStringLiteral("^“%1” was not written: “Who wins each subprocess” has 200 rows, and only "
                       "(\\d+) fit in its space with their names readable\\. Make it at least "
                       "([\\d,]+) pixels high\\.$")
            .arg(QRegularExpression::escape(png)));
    const QRegularExpressionMatch match = message.match(error);
    QVERIFY2(match.hasMatch(), qPrintable(error));
    QVERIFY(match.captured(1).toInt() < 200);
    QVERIFY(!QFile::exists(png));

    options.size.setHeight(match.captured(2).remove(u',').toInt());
    QVERIFY(options.size.height() > 1000);
    QVERIFY2(ChartExport::write(chart, png, options, &error), qPrintable(error));
    QCOMPARE(QImageReader(png).size(), options.size);

    const QString pdf = dir.filePath(QStringLiteral("wins.pdf"));
    QVERIFY(!ChartExport::write(chart, pdf, options, &error));
    QVERIFY2(error.endsWith(QStringLiteral("Export it as PNG or SVG, at a greater height.")),
             qPrintable(error));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
