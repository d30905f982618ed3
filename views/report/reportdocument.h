#pragma once

#include "report/reporttable.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace Peakend {

class Chart;

// A report as a sequence of blocks — cover, contents, chapters, sections, text, tables and
// charts — laid out into a paginated PDF: A4 landscape, charts drawn as vectors through their
// render(), text selectable in the UI language's fonts, a table of contents with page
// numbers, each page numbered. Headings and table titles are kept on the page of what
// follows them. The tables can also be written as CSV files.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    ReportDocument();
    ~ReportDocument();

    void addCover(const QString &title, const QString &subtitle, const QStringList &lines);
    void addContents();                    // where the table of contents goes
    void addChapter(const QString &title); // starts a page; listed in the contents
    // Listed in the contents under its chapter.
    void addSection(const QString &title, bool newPage = false);
    void addParagraph(const QString &text);
    void addLead(const QString &text); // larger: the sentence a reader should take away
    void addNote(const QString &text); // smaller and grey: method, n, caveats
    void addBullets(const QStringList &items);
    enum class Export { Csv, PdfOnly }; // PdfOnly: sentences in cells, not data to reuse
    void addTable(const ReportTable &table, Export exported = Export::Csv);
    // The chart must outlive the document. aspect: height / width; a chart is no taller than
    // most of a page (fitCharts() may make it up to 40 % lower where it stays readable), and
    // writePdf() refuses one that cannot be read at its size.
    void addChart(const Chart *chart, double aspect = 0.56);
    // The target a chart of this aspect is rendered into, in its logical units.
    static QSizeF chartSize(double aspect);

    // The tables written as CSV, as added; names numbered in report order ("03-…").
    QList<ReportTable> tables() const;
    // Chapters and sections as listed in the contents, with the page each starts on (from 1),
    // as the last writePdf() laid them out.
    struct Entry
    {
        QString title;
        int level = 1;
        int page = 0;
        bool operator==(const Entry &other) const
        {
            return title == other.title && level == other.level && page == other.page;
        }
    };
    const QList<Entry> &contents() const { return m_contents; }

    // Through QSaveFile: after a failure nothing is left at path, and error says why.
    bool writePdf(const QString &path, const QString &title, const QString &footer, QString *error);
    // Each table as NAME.csv in folder (made if missing). Files written before a failure stay.
    bool writeTables(const QString &folder, QString *error) const;

private:
    enum class Kind {
        Cover,
        Contents,
        Chapter,
        Section,
        Paragraph,
        Lead,
        Note,
        Bullets,
        Table,
        Chart
    };
    struct Block
    {
        Kind kind;
        QString text;
        QStringList items;
        int index = -1; // into m_tables or m_charts
        double aspect = 0.0;
        bool newPage = false;
    };
    class Layout;

    QList<Block> m_blocks;
    QList<ReportTable> m_tables;
    QSet<int> m_pdfOnly; // indices into m_tables
    QList<const Chart *> m_charts;
    QList<Entry> m_contents;
};

} // namespace Peakend
