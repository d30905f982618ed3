#pragma once

// Reads PDFs back the way a user's tools do: poppler's pdftotext and pdfinfo (poppler-utils,
// installed by the README's set-up command).

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

namespace PdfTools {

inline bool available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
           && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
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

} // namespace PdfTools
