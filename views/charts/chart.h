#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include <utility>

class QPainter;

namespace Peakend {

struct Proportion;
struct Summary;

// One chart: plain analysis results in, a drawing out. render() is the only drawing code; the
// screen, PNG, SVG, PDF and the report all call it with their own painter and target, so
// what is exported is what was seen. A chart with nothing to show draws why.
class Chart
{
    Q_DECLARE_TR_FUNCTIONS(Chart)

public:
    virtual ~Chart();

    virtual QString title() const = 0;
    // One line under the chart: n, method, the numbers a reader needs to trust it. Sentences
    // joined with a space lose it after a full-width stop (“。 ” reads as a gap in Chinese).
    // Empty for a chart with nothing to draw.
    QString caption() const;
    // Why there is nothing to draw; empty when there is something.
    virtual QString emptyReason() const = 0;
    // Drawn instead of the plot while the measures it shows are still being computed (a large
    // wave analysed in the background); empty: the chart's own data is what it shows.
    void setPending(const QString &message) { m_pending = message; }
    bool isPending() const { return !m_pending.isEmpty(); }

    // Draws title, plot and caption into target (logical units: the caller scales the painter
    // for high-DPI images and print).
    void render(QPainter &painter, const QRectF &target) const;

    // Charts with a row per vendor: how many rows they have, and how many of them fit in
    // target with their names readable (rows no lower than a line of their text). Others
    // have no rows and never run out of room.
    virtual int rowCount() const { return 0; }
    virtual int rowsFitting(const QRectF &target) const;
    // Only rows [first, first + count) are drawn, for a report that spreads a long chart over
    // pages; the title says which ("… (41–80 of 200)"). The colours and ranks still come from
    // every row. count 0: all rows.
    void setRowWindow(int first, int count);
    QString shownTitle() const; // title() and the rows of the window, as drawn
    // Why the chart cannot be read at target (its rows would overlap); empty when it can.
    QString layoutProblem(const QRectF &target) const;
    // The least height in whole pixels, from height up, at which a drawing width wide can be
    // read (within 5 %); height itself when it can already, 0 when no height up to 100,000 can.
    int readableHeight(double width, int height) const;

    // What is under pos in the last render()'s coordinates, for hovering: the value, its n
    // and interval of a point, bar or cell; empty where there is nothing to say. By default
    // the text of the last hover area added (the topmost mark) that holds pos.
    virtual QString toolTipAt(const QPointF &pos) const;
    // The vendor whose legend entry or row name is at pos in the last render(); 0 for none.
    // Clicking it highlights that vendor.
    qint64 legendVendorAt(const QPointF &pos) const;

protected:
    // Where render() puts the title, the caption (empty without one) and the plot in target:
    // the layout every chart's own layout starts from, computed without painting.
    struct Frame
    {
        QRectF title;
        QRectF caption;
        QRectF plot;
    };
    Frame frame(const QRectF &target) const;
    // The rows of the window, from every row in drawing order.
    template<typename Row>
    QList<Row> windowed(const QList<Row> &rows) const
    {
        return m_rowWindow == 0 ? rows : rows.mid(m_firstRow, m_rowWindow);
    }

    virtual void renderPlot(QPainter &painter, const QRectF &area) const = 0;
    virtual QString captionText() const { return QString(); }

    // renderPlot() says what a mark drawn over area means; render() starts a fresh list.
    void addHoverArea(const QRectF &area, const QString &text) const;
    // … and where it named a vendor (a legend entry, a row's name).
    void addVendorArea(const QRectF &area, qint64 vendor) const;
    // How every hover writes a mean ("mean 5.00 · n = 3", its 95 % interval on a second line)
    // and a share ("42.0 % · n = 120", its interval).
    static QString summaryText(const Summary &rating, int decimals = 2);
    static QString shareText(const Proportion &share);

private:
    QString shownReason() const; // pending, else emptyReason()
    int shownRowCount() const;

    QString m_pending;
    int m_firstRow = 0;
    int m_rowWindow = 0;
    mutable QList<std::pair<QRectF, QString>> m_hoverAreas;
    mutable QList<std::pair<QRectF, qint64>> m_vendorAreas;
};

} // namespace Peakend
