#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

namespace Peakend {

class Chart;

// How a chart is written. PNG and SVG use size (logical pixels, as on screen); PNG multiplies
// it by scale (2 for high-DPI screens, 300/96 for print) and records dotsPerInch. PDF lays
// the chart out on the page, with project, source and date under it.
struct ChartExportOptions
{
    QSize size{1600, 1000};
    double scale = 1.0;
    int dotsPerInch = 96;
    QPageSize pageSize{QPageSize::A4};
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QMarginsF marginsMm{15, 15, 15, 15};
    QString projectName;
    QString source; // "Wave …: n = 312 respondents", what the chart was computed from

    // 1×, 2× or 300 dpi, as the export dialog and the command line name them.
    void setResolution(double scaleFactor);
};

// Writes one chart to PNG, SVG or PDF through its render(), so the file shows what the
// screen showed. Every file is written through QSaveFile: after a failure nothing is left at
// the path, and error says why.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    enum class Format { Png, Svg, Pdf };

    // The format a file name asks for by its suffix (case-insensitive), or nullopt.
    static std::optional<Format> formatOf(const QString &path);
    static QString suffix(Format format); // "png"
    // A file name (without suffix) from a title: letters, digits and CJK kept, every run of
    // anything else one dash; "chart" when nothing is left.
    static QString fileNameFor(const QString &title);

    // The chart as an image of size × scale device pixels.
    static QImage image(const Chart &chart, const QSize &size, double scale = 1.0,
                        int dotsPerInch = 96);
    static bool write(const Chart &chart, const QString &path, const ChartExportOptions &options,
                      QString *error);

private:
    static bool writePng(const Chart &chart, QIODevice *device, const ChartExportOptions &options);
    static void writeSvg(const Chart &chart, QIODevice *device, const ChartExportOptions &options);
    // utf8 without the control characters XML 1.0 forbids (all below 0x20 but tab, LF, CR).
    static QByteArray validXml(QByteArray utf8);
    // Where a PDF page puts the chart and the footer under it, in logical pixels (factor of
    // them to the device's).
    struct PdfPage
    {
        QPageLayout layout;
        double factor = 1.0;
        QRectF chart;
        QRectF footerRect;
        QString footer;
        QFont font;
    };
    static PdfPage pdfPage(const ChartExportOptions &options);
    static void writePdf(const Chart &chart, QIODevice *device, const ChartExportOptions &options);
};

} // namespace Peakend
