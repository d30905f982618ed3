#include "reportdocument.h"

#include "charttextobject.h"
#include "export/pdftextlayer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Peakend {

namespace {

// Document units are the PDF's device pixels; 1200 dpi keeps the charts' integer-based
// drawing precise once it is scaled down to the page.
constexpr int resolution = 1200;
// Chart pixels across the text width: chart text comes out at about 7.5 pt.
constexpr double chartLogicalWidth = 1100.0;
constexpr double footerSpacePt = 20.0;
// Tables up to this many rows are not split across pages.
constexpr int keptTogetherRows = 16;

// Lengths in text formats (margins, padding, borders): QTextDocumentLayout scales them
// from 96 dpi to the device.
double pt(double points)
{
    return points * 96.0 / 72.0;
}

// Lengths on the device: page, charts, footer.
double devicePt(double points)
{
    return points * resolution / 72.0;
}

// A4 landscape; the footer's line is drawn in the bottom margin's footerSpacePt.
QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 14, 15, 10),
                       QPageLayout::Millimeter);
}

// What a page holds, in document units.
QSizeF textArea()
{
    const QRectF paint = pageLayout().paintRectPixels(resolution);
    return QSizeF(paint.width(), paint.height() - devicePt(footerSpacePt));
}

// A chart across the text width, height / width = aspect, no taller than most of a page.
QSizeF chartArea(double aspect)
{
    const QSizeF page = textArea();
    return QSizeF(page.width(), std::min(page.width() * aspect, page.height() * 0.86));
}

const QColor ink(0x20, 0x20, 0x20);
const QColor heading(0x1f, 0x3b, 0x63);
const QColor muted(0x5a, 0x5a, 0x5a);
const QColor rule(0xb0, 0xb0, 0xb0);
const QColor headerFill(0xee, 0xf1, 0xf5);

QTextCharFormat text(double points, bool bold = false, const QColor &color = ink)
{
    QTextCharFormat format;
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    format.setFont(font);
    format.setForeground(color);
    return format;
}

// "−1.57", "45", "12.3 %", "0.41 [0.35, 0.48]": right-aligned in a table.
bool looksNumeric(const QString &cell)
{
    static const QRegularExpression number(
        QStringLiteral("^[−+-]?\\d[\\d.,]*\\s*%?(\\s*[\\[(].*[\\])])?$"));
    return number.match(cell.trimmed()).hasMatch();
}

QList<bool> numericColumns(const ReportTable &table)
{
    QList<bool> numeric(table.header.size(), true);
    QList<bool> any(table.header.size(), false);
    for (const QStringList &row : table.rows) {
        for (int column = 0; column < row.size() && column < numeric.size(); ++column) {
            if (row.at(column).isEmpty())
                continue;
            any[column] = true;
            numeric[column] = numeric.at(column) && looksNumeric(row.at(column));
        }
    }
    for (int column = 0; column < numeric.size(); ++column)
        numeric[column] = numeric.at(column) && any.at(column);
    return numeric;
}

} // namespace

// Builds the QTextDocument from the blocks, paginates it for one page size, fixes headings
// left at the foot of a page, numbers the contents and prints the pages.
class ReportDocument::Layout
{
public:
    Layout(const QSizeF &page, const QList<const Chart *> &charts)
        : m_cursor(&m_document), m_charts(charts, chartLogicalWidth)
    {
        m_document.setDocumentMargin(0);
        m_document.setPageSize(page);
        m_document.documentLayout()->registerHandler(ChartTextObject::objectType, &m_charts);
        QFont font;
        font.setPointSizeF(10);
        m_document.setDefaultFont(font);
        // Lines break between words, never inside one: a table column is at least as wide as
        // its longest word (addTable() makes the type smaller where that would not fit).
        QTextOption option = m_document.defaultTextOption();
        option.setWrapMode(QTextOption::WordWrap);
        m_document.setDefaultTextOption(option);
    }

    // Between these the document is edited without being laid out after every insertion.
    void beginEdit() { m_cursor.beginEditBlock(); }
    void endEdit() { m_cursor.endEditBlock(); }

    void setPaintDevice(QPaintDevice *device)
    {
        m_device = device;
        m_document.documentLayout()->setPaintDevice(device);
    }

    void add(const Block &block, const QList<ReportDocument::Block> &all,
             const QList<ReportTable> &tables)
    {
        switch (block.kind) {
        case Kind::Cover:
            addCover(block);
            break;
        case Kind::Contents:
            addContents(all);
            break;
        case Kind::Chapter:
            addHeading(block.text, 1, true);
            break;
        case Kind::Section:
            addHeading(block.text, 2, block.newPage);
            break;
        case Kind::Paragraph:
            addText(block.text, text(10));
            break;
        case Kind::Lead:
            addText(block.text, text(13, false, heading), 10);
            break;
        case Kind::Note:
            addText(block.text, text(8.5, false, muted));
            break;
        case Kind::Bullets:
            addBullets(block.items);
            break;
        case Kind::Table:
            for (const ReportTable &part : columnParts(tables.at(block.index)))
                addTable(part);
            break;
        case Kind::Chart:
            addChart(block.index, block.aspect);
            break;
        }
    }

    // A heading or table title whose next block went to the next page moves there too (with
    // the headings just above it), and so does a short table split by a page break. In
    // document order, so each decision sees the moves before it.
    void keepTogether()
    {
        std::sort(m_keep.begin(), m_keep.end(),
                  [](const Keep &a, const Keep &b) { return a.first < b.first; });
        for (const Keep &keep : std::as_const(m_keep)) {
            const QTextBlock first = m_document.findBlockByNumber(keep.first);
            const QTextBlock last = m_document.findBlockByNumber(keep.last);
            if (pageOf(lineTop(first)) != pageOf(keep.whole ? bottom(last) - 1.0 : lineTop(last)))
                breakBefore(first);
        }
    }

    // A chart too tall for the room left on a page would leave that page half empty, and a
    // short run of blocks after a chart that fills a page would sit alone on the next one: a
    // chart gives up to 40 % of its height to keep its page full. In document order.
    void fitCharts()
    {
        const double pageHeight = m_document.pageSize().height();
        const double slack = devicePt(12);
        for (const int number : std::as_const(m_chartBlocks)) {
            const QTextBlock chart = m_document.findBlockByNumber(number);
            const double full = chartHeight(chart);
            const QTextBlock previous = chart.previous();
            if (previous.isValid()
                && pageOf(lineBottom(previous) - 1.0) == pageOf(lineTop(chart)) - 1) {
                const double free
                    = pageOf(lineTop(chart)) * pageHeight - lineBottom(previous) - slack;
                if (free >= 0.6 * full && readableAt(chart, free))
                    setChartHeight(chart, free);
            }
            const double height = chartHeight(chart);
            const int page = pageOf(lineTop(chart));
            // A short tail of what follows the chart on the next page, before the page after
            // it, unless that holds another chart or starts a chapter.
            QTextBlock last = chart;
            bool spills = false;
            bool blocked = false;
            for (QTextBlock next = chart.next(); next.isValid(); next = next.next()) {
                const int at = pageOf(lineTop(next));
                if (at > page + 1)
                    break;
                if (at == page + 1) {
                    spills = true;
                    blocked = blocked || m_chartBlocks.contains(next.blockNumber())
                              || (isBreak(next) && !m_moved.contains(next.blockNumber()));
                }
                last = next;
            }
            if (!spills || blocked || pageOf(bottom(last) - 1.0) != page + 1)
                continue;
            const double spill = bottom(last) - (page + 1) * pageHeight + slack;
            if (height - spill < 0.6 * full || !readableAt(chart, height - spill))
                continue;
            setChartHeight(chart, height - spill);
            for (QTextBlock moved = chart.next(); moved.isValid(); moved = moved.next()) {
                if (m_moved.contains(moved.blockNumber())) {
                    QTextBlockFormat format = moved.blockFormat();
                    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                    QTextCursor(moved).setBlockFormat(format);
                }
                if (moved == last)
                    break;
            }
        }
    }

    // Why a chart cannot be read at the size it was given (the first such chart, with the
    // page it is on); empty when every chart can.
    QString unreadableChart() const
    {
        for (const int number : std::as_const(m_chartBlocks)) {
            const QTextBlock chart = m_document.findBlockByNumber(number);
            const QString problem
                = m_charts.layoutProblem(chartCharacter(chart).charFormat(), chartHeight(chart));
            if (!problem.isEmpty())
                return tr("Page %1: %2")
                    .arg(QLocale().toString(pageOf(lineTop(chart)) + 1), problem);
        }
        return QString();
    }

    // Content that ends at the very foot of a page (or whose table's bottom rule spills just
    // over it) puts the next block on the following page, and a page break before that block
    // then leaves that page blank: the block starts there without one.
    void dropBlankPages()
    {
        const double pageHeight = m_document.pageSize().height();
        for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
            if (!isBreak(block) || !block.previous().isValid())
                continue;
            const double end = bottom(block.previous());
            const int page = pageOf(lineTop(block));
            if (std::abs(end - (page - 1) * pageHeight) < devicePt(6)) {
                QTextBlockFormat format = block.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                format.setTopMargin(0);
                QTextCursor(block).setBlockFormat(format);
                relayout();
            }
        }
    }

    QList<Entry> numberContents()
    {
        QList<Entry> entries;
        QList<int> pages;
        // The page that shows most of the heading's line (one may sit a hair above a page's
        // top, where printing shows it on that page).
        for (const Heading &h : std::as_const(m_headings)) {
            const QTextBlock block = m_document.findBlockByNumber(h.block);
            pages.append(pageOf((lineTop(block) + lineBottom(block)) / 2.0) + 1);
        }
        m_cursor.beginEditBlock();
        for (int e = 0; e < m_headings.size(); ++e) {
            const Heading &h = m_headings.at(e);
            const int page = pages.at(e);
            entries.append({h.title, h.level, page});
            if (!m_contents)
                continue;
            const QTextTableCell cell = m_contents->cellAt(e, 1);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            cursor.insertText(QLocale().toString(page), text(9.5, h.level == 1));
        }
        m_cursor.endEditBlock();
        return entries;
    }

    void print(QPdfWriter &pdf, const QString &footer)
    {
        const QSizeF page = m_document.pageSize();
        const int pages = m_document.pageCount();
        QPainter painter(&pdf);
        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                pdf.newPage();
            painter.save();
            painter.translate(0, -p * page.height());
            // Lines never straddle pages; a clip a hair inside the page keeps the lines on
            // its edges (drawn clipped, yet still written as text) off the neighbouring pages.
            m_document.drawContents(
                &painter, QRectF(0, p * page.height() + 4, page.width(), page.height() - 8));
            painter.restore();
            if (p == 0)
                continue; // the cover
            QFont font;
            font.setPointSizeF(8);
            painter.setFont(font);
            painter.setPen(muted);
            const QRectF band(0, page.height() + devicePt(6), page.width(),
                              devicePt(footerSpacePt - 6));
            painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, footer);
            painter.drawText(
                band, Qt::AlignRight | Qt::AlignVCenter,
                tr("Page %1 of %2").arg(QLocale().toString(p + 1), QLocale().toString(pages)));
        }
    }

    int pageCount() { return m_document.pageCount(); }

    // Lays the whole document out again: after format changes the incremental layout can
    // place blocks differently from the full one that printing sees.
    void relayout()
    {
        m_document.markContentsDirty(0, m_document.characterCount());
        m_document.pageCount();
    }

private:
    struct Heading
    {
        QString title;
        int level;
        int block;
    };

    void keepWithNext(int block)
    {
        m_keepWithNext.insert(block);
        m_keep.append({block, block + 1, false});
    }

    static bool isBreak(const QTextBlock &block)
    {
        return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    }

    static QTextCursor chartCharacter(const QTextBlock &block)
    {
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        return cursor;
    }

    static double chartHeight(const QTextBlock &block)
    {
        return chartCharacter(block).charFormat().doubleProperty(ChartTextObject::Height);
    }

    bool readableAt(const QTextBlock &block, double height) const
    {
        return m_charts.layoutProblem(chartCharacter(block).charFormat(), height).isEmpty();
    }

    static void setChartHeight(const QTextBlock &block, double height)
    {
        QTextCursor cursor = chartCharacter(block);
        QTextCharFormat format = cursor.charFormat();
        format.setProperty(ChartTextObject::Height, height);
        cursor.setCharFormat(format);
    }

    // Starts a new page at block, or at the headings just above it.
    void breakBefore(const QTextBlock &block)
    {
        QTextBlock first = block;
        while (first.previous().isValid()
               && m_keepWithNext.contains(first.previous().blockNumber()))
            first = first.previous();
        QTextBlockFormat format = first.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return; // taller than a page: nothing better to do
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).setBlockFormat(format);
        m_moved.insert(first.blockNumber());
    }

    // Where a block's first line starts and its last line ends. A line that would cross the
    // foot of a page is moved to the next one inside its block, so the block's own rectangle
    // does not say where its text is.
    double lineTop(const QTextBlock &block) const
    {
        const double top = m_document.documentLayout()->blockBoundingRect(block).top();
        const double y
            = block.layout()->lineCount() > 0 ? top + block.layout()->lineAt(0).y() : top;
        // Qt's fixed-point layout puts a line it moved to the next page a few units above that
        // page's top (2.5 by page 239 of a long report): it starts there.
        const double height = m_document.pageSize().height();
        const double pageTop = std::ceil(y / height) * height;
        return pageTop - y < devicePt(1) ? pageTop : y;
    }

    double lineBottom(const QTextBlock &block) const
    {
        const QRectF rect = m_document.documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        if (layout->lineCount() == 0)
            return rect.bottom();
        const QTextLine line = layout->lineAt(layout->lineCount() - 1);
        return rect.top() + line.y() + line.height();
    }

    // Where a block ends, with the bottom padding and rule of the table it is in.
    double bottom(const QTextBlock &block) const
    {
        if (QTextTable *table = QTextCursor(block).currentTable())
            return std::max(lineBottom(block),
                            m_document.documentLayout()->frameBoundingRect(table).bottom());
        return lineBottom(block);
    }

    int pageOf(double y) const
    {
        return int(std::floor((y + 1.0) / m_document.pageSize().height()));
    }

    // Starts a block (or takes the empty one the document or a table left).
    void newBlock(QTextBlockFormat block, const QTextCharFormat &chars)
    {
        if (m_afterTable)
            block.setTopMargin(std::max(block.topMargin(), pt(10)));
        m_afterTable = false;
        // The first block needs no break before it: Qt would leave page 1 blank.
        if (m_document.isEmpty())
            block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_reuseBlock = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    void addText(const QString &value, const QTextCharFormat &chars, double below = 6)
    {
        QTextBlockFormat block;
        block.setBottomMargin(pt(below));
        newBlock(block, chars);
        m_cursor.insertText(value, chars);
    }

    void addCover(const Block &cover)
    {
        QTextBlockFormat block;
        block.setTopMargin(pt(110));
        block.setBottomMargin(pt(10));
        newBlock(block, text(28, true, heading));
        m_cursor.insertText(cover.text, text(28, true, heading));
        for (int i = 0; i < cover.items.size(); ++i) {
            QTextBlockFormat line;
            line.setBottomMargin(pt(i == 0 ? 18 : 5));
            const QTextCharFormat chars = i == 0 ? text(16, false, ink) : text(11, false, muted);
            newBlock(line, chars);
            m_cursor.insertText(cover.items.at(i), chars);
        }
    }

    void addHeading(const QString &title, int level, bool newPage)
    {
        QTextBlockFormat block;
        block.setHeadingLevel(level);
        if (newPage)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        block.setTopMargin(newPage ? 0 : pt(12));
        block.setBottomMargin(pt(level == 1 ? 10 : 5));
        const QTextCharFormat chars = text(level == 1 ? 18 : 13, true, heading);
        newBlock(block, chars);
        // One line, whatever a name in it holds (the contents list and the PDF outline too).
        const QString shown
            = QFontMetricsF(chars.font(), m_device)
                  .elidedText(title, Qt::ElideRight, m_document.pageSize().width() * 0.95);
        m_cursor.insertText(shown, chars);
        m_headings.append({shown, level, m_cursor.block().blockNumber()});
        keepWithNext(m_cursor.block().blockNumber());
    }

    void addContents(const QList<ReportDocument::Block> &all)
    {
        QTextBlockFormat block;
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        block.setBottomMargin(pt(10));
        newBlock(block, text(18, true, heading));
        m_cursor.insertText(tr("Contents"), text(18, true, heading));
        QList<QPair<QString, int>> entries;
        for (const ReportDocument::Block &b : all) {
            if (b.kind == Kind::Chapter || b.kind == Kind::Section)
                entries.append({b.text, b.kind == Kind::Chapter ? 1 : 2});
        }
        if (entries.isEmpty())
            return;
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(pt(0.8));
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 70));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88),
                                          QTextLength(QTextLength::PercentageLength, 12)});
        m_contents = m_cursor.insertTable(int(entries.size()), 2, format);
        for (int e = 0; e < entries.size(); ++e) {
            const bool chapter = entries.at(e).second == 1;
            QTextCursor title = m_contents->cellAt(e, 0).firstCursorPosition();
            QTextBlockFormat indent;
            indent.setLeftMargin(chapter ? 0 : pt(14));
            indent.setTopMargin(chapter && e > 0 ? pt(3) : 0);
            title.setBlockFormat(indent);
            const QTextCharFormat chars = text(9.5, chapter);
            title.insertText(QFontMetricsF(chars.font(), m_device)
                                 .elidedText(entries.at(e).first, Qt::ElideRight,
                                             m_document.pageSize().width() * 0.58),
                             chars);
            QTextCursor page = m_contents->cellAt(e, 1).firstCursorPosition();
            QTextBlockFormat right;
            right.setAlignment(Qt::AlignRight);
            right.setTopMargin(indent.topMargin());
            page.setBlockFormat(right);
            page.insertText(QStringLiteral("…"), text(9.5, chapter));
        }
        leaveTable();
    }

    void addBullets(const QStringList &items)
    {
        for (int i = 0; i < items.size(); ++i) {
            QTextBlockFormat block;
            block.setBottomMargin(pt(4));
            newBlock(block, text(10));
            if (i == 0) {
                QTextListFormat list;
                list.setStyle(QTextListFormat::ListDisc);
                list.setIndent(1);
                m_cursor.createList(list);
            } else {
                m_list->add(m_cursor.block());
            }
            m_list = m_cursor.currentList();
            m_cursor.insertText(items.at(i), text(10));
        }
    }

    // A name can be 500 characters long: a column headed by it, wrapped word by word, would
    // take a page. Tables show the start of such text (the CSV beside the report has it all).
    static constexpr qsizetype headerCharacters = 40;
    static constexpr qsizetype cellCharacters = 120;
    static QString shortened(const QString &text, qsizetype characters)
    {
        return text.size() <= characters ? text : text.left(characters - 1) + QChar(0x2026);
    }

    // The narrowest each column of a table can be made at a type size: as wide as its longest
    // word, plus padding and rule.
    QList<double> narrowestColumns(const ReportTable &table, double points) const
    {
        const QFontMetricsF header(text(points, true).font(), m_device);
        const QFontMetricsF body(text(points).font(), m_device);
        const auto longestWord = [](const QFontMetricsF &metrics, const QString &cell) {
            double widest = 0.0;
            for (const QString &word : cell.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                widest = std::max(widest, metrics.horizontalAdvance(word));
            return widest;
        };
        QList<double> widths;
        for (int column = 0; column < table.header.size(); ++column) {
            double widest
                = longestWord(header, shortened(table.header.at(column), headerCharacters));
            if (column == 0 && keepsLabelsWhole(table, points))
                widest = labelWidth(table, points);
            for (const QStringList &row : table.rows)
                widest = std::max(widest,
                                  longestWord(body, shortened(row.value(column), cellCharacters)));
            widths.append(widest + 2.0 * devicePt(2.5) + devicePt(0.5));
        }
        return widths;
    }

    double narrowestWidth(const ReportTable &table, double points) const
    {
        const QList<double> widths = narrowestColumns(table, points);
        return std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    }

    // A table too wide for the page even in the smallest type (a column per vendor of 200)
    // would lose its right-hand columns: it is shown in parts, each with the first column
    // (the row names) and as many of the others as fit in 7 pt type.
    QList<ReportTable> columnParts(const ReportTable &table) const
    {
        const double page = m_document.pageSize().width();
        if (narrowestWidth(table, 6.0) <= page)
            return {table};
        constexpr double points = 7.0;
        const QList<double> widths = narrowestColumns(table, points);
        QList<ReportTable> parts;
        for (int first = 1; first < widths.size();) {
            int end = first + 1; // at least one column besides the names
            double used = widths.at(0) + widths.at(first);
            while (end < widths.size() && used + widths.at(end) <= page)
                used += widths.at(end++);
            ReportTable part;
            part.title = tr("%1 (%2 to %3)")
                             .arg(table.title, shortened(table.header.at(first), headerCharacters),
                                  shortened(table.header.at(end - 1), headerCharacters));
            const auto pick = [&](const QStringList &cells) {
                return QStringList{cells.value(0)} + cells.mid(first, end - first);
            };
            part.header = pick(table.header);
            for (const QStringList &row : table.rows)
                part.rows.append(pick(row));
            parts.append(part);
            first = end;
        }
        return parts;
    }

    // Qt gives a wide table's label column its narrowest width: one character where names
    // are Chinese (a line may break between any two). Names that fit in a fifth of the page
    // are kept on one line instead.
    bool keepsLabelsWhole(const ReportTable &table, double points) const
    {
        if (table.header.size() < 7 || numericColumns(table).value(0))
            return false;
        return labelWidth(table, points) + 2.0 * devicePt(2.5) + devicePt(0.5)
               <= m_document.pageSize().width() * 0.2;
    }

    double labelWidth(const ReportTable &table, double points) const
    {
        double widest = QFontMetricsF(text(points, true).font(), m_device)
                            .horizontalAdvance(shortened(table.header.value(0), headerCharacters));
        const QFontMetricsF body(text(points).font(), m_device);
        for (const QStringList &row : table.rows) {
            widest
                = std::max(widest, body.horizontalAdvance(shortened(row.value(0), cellCharacters)));
        }
        return widest;
    }

    // 8.5 pt, smaller for a wide table until its words fit across the page (not below 6 pt).
    double tablePoints(const ReportTable &table) const
    {
        double points = 8.5;
        while (points > 6.0 && narrowestWidth(table, points) > m_document.pageSize().width())
            points -= 0.25;
        return points;
    }

    void addTable(const ReportTable &table)
    {
        const double points = tablePoints(table);
        QTextBlockFormat titleBlock;
        titleBlock.setTopMargin(pt(6));
        titleBlock.setBottomMargin(pt(3));
        newBlock(titleBlock, text(10.5, true));
        m_cursor.insertText(table.title, text(10.5, true));
        keepWithNext(m_cursor.block().blockNumber());

        const int columns = int(table.header.size());
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setBorderCollapse(true);
        format.setBorder(pt(0.5));
        format.setBorderBrush(rule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(pt(2.5));
        format.setCellSpacing(0);
        const QList<bool> numeric = numericColumns(table);
        const bool wholeLabels = keepsLabelsWhole(table, points);
        if (columns >= 7) {
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        }
        QTextTable *t = m_cursor.insertTable(int(table.rows.size()) + 1, columns, format);
        if (table.rows.size() <= keptTogetherRows)
            m_keep.append({m_cursor.block().previous().blockNumber(),
                           t->lastCursorPosition().block().blockNumber(), true});
        // One line height in every cell: a Chinese name's fallback font is taller than the
        // digits beside it, and Qt moved the taller cell alone to the next page.
        QTextBlockFormat line;
        line.setLineHeight(pt(points * 1.2), QTextBlockFormat::FixedHeight);
        QTextTableCellFormat headerCell;
        headerCell.setBackground(headerFill);
        for (int column = 0; column < columns; ++column) {
            QTextTableCell cell = t->cellAt(0, column);
            cell.setFormat(headerCell);
            QTextCursor cursor = cell.firstCursorPosition();
            QTextBlockFormat align = line;
            align.setAlignment(numeric.at(column) ? Qt::AlignRight : Qt::AlignLeft);
            align.setNonBreakableLines(column == 0 && wholeLabels);
            cursor.setBlockFormat(align);
            cursor.insertText(shortened(table.header.at(column), headerCharacters),
                              text(points, true));
        }
        for (int row = 0; row < table.rows.size(); ++row) {
            const QStringList &cells = table.rows.at(row);
            for (int column = 0; column < columns && column < cells.size(); ++column) {
                QTextCursor cursor = t->cellAt(row + 1, column).firstCursorPosition();
                QTextBlockFormat cell = line;
                if (numeric.at(column))
                    cell.setAlignment(Qt::AlignRight);
                cell.setNonBreakableLines(column == 0 && wholeLabels);
                cursor.setBlockFormat(cell);
                cursor.insertText(shortened(cells.at(column), cellCharacters), text(points));
            }
        }
        leaveTable();
    }

    void addChart(int index, double aspect)
    {
        const QSizeF size = chartArea(aspect);
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setBottomMargin(pt(8));
        newBlock(block, text(10));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                            ChartTextObject::format(index, size));
        m_chartBlocks.append(m_cursor.block().blockNumber());
    }

    // A margin under a table that ends at the foot of a page would carry it over, and Qt
    // repeats its header row there with no rows under it: the space goes above the next block.
    void leaveTable()
    {
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = true;
        m_afterTable = true;
    }

    QTextDocument m_document;
    QPaintDevice *m_device = nullptr;
    QTextCursor m_cursor;
    ChartTextObject m_charts;
    bool m_reuseBlock = true;
    bool m_afterTable = false;
    QTextList *m_list = nullptr;
    QTextTable *m_contents = nullptr;
    QList<Heading> m_headings;
    struct Keep
    {
        int first; // block
        int last;  // block that must start (whole: end) on the page where first starts
        bool whole;
    };
    QList<Keep> m_keep;
    QSet<int> m_keepWithNext;
    QList<int> m_chartBlocks;
    QSet<int> m_moved; // blocks keepTogether() sent to the next page
};

ReportDocument::ReportDocument() = default;
ReportDocument::~ReportDocument() = default;

void ReportDocument::addCover(const QString &title, const QString &subtitle,
                              const QStringList &lines)
{
    m_blocks.append({Kind::Cover, title, QStringList{subtitle} + lines});
}

void ReportDocument::addContents()
{
    m_blocks.append({Kind::Contents, {}, {}});
}

void ReportDocument::addChapter(const QString &title)
{
    m_blocks.append({Kind::Chapter, title, {}});
}

void ReportDocument::addSection(const QString &title, bool newPage)
{
    Block block{Kind::Section, title, {}};
    block.newPage = newPage;
    m_blocks.append(block);
}

void ReportDocument::addParagraph(const QString &text)
{
    if (!text.isEmpty())
        m_blocks.append({Kind::Paragraph, text, {}});
}

void ReportDocument::addLead(const QString &text)
{
    if (!text.isEmpty())
        m_blocks.append({Kind::Lead, text, {}});
}

void ReportDocument::addNote(const QString &text)
{
    if (!text.isEmpty())
        m_blocks.append({Kind::Note, text, {}});
}

void ReportDocument::addBullets(const QStringList &items)
{
    if (!items.isEmpty())
        m_blocks.append({Kind::Bullets, {}, items});
}

void ReportDocument::addTable(const ReportTable &table, Export exported)
{
    if (table.header.isEmpty() || table.rows.isEmpty())
        return;
    ReportTable numbered = table;
    const qsizetype number = m_tables.size() - m_pdfOnly.size() + 1;
    numbered.name = QStringLiteral("%1-%2").arg(number, 2, 10, QLatin1Char('0')).arg(table.name);
    if (exported == Export::PdfOnly)
        m_pdfOnly.insert(int(m_tables.size()));
    m_blocks.append({Kind::Table, {}, {}, int(m_tables.size())});
    m_tables.append(numbered);
}

QSizeF ReportDocument::chartSize(double aspect)
{
    const QSizeF area = chartArea(aspect);
    return area * (chartLogicalWidth / area.width());
}

void ReportDocument::addChart(const Chart *chart, double aspect)
{
    m_blocks.append({Kind::Chart, {}, {}, int(m_charts.size()), aspect});
    m_charts.append(chart);
}

bool ReportDocument::writePdf(const QString &path, const QString &title, const QString &footer,
                              QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("“%1” cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    QBuffer buffer; // the PDF's text layer is repaired before it is written
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Peakend"));
        pdf.setResolution(resolution);
        pdf.setPageLayout(pageLayout());
        Layout layout(textArea(), m_charts);
        layout.setPaintDevice(&pdf);
        layout.beginEdit();
        for (const Block &block : std::as_const(m_blocks))
            layout.add(block, m_blocks, m_tables);
        layout.endEdit();
        layout.pageCount(); // lays the whole document out
        layout.keepTogether();
        layout.relayout();
        layout.fitCharts();
        layout.relayout();
        layout.dropBlankPages();
        // Writing the page numbers changes the document: lay it out again, and number again in
        // the rare case that moved a heading.
        for (int pass = 0; pass < 3; ++pass) {
            const QList<Entry> numbered = layout.numberContents();
            layout.relayout();
            const bool settled = numbered == m_contents;
            m_contents = numbered;
            if (settled)
                break;
        }
        // Rows squeezed into lines of a pixel would print without a word of warning.
        if (const QString problem = layout.unreadableChart(); !problem.isEmpty()) {
            *error = tr("The report was not written: a chart cannot be laid out. %1").arg(problem);
            file.cancelWriting();
            return false;
        }
        layout.print(pdf, footer);
    }
    if (file.write(PdfTextLayer::repaired(buffer.data())) < 0 || !file.commit()) {
        *error = tr("“%1” cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<ReportTable> ReportDocument::tables() const
{
    QList<ReportTable> exported;
    for (int t = 0; t < m_tables.size(); ++t) {
        if (!m_pdfOnly.contains(t))
            exported.append(m_tables.at(t));
    }
    return exported;
}

bool ReportDocument::writeTables(const QString &folder, QString *error) const
{
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder “%1” cannot be made.").arg(folder);
        return false;
    }
    for (const ReportTable &table : tables()) {
        const QString path = QDir(folder).filePath(table.name + QStringLiteral(".csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(table.toCsv()) < 0 || !file.commit()) {
            *error = tr("“%1” cannot be written: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace Peakend
