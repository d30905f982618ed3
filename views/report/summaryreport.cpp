#include "summaryreport.h"

#include "projectsummary.h"
#include "summaryhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Peakend {

bool SummaryReport::write(const ProjectSummary &summary, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("“%1” cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("%1 — project summary").arg(summary.info.name));
        pdf.setCreator(QStringLiteral("Peakend"));
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));

        QTextDocument document;
        // Lay out for the PDF's resolution, so point sizes mean points on paper.
        document.documentLayout()->setPaintDevice(&pdf);
        QFont font = document.defaultFont();
        font.setPointSizeF(10.5);
        document.setDefaultFont(font);
        const QString footer
            = tr("Written by Peakend on %1.")
                  // The date alone: Qt 6.4 prints zh_TW's CLDR day period "B" literally
                  // in long time formats.
                  .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
        document.setHtml(
            SummaryHtml::render(summary)
            + QStringLiteral("<p style=\"color:#666666\">%1</p>").arg(footer.toHtmlEscaped()));
        const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        document.setPageSize(page.size());
        QPainter painter(&pdf);
        for (int p = 0; p < document.pageCount(); ++p) {
            if (p > 0)
                pdf.newPage();
            painter.save();
            painter.translate(0, -p * page.height());
            document.drawContents(&painter,
                                  QRectF(0, p * page.height(), page.width(), page.height()));
            painter.restore();
        }
    }
    if (!file.commit()) {
        *error = tr("“%1” cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Peakend
