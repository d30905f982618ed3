#include "presentationwindow.h"

#include "charts/chart.h"
#include "charts/chartstyle.h"
#include "charts/emotioncurvechart.h"
#include "chartspage.h"
#include "document/projectdocument.h"
#include "presenterview.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QUndoStack>
#include <QWindow>

#include <cmath>

namespace Peakend {

PresentationWindow::PresentationWindow(ChartsPage *charts, QWidget *parent)
    : QWidget(parent, Qt::Window), m_charts(charts)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Peakend — Presentation"));
    setCursor(Qt::BlankCursor);
    connect(m_charts, &ChartsPage::chartsUpdated, this, &PresentationWindow::refresh);
    refresh();
    // Start where the window is, if it shows a chart that has something to show.
    if (const Chart *shown = m_charts->currentChart()) {
        for (int i = 0; i < m_pages.size(); ++i) {
            if (m_charts->chart(m_pages.at(i)) == shown)
                m_index = i;
        }
    }
    showIndex(m_index);
}

PresentationWindow::~PresentationWindow()
{
    delete m_presenter;
}

void PresentationWindow::present(QScreen *screen)
{
    setGeometry(screen->geometry());
    showFullScreen();
    if (windowHandle())
        windowHandle()->setScreen(screen);
    for (QScreen *other : QGuiApplication::screens()) {
        if (other == screen || m_presenter)
            continue;
        m_presenter = new PresenterView(this);
        m_presenter->setGeometry(other->availableGeometry());
        m_presenter->showMaximized();
    }
    activateWindow();
    setFocus();
}

PresenterView *PresentationWindow::presenterView() const
{
    return m_presenter;
}

ChartBook::Page PresentationWindow::currentPage() const
{
    return m_pages.value(m_index, ChartBook::EmotionCurves);
}

const Chart *PresentationWindow::currentChart() const
{
    return m_book.chart(currentPage());
}

const Chart *PresentationWindow::nextChart() const
{
    return m_index + 1 < m_pages.size() ? m_book.chart(m_pages.at(m_index + 1)) : nullptr;
}

void PresentationWindow::step(int delta)
{
    showIndex(std::clamp(m_index + delta, 0, int(m_pages.size()) - 1));
}

void PresentationWindow::showIndex(int index)
{
    m_index = std::clamp(index, 0, std::max(0, int(m_pages.size()) - 1));
    m_charts->showChart(currentPage()); // the laptop follows
    setCursor(draggableCurve() ? Qt::ArrowCursor : Qt::BlankCursor);
    update();
    emit pageChanged();
}

// The charts with something to show, in the tabs' order; the same ChartBook as the window's
// page, given its data and view, drawn in the projector theme.
void PresentationWindow::refresh()
{
    const ChartBook::Page current = currentPage();
    {
        const ChartStyle::ThemeScope projector(ChartStyle::Theme::Projector);
        m_book.update(m_charts->assembly(), m_charts->view());
    }
    m_pages.clear();
    for (int page = 0; page < ChartBook::pageCount; ++page) {
        if (m_book.chart(ChartBook::Page(page))->emptyReason().isEmpty())
            m_pages.append(ChartBook::Page(page));
    }
    if (m_pages.isEmpty())
        m_pages.append(ChartBook::EmotionCurves); // says why there is nothing to draw
    m_index = std::max(0, int(m_pages.indexOf(current)));
    update();
    emit pageChanged();
}

QString PresentationWindow::slideNumber() const
{
    return tr("%1 / %2").arg(m_index + 1).arg(m_pages.size());
}

bool PresentationWindow::handleKey(const QKeyEvent &event)
{
    // The curve's caption promises Undo for a dragged point: the room can take an edit back
    // without leaving the projection.
    if (ProjectDocument *document = m_charts->document()) {
        if (event.matches(QKeySequence::Undo)) {
            document->undoStack()->undo();
            return true;
        }
        if (event.matches(QKeySequence::Redo)) {
            document->undoStack()->redo();
            return true;
        }
    }
    switch (event.key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        step(1);
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        step(-1);
        return true;
    case Qt::Key_Home:
        showIndex(0);
        return true;
    case Qt::Key_End:
        showIndex(int(m_pages.size()) - 1);
        return true;
    case Qt::Key_Down:
        m_charts->highlightNextVendor(1);
        return true;
    case Qt::Key_Up:
        m_charts->highlightNextVendor(-1);
        return true;
    case Qt::Key_0:
        m_charts->setHighlightedVendor(0);
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return false;
    }
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ChartStyle::ThemeScope projector(ChartStyle::Theme::Projector);
    painter.save();
    painter.scale(zoom, zoom);
    currentChart()->render(painter, QRectF(QPointF(0, 0), QSizeF(size()) / zoom));
    painter.restore();

    QFont small = font();
    small.setPixelSize(minimumTextPixels);
    painter.setFont(small);
    const double margin = minimumTextPixels * 0.6;
    const QRectF corner = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    painter.setPen(ChartStyle::color(ChartStyle::Role::Muted));
    painter.drawText(corner, Qt::AlignRight | Qt::AlignBottom, slideNumber());

    // While a point is dragged, its score in large type beside the pointer.
    const QString readout = m_dragging ? m_charts->dragReadout() : QString();
    if (!readout.isEmpty()) {
        QFont large = font();
        large.setPixelSize(minimumTextPixels * 3 / 2);
        large.setBold(true);
        painter.setFont(large);
        const QRectF box = painter.boundingRect(QRectF(), Qt::AlignLeft, readout)
                               .adjusted(-margin, -margin / 2, margin, margin / 2)
                               .translated(m_pointer + QPointF(2 * margin, -2 * margin));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(box, margin / 2, margin / 2);
        painter.setPen(ChartStyle::color(ChartStyle::Role::Text));
        painter.drawText(box, Qt::AlignCenter, readout);
    }
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(*event))
        QWidget::keyPressEvent(event);
}

// The curve, laid out as projected: the presenter view draws the same chart at its own size,
// so the projected layout is worked out again (nothing painted) before finding a point in it.
const EmotionCurveChart *PresentationWindow::draggableCurve() const
{
    if (currentPage() != ChartBook::EmotionCurves || !m_charts->view().draggable)
        return nullptr;
    const auto *curves = m_book.chartAs<EmotionCurveChart>(ChartBook::EmotionCurves);
    const ChartStyle::ThemeScope projector(ChartStyle::Theme::Projector);
    curves->layOut(QRectF(QPointF(0, 0), QSizeF(size()) / zoom));
    return curves;
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    const EmotionCurveChart *curves = draggableCurve();
    m_dragging = event->button() == Qt::LeftButton && curves
                 && m_charts->beginCurveDrag(*curves, event->position() / zoom);
    if (m_dragging) {
        m_pointer = event->position();
        setCursor(Qt::SizeVerCursor);
        update();
    }
}

void PresentationWindow::mouseMoveEvent(QMouseEvent *event)
{
    if (const EmotionCurveChart *curves = draggableCurve(); m_dragging && curves) {
        m_pointer = event->position();
        m_charts->dragCurve(*curves, event->position() / zoom);
        update();
    }
}

void PresentationWindow::mouseReleaseEvent(QMouseEvent *)
{
    if (!m_dragging)
        return;
    m_dragging = false;
    m_charts->endCurveDrag();
    setCursor(Qt::ArrowCursor);
    update();
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
    if (m_presenter)
        m_presenter->close();
    emit finished();
    QWidget::closeEvent(event);
}

} // namespace Peakend
