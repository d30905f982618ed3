#include "chartexport.h"

#include "charts/chart.h"
#include "pdftextlayer.h"

#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextOption>

#include <cmath>

namespace Peakend {

namespace {
constexpr double inchPerMetre = 39.3700787;
// The width a PDF page is laid out at, in logical pixels: the chart's fonts then have the
// size they have on a 1600 px wide screen export.
constexpr double pdfLogicalWidth = 1600.0;
constexpr int pdfResolution = 1200;
} // namespace

void ChartExportOptions::setResolution(double scaleFactor)
{
    scale = scaleFactor;
    dotsPerInch = int(std::lround(96.0 * scaleFactor));
}

std::optional<ChartExport::Format> ChartExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString ChartExport::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return QString();
}

QString ChartExport::fileNameFor(const QString &title)
{
    QString name;
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.isEmpty() && !name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.left(60).isEmpty() ? QStringLiteral("chart") : name.left(60);
}

QImage ChartExport::image(const Chart &chart, const QSize &size, double scale, int dotsPerInch)
{
    QImage image(
        QSize(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale))),
        QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.setDotsPerMeterX(int(std::lround(dotsPerInch * inchPerMetre)));
    image.setDotsPerMeterY(int(std::lround(dotsPerInch * inchPerMetre)));
    image.fill(Qt::white);
    QPainter painter(&image);
    // An explicit target in logical pixels: the device pixel ratio scales it, nothing is
    // cropped at 2× or 300 dpi.
    chart.render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool ChartExport::write(const Chart &chart, const QString &path, const ChartExportOptions &options,
                        QString *error)
{
    const auto format = formatOf(path);
    if (!format) {
        *error = tr("“%1” cannot be written: name it .png, .svg or .pdf.").arg(path);
        return false;
    }
    if (options.size.isEmpty() || options.scale <= 0.0) {
        *error = tr("“%1” cannot be written: the size must be positive.").arg(path);
        return false;
    }
    // A chart whose rows would overlap is not written: a picture nobody can read is no export.
    if (*format == Format::Pdf) {
        if (const QString problem = chart.layoutProblem(pdfPage(options).chart);
            !problem.isEmpty()) {
            *error = tr("“%1” was not written: %2 Export it as PNG or SVG, at a greater "
                        "height.")
                         .arg(path, problem);
            return false;
        }
    } else if (const QString problem = chart.layoutProblem(QRectF(QPointF(), options.size));
               !problem.isEmpty()) {
        const int height = chart.readableHeight(options.size.width(), options.size.height());
        *error = height > 0 ? tr("“%1” was not written: %2 Make it at least %3 pixels high.")
                                  .arg(path, problem, QLocale().toString(height))
                            : tr("“%1” was not written: %2").arg(path, problem);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("“%1” cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    bool written = true;
    switch (*format) {
    case Format::Png:
        written = writePng(chart, &file, options);
        break;
    case Format::Svg: {
        QBuffer buffer; // control characters are taken out before it is written
        buffer.open(QIODevice::WriteOnly);
        writeSvg(chart, &buffer, options);
        written = file.write(validXml(buffer.data())) >= 0;
        break;
    }
    case Format::Pdf: {
        QBuffer buffer; // the PDF's text layer is repaired before it is written
        buffer.open(QIODevice::WriteOnly);
        writePdf(chart, &buffer, options);
        written = file.write(PdfTextLayer::repaired(buffer.data())) >= 0;
        break;
    }
    }
    if (!written || !file.commit()) {
        *error = tr("“%1” cannot be written: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool ChartExport::writePng(const Chart &chart, QIODevice *device, const ChartExportOptions &options)
{
    QImageWriter writer(device, "png");
    writer.setText(QStringLiteral("Title"), chart.title());
    writer.setText(QStringLiteral("Software"), QStringLiteral("Peakend"));
    return writer.write(image(chart, options.size, options.scale, options.dotsPerInch));
}

QByteArray ChartExport::validXml(QByteArray utf8)
{
    // In UTF-8 these bytes are only ever these characters, which XML 1.0 does not allow even
    // escaped: the document would not open.
    utf8.removeIf([](char c) {
        const auto byte = uchar(c);
        return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
    });
    return utf8;
}

void ChartExport::writeSvg(const Chart &chart, QIODevice *device, const ChartExportOptions &options)
{
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(0, 0), options.size));
    // QSvgGenerator writes its title and description as they are: a name holding "</desc>"
    // would end the element and start markup of its own.
    svg.setTitle(chart.title().toHtmlEscaped());
    QStringList description{chart.caption(), options.source, options.projectName};
    description.removeAll(QString());
    svg.setDescription(description.join(QStringLiteral(" — ")).toHtmlEscaped());
    QPainter painter(&svg);
    chart.render(painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
}

ChartExport::PdfPage ChartExport::pdfPage(const ChartExportOptions &options)
{
    PdfPage page;
    page.layout = QPageLayout(options.pageSize, options.orientation, options.marginsMm,
                              QPageLayout::Millimeter);
    const QRectF paint = page.layout.paintRectPixels(pdfResolution);
    page.factor = paint.width() / pdfLogicalWidth;
    const QRectF area(0, 0, pdfLogicalWidth, paint.height() / page.factor);

    // Under the chart: project and source on one line, the date on the next.
    page.font.setPixelSize(15);
    QStringList about{options.projectName, options.source};
    about.removeAll(QString());
    page.footer
        = (about.isEmpty() ? QString() : about.join(QStringLiteral(" · ")) + QLatin1Char('\n'))
          + tr("Exported by Peakend on %1")
                .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    const QRectF footerBounds = QFontMetricsF(page.font).boundingRect(
        area, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, page.footer);
    page.footerRect = QRectF(area.left(), area.bottom() - footerBounds.height(), area.width(),
                             footerBounds.height());
    page.chart
        = QRectF(area.topLeft(), QSizeF(area.width(), page.footerRect.top() - area.top() - 12));
    return page;
}

void ChartExport::writePdf(const Chart &chart, QIODevice *device, const ChartExportOptions &options)
{
    QPdfWriter pdf(device);
    pdf.setTitle(chart.title());
    pdf.setCreator(QStringLiteral("Peakend"));
    pdf.setResolution(pdfResolution);
    const PdfPage page = pdfPage(options);
    pdf.setPageLayout(page.layout);
    QPainter painter(&pdf);
    painter.scale(page.factor, page.factor);
    chart.render(painter, page.chart);
    painter.setFont(page.font);
    painter.setPen(QColor(0x60, 0x60, 0x60));
    QTextOption option(Qt::AlignLeft | Qt::AlignBottom);
    option.setWrapMode(QTextOption::WordWrap);
    painter.drawText(page.footerRect, page.footer, option);
}

} // namespace Peakend
