#pragma once

#include "analysis/weakestlink.h"
#include "chart.h"
#include "domain/projectinfo.h"
#include "domain/vendor.h"

namespace Peakend {

// "100 − 1 = 0" (seed 001): per vendor, the average of its subprocess means beside its weakest
// subprocess, joined by a line; vendors whose weakest link crosses the alert threshold are
// drawn in the pain colour and named in the caption.
class WeakestLinkChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(WeakestLinkChart)

public:
    void setLinks(const QList<Vendor> &vendors, const QList<WeakestLink> &links,
                  const Scale &scale);
    // The vendor (id) whose row is marked; 0 for none. A click on a row's name chooses it.
    void setHighlightedVendor(qint64 vendor) { m_highlighted = vendor; }
    // Vendors (by name) with an alert.
    QStringList alerts() const;

    QString title() const override;
    QString captionText() const override;
    QString emptyReason() const override;
    int rowCount() const override { return int(vendorRows().size()); }
    int rowsFitting(const QRectF &target) const override;

protected:
    void renderPlot(QPainter &painter, const QRectF &area) const override;

private:
    QList<int> vendorRows() const; // the vendors with a weakest link, in vendor order
    // Where the names end, and the height left for the rows, in a plot area.
    double nameColumnWidth(const QRectF &area) const;
    static double rowRoom(const QRectF &area);

    QList<Vendor> m_vendors;
    QList<WeakestLink> m_links;
    Scale m_scale;
    qint64 m_highlighted = 0;
};

} // namespace Peakend
