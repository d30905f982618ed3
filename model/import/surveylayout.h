#pragma once

#include "importmapping.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Peakend {

class ProjectRepository;

// The shape of an export as the survey tool wrote it: how many header rows sit above the
// answers and what each column is called once they are combined.
struct SurveyLayout
{
    enum Kind {
        PlainWide,       // one header row, a row per respondent (× vendor)
        PlainLong,       // respondent, vendor, subprocess, rating
        Qualtrics,       // field ids, question texts, {"ImportId": …}
        QualtricsLegacy, // V1, V2 … then question texts
        SurveyMonkey,    // questions, then answer options; a blank cell continues a grid
        LimeSurvey,      // id, submitdate, lastpage … codes such as Q1[SQ001]
        GoogleForms,     // Timestamp first
    };

    Kind kind = PlainWide;
    int headerRows = 1;
    QStringList headers; // one per column, grid questions joined with their option

    // Detects from the first rows of the file (a dozen is plenty).
    static SurveyLayout detect(const QList<QStringList> &firstRows);
    static QString kindName(Kind kind);

    Q_DECLARE_TR_FUNCTIONS(SurveyLayout)
};

// Names the project already has, for matching headers.
struct ImportCatalogue
{
    QStringList vendors;
    QStringList subprocesses;
    QStringList factors;

    static ImportCatalogue of(const ProjectRepository &repository);
};

// A first mapping from the headers: ids, vendor, overall, recommend, weight, reasons and
// segment attributes by the words survey tools use (English and Chinese), ratings by the
// project's subprocess and factor names. The user reviews it before anything is imported.
class MappingSuggester
{
public:
    static ImportMapping suggest(const SurveyLayout &layout, const ImportCatalogue &catalogue);
};

} // namespace Peakend
