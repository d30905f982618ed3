#include "charttextobject.h"

#include "charts/chart.h"

#include <QPainter>

namespace Peakend {

ChartTextObject::ChartTextObject(const QList<const Chart *> &charts, double logicalWidth,
                                 QObject *parent)
    : QObject(parent), m_charts(charts), m_logicalWidth(logicalWidth)
{}

QTextCharFormat ChartTextObject::format(int chartIndex, const QSizeF &size)
{
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(ChartIndex, chartIndex);
    format.setProperty(Width, size.width());
    format.setProperty(Height, size.height());
    return format;
}

QString ChartTextObject::layoutProblem(const QTextFormat &format, double height) const
{
    const int index = format.intProperty(ChartIndex);
    const double width = format.doubleProperty(Width);
    if (index < 0 || index >= m_charts.size() || width <= 0)
        return QString();
    return m_charts.at(index)->layoutProblem(
        QRectF(0, 0, m_logicalWidth, height * m_logicalWidth / width));
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return {format.doubleProperty(Width), format.doubleProperty(Height)};
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &format)
{
    const int index = format.intProperty(ChartIndex);
    if (index < 0 || index >= m_charts.size() || rect.width() <= 0)
        return;
    const double factor = rect.width() / m_logicalWidth;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(factor, factor);
    m_charts.at(index)->render(*painter, QRectF(0, 0, m_logicalWidth, rect.height() / factor));
    painter->restore();
}

} // namespace Peakend
