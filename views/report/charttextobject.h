#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTextObjectInterface>

namespace Peakend {

class Chart;

// Draws a chart inside a QTextDocument as one object character, through the chart's own
// render(): printed to a QPdfWriter it stays vector, with selectable text. The character's
// format names the chart (an index into the list) and its size in document units.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    enum Property { ChartIndex = QTextFormat::UserProperty + 1, Width, Height };

    // The charts outlive this object. logicalWidth: how many chart pixels span the object's
    // width, which sets the size of the chart's text relative to the page.
    ChartTextObject(const QList<const Chart *> &charts, double logicalWidth,
                    QObject *parent = nullptr);

    static QTextCharFormat format(int chartIndex, const QSizeF &size);

    // Why the chart of format cannot be read if it is height document units high (its rows
    // would overlap); empty when it can.
    QString layoutProblem(const QTextFormat &format, double height) const;

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    QList<const Chart *> m_charts;
    double m_logicalWidth;
};

} // namespace Peakend
