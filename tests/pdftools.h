#pragma once

// Reads PDFs back the way a user's tools do: poppler's pdftotext and pdfinfo (poppler-utils,
// installed by the README's set-up command).

#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

#include <cctype>

namespace PdfTools {

inline bool available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty();
}

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(program), arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of the PDF (or of page first…last), laid out as on the page.
inline QString text(const QString &pdf, int first = 0, int last = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last > 0 ? last : first);
    return run(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
}

// A field of pdfinfo's output ("Pages", "Title", "Page size"), or empty.
inline QString info(const QString &pdf, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).trimmed();
}

inline int pages(const QString &pdf)
{
    return info(pdf, QStringLiteral("Pages")).toInt();
}

// How far down each page its content reaches, as a share of the page above its footer band
// (the bottom tenth): pdftoppm renders every page in grey at 20 dpi and the last row holding
// a dark pixel counts. A page holding a heading and one small table reaches about 0.2.
inline QList<double> contentDepths(const QString &pdf)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftoppm")),
                  {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("20"), pdf});
    process.waitForFinished(120000);
    const QByteArray out = process.readAllStandardOutput(); // concatenated binary PGMs (P5)
    QList<double> depths;
    qsizetype at = 0;
    while (at < out.size() && out.mid(at, 2) == "P5") {
        QList<QByteArray> fields;
        qsizetype position = at + 2;
        while (fields.size() < 3) {
            while (position < out.size() && std::isspace(uchar(out.at(position))))
                ++position;
            const qsizetype start = position;
            while (position < out.size() && !std::isspace(uchar(out.at(position))))
                ++position;
            fields.append(out.mid(start, position - start));
        }
        ++position; // the one whitespace before the pixels
        const int width = fields.at(0).toInt();
        const int height = fields.at(1).toInt();
        const int body = height * 9 / 10;
        int last = 0;
        for (int y = 0; y < body; ++y) {
            for (int x = 0; x < width; ++x) {
                if (uchar(out.at(position + qsizetype(y) * width + x)) < 200) {
                    last = y;
                    break;
                }
            }
        }
        depths.append(double(last) / body);
        at = position + qsizetype(width) * height;
    }
    return depths;
}

} // namespace PdfTools
