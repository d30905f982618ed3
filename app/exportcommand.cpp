#include "exportcommand.h"

#include "charts/chart.h"
#include "charts/chartbook.h"
#include "cliproject.h"
#include "document/projectdocument.h"
#include "export/chartexport.h"

#include <QFileInfo>
#include <QLocale>

namespace Peakend {

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export one chart of a project as PNG, SVG or PDF (by the output's suffix).\n\n"
           "Charts: %1.")
            .arg(ChartBook::keys().join(QStringLiteral(", "))));
    CliProject project(parser, CliProject::WithAnalysis);
    const QCommandLineOption chartOption(QStringLiteral("chart"), tr("The chart to export."),
                                         tr("name"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The file to write: .png, .svg or .pdf."), tr("file"));
    const QCommandLineOption widthOption(QStringLiteral("width"),
                                         tr("Width in pixels (PNG, SVG; default 1600)."),
                                         tr("pixels"), QStringLiteral("1600"));
    const QCommandLineOption heightOption(QStringLiteral("height"),
                                          tr("Height in pixels (PNG, SVG; default 1000)."),
                                          tr("pixels"), QStringLiteral("1000"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        tr("PNG pixels per pixel: 1, 2 (high-DPI screens) or 300dpi (print); default 1."),
        tr("scale"), QStringLiteral("1"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        tr("PDF page size: A4, A3 or Letter (default A4)."),
                                        tr("size"), QStringLiteral("A4"));
    const QCommandLineOption portraitOption(QStringLiteral("portrait"),
                                            tr("PDF in portrait (default landscape)."));
    const QCommandLineOption vendorOption(QStringLiteral("vendor"),
                                          tr("Highlight this vendor (by name)."), tr("name"));
    parser.addOptions({chartOption, outputOption, widthOption, heightOption, scaleOption,
                       pageOption, portraitOption, vendorOption});
    if (const int code = CliProject::parse(parser, arguments); code >= 0)
        return code;

    const auto page = ChartBook::fromKey(parser.value(chartOption));
    if (!page) {
        CliProject::err() << tr("Name a chart with --chart: %1.")
                                 .arg(ChartBook::keys().join(QStringLiteral(", ")))
                          << Qt::endl;
        return CliProject::Usage;
    }
    const QString output = parser.value(outputOption);
    if (!ChartExport::formatOf(output)) {
        CliProject::err() << tr("Name the output with -o FILE.png, FILE.svg or FILE.pdf.")
                          << Qt::endl;
        return CliProject::Usage;
    }
    ChartExportOptions options;
    bool widthOk = false;
    bool heightOk = false;
    options.size = QSize(parser.value(widthOption).toInt(&widthOk),
                         parser.value(heightOption).toInt(&heightOk));
    const QString scale = parser.value(scaleOption).toLower();
    bool scaleOk = true;
    options.setResolution(scale == QLatin1String("300dpi") ? 300.0 / 96.0
                                                           : scale.toDouble(&scaleOk));
    if (!widthOk || !heightOk || options.size.width() < 100 || options.size.height() < 100
        || options.size.width() > 20000 || options.size.height() > 20000 || !scaleOk
        || options.scale <= 0.0 || options.scale > 8.0) {
        CliProject::err() << tr("--width and --height take 100 to 20000 pixels, --scale 1, 2 "
                                "or 300dpi.")
                          << Qt::endl;
        return CliProject::Usage;
    }
    const QString pageName = parser.value(pageOption).toLower();
    const QList<QPair<QString, QPageSize::PageSizeId>> pages{
        {QStringLiteral("a4"), QPageSize::A4},
        {QStringLiteral("a3"), QPageSize::A3},
        {QStringLiteral("letter"), QPageSize::Letter}};
    const auto pageSize = std::find_if(pages.cbegin(), pages.cend(),
                                       [&](const auto &entry) { return entry.first == pageName; });
    if (pageSize == pages.cend()) {
        CliProject::err() << tr("--page takes A4, A3 or Letter.") << Qt::endl;
        return CliProject::Usage;
    }
    options.pageSize = QPageSize(pageSize->second);
    options.orientation
        = parser.isSet(portraitOption) ? QPageLayout::Portrait : QPageLayout::Landscape;

    if (const int code = project.open(parser); code >= 0)
        return code;
    ChartBook::View view;
    if (parser.isSet(vendorOption)) {
        for (const Vendor &vendor : project.document()->repository().vendors()) {
            if (vendor.name == parser.value(vendorOption))
                view.highlightedVendor = vendor.id;
        }
        if (view.highlightedVendor == 0) {
            CliProject::err()
                << tr("The project has no vendor “%1”.").arg(parser.value(vendorOption))
                << Qt::endl;
            return CliProject::Failed;
        }
    }
    // Only what the chart draws: the curves of a million ratings need no bootstrap.
    const auto assembly = project.assemble(ChartBook::partsFor(*page));
    if (!assembly)
        return CliProject::Usage;
    ChartBook book;
    book.update(*assembly, view);
    options.projectName = project.document()->repository().projectInfo().name;
    options.source = assembly->source();
    const Chart &chart = *book.chart(*page);
    // A height left to its default grows to what the rows of a long chart need (200 vendors
    // in the heat map); one the user gave is kept, and the export says what would work.
    const int needed = chart.readableHeight(options.size.width(), options.size.height());
    const bool grown = !parser.isSet(heightOption)
                       && *ChartExport::formatOf(output) != ChartExport::Format::Pdf
                       && needed > options.size.height() && needed <= 20000;
    if (grown)
        options.size.setHeight(needed);
    QString error;
    if (!ChartExport::write(chart, output, options, &error)) {
        CliProject::err() << error << Qt::endl;
        return CliProject::Failed;
    }
    CliProject::out() << (grown ? tr("Wrote %1 (%2 × %3 pixels: tall enough for every row)")
                                      .arg(QFileInfo(output).absoluteFilePath(),
                                           QLocale().toString(options.size.width()),
                                           QLocale().toString(options.size.height()))
                                : tr("Wrote %1").arg(QFileInfo(output).absoluteFilePath()))
                      << Qt::endl;
    return CliProject::Done;
}

} // namespace Peakend
