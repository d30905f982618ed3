#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

class QPainter;

namespace Peakend {

// Names under a category axis (subprocesses, vendors) that stay readable however many there
// are: wrapped onto up to three lines when a slot is wide enough, otherwise turned 45° with
// their end at the tick. Qt Charts elides or drops labels that do not fit, which hides the
// very stage a reader is looking for.
class CategoryLabels
{
public:
    CategoryLabels(const QStringList &labels, const QFont &font, double slot);

    bool isRotated() const { return m_rotated; }
    // Room the labels need below the axis line.
    double height() const { return m_height; }
    // How far the first label reaches left of its tick.
    double leftOverhang() const { return m_overhang; }

    // Draws label i centred on (or ending at) centres[i], below the line y = top.
    void draw(QPainter &painter, const QList<double> &centres, double top) const;

private:
    QStringList m_labels;
    QFont m_font;
    double m_slot;
    bool m_rotated = false;
    double m_height = 0.0;
    double m_overhang = 0.0;
};

} // namespace Peakend
