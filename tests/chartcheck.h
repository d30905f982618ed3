#pragma once

// Helpers for the chart tests: render a chart offscreen, catch Qt's warnings while it draws,
// and keep the image for a person to look at when PEAKEND_CHART_DIR names a folder.

#include "charts/chart.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QStringList>

namespace ChartCheck {

inline QStringList &messages()
{
    static QStringList list;
    return list;
}

inline void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        messages().append(message);
}

// Renders chart at size; warnings printed while drawing are returned in *warnings.
inline QImage render(const Peakend::Chart &chart, const QSize &size, QStringList *warnings,
                     const QString &keepAs = QString())
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    messages().clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    {
        QPainter painter(&image);
        chart.render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    qInstallMessageHandler(previous);
    *warnings = messages();
    const QString folder = qEnvironmentVariable("PEAKEND_CHART_DIR");
    if (!folder.isEmpty() && !keepAs.isEmpty())
        image.save(QDir(folder).filePath(keepAs + QStringLiteral(".png")));
    return image;
}

// Share of pixels that are neither white nor transparent: something was drawn.
inline double inkShare(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ink += qAlpha(line[x]) > 0 && (line[x] & 0xffffff) != 0xffffff;
    }
    return double(ink) / (double(image.width()) * image.height());
}

// The rows a chart drew at size, top to bottom, as the vendor whose name is in each and how
// high its row is: found by asking, every quarter pixel down the column of names, which
// vendor a click there would choose (Chart::legendVendorAt).
struct Row
{
    qint64 vendor;
    double height;
};
inline QList<Row> vendorRows(const Peakend::Chart &chart, const QSizeF &size)
{
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        chart.render(painter, QRectF(QPointF(), size));
    }
    // The names' column: the first x, a little in from the left, where a row answers.
    double x = -1.0;
    for (double probe = 1.0; probe < size.width() * 0.3 && x < 0.0; probe += 1.0) {
        for (double y = 0.0; y < size.height() && x < 0.0; y += 1.0) {
            if (chart.legendVendorAt(QPointF(probe, y)) != 0)
                x = probe + 2.0;
        }
    }
    QList<Row> rows;
    qint64 last = 0;
    for (double y = 0.0; x >= 0.0 && y < size.height(); y += 0.25) {
        const qint64 vendor = chart.legendVendorAt(QPointF(x, y));
        if (vendor != 0 && vendor == last)
            rows.last().height += 0.25;
        else if (vendor != 0)
            rows.append({vendor, 0.25});
        last = vendor;
    }
    return rows;
}

} // namespace ChartCheck
