#pragma once

// A paint device that draws nothing and remembers every piece of text painted on it: the
// string, its pixel size on the device and the rectangle it covers there. Chart tests use it
// to measure type on a projected slide and to find labels that overlap or were elided.

#include <QFont>
#include <QList>
#include <QPaintDevice>
#include <QPainter>
#include <QPaintEngine>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTextItem>
#include <QTransform>

#include <cmath>

namespace TextProbe {

struct Text
{
    QString text;
    double pixels = 0.0; // the font's pixel size on the device
    QRectF rect;         // device coordinates (the bounding box when rotated)
};

class Engine : public QPaintEngine
{
public:
    Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawLines(const QLineF *, int) override {}
    void drawRects(const QRectF *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawTextItem(const QPointF &position, const QTextItem &item) override
    {
        const QFont font = item.font();
        const double size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96 / 72;
        const double scale = std::sqrt(std::abs(m_transform.determinant()));
        const QRectF local(position.x(), position.y() - item.ascent(), item.width(),
                           item.ascent() + item.descent());
        texts.append({item.text(), size * scale, m_transform.mapRect(local)});
    }
    Type type() const override { return QPaintEngine::User; }

    QList<Text> texts;

private:
    QTransform m_transform;
};

class Device : public QPaintDevice
{
public:
    explicit Device(const QSize &size) : m_size(size) {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const QList<Text> &texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    QSize m_size;
    mutable Engine m_engine;
};

// Every text drawable (a chart) draws at size, with where it went.
template<typename Drawable>
QList<Text> draw(const Drawable &drawable, const QSize &size)
{
    Device device(size);
    {
        QPainter painter(&device);
        drawable.render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return device.texts();
}

// Where text was drawn (the first time); a null rectangle when it was not.
inline QRectF find(const QList<Text> &texts, const QString &text)
{
    for (const Text &drawn : texts) {
        if (drawn.text == text)
            return drawn.rect;
    }
    return QRectF();
}

} // namespace TextProbe
