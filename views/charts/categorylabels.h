#pragma once

#include <QFont>
#include <QList>
#include <QStringList>

class QPainter;

namespace Peakend {

// Names under a category axis (subprocesses, vendors) that stay readable however many there
// are: wrapped onto up to three lines when a slot is wide enough, otherwise turned 45° with
// their end at the tick, or upright (90°) when the slots are too narrow for 45° lines to
// clear each other. Qt Charts elides or drops labels that do not fit, which hides the very
// stage a reader is looking for; only when even upright lines would overlap is every
// step()-th label written (hovering names the others).
class CategoryLabels
{
public:
    CategoryLabels(const QStringList &labels, const QFont &font, double slot);

    bool isRotated() const { return m_angle != 0.0; }
    double angle() const { return m_angle; } // 0, 45 or 90 degrees
    int step() const { return m_step; }      // 1: every label
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
    double m_angle = 0.0;
    int m_step = 1;
    double m_height = 0.0;
    double m_overhang = 0.0;
};

} // namespace Peakend
