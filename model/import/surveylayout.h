#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Peakend {

// The shape of an export as the survey tool wrote it: how many header rows sit above the
// answers, what each column's field code is, and what each column is called once its header
// rows are combined (question text, grid option and code).
struct SurveyLayout
{
    enum Kind {
        PlainWide, // one header row (or a few, guessed), a row per respondent (× vendor)
        PlainLong, // respondent, vendor, subprocess, rating
        Qualtrics, // field codes, question texts, {"ImportId": …} (or 2016's {'ImportId': …})
        QualtricsLegacy, // V1, V2 … then question texts
        SurveyMonkey,    // questions, then answer options; a blank cell continues a grid
        LimeSurvey,      // id, submitdate, lastpage … codes such as Q1[SQ001], or full texts
        GoogleForms,     // Timestamp first
        Spss,            // an SPSS .sav file: variable names and labels
    };

    Kind kind = PlainWide;
    int headerRows = 1;
    QStringList codes;   // per column: the field code (the first header row)
    QStringList headers; // per column: the name shown, header rows combined

    // Detects from the first rows of the file (a dozen is plenty); format as the reader names
    // it ("csv", "xlsx", "sav").
    static SurveyLayout detect(const QList<QStringList> &firstRows,
                               const QString &format = QString());
    // The layout with the header rows the user says, combined the way detect() would.
    static SurveyLayout withHeaderRows(const QList<QStringList> &firstRows, int headerRows);
    static QString kindName(Kind kind);
    static QString kindKey(Kind kind); // for --format: wide, long, qualtrics …
    static QStringList kindKeys();

    Q_DECLARE_TR_FUNCTIONS(SurveyLayout)
};

} // namespace Peakend
