#pragma once

#include "analysis/findings.h"

#include <QAbstractButton>

namespace Peakend {

// One finding as a button: its title small, its value large, a line of detail; a click opens
// the chart that shows it in full.
class FindingTileButton : public QAbstractButton
{
    Q_OBJECT

public:
    explicit FindingTileButton(QWidget *parent = nullptr);

    void setTile(const FindingTile &tile);
    const FindingTile &tile() const { return m_tile; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Lines
    {
        QRectF title;
        QRectF value;
        QRectF detail;
    };
    Lines lines(int width) const;
    QFont titleFont() const;
    QFont valueFont() const;

    FindingTile m_tile;
    bool m_hovered = false;
};

} // namespace Peakend
