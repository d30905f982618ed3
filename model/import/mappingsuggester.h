#pragma once

#include "importmapping.h"
#include "surveylayout.h"

#include <QList>
#include <QStringList>

namespace Peakend {

class ProjectRepository;

// Names the project already has, for matching headers.
struct ImportCatalogue
{
    QStringList vendors;
    QStringList subprocesses;
    QStringList factors;
    Scale scale; // the project's

    static ImportCatalogue of(const ProjectRepository &repository);
};

// A first mapping from the headers and a sample of the answers: ids (from the field codes),
// vendor, overall, recommend, weight, reasons and segment attributes by the words survey
// tools use (English, Chinese, some German), ratings by the project's subprocess and factor
// names; survey tools' own columns (dates, IP address, progress …) left out. From the sample:
// the wave's scale (1–5, 1–7, 0–10, 1–10, 0–100 …), numbers for Likert answer labels, codes
// such as −99 for no answer, and likelihood to recommend coded 1–11. The user reviews it
// before anything is imported.
class MappingSuggester
{
public:
    // sample: rows of answers (below the header rows), as many as are at hand; valueLabels:
    // per column, what coded answers stand for (SPSS), where the file says.
    static ImportMapping suggest(const SurveyLayout &layout, const ImportCatalogue &catalogue,
                                 const QList<QStringList> &sample = {},
                                 const QList<QMap<QString, QString>> &valueLabels = {});

    // A column survey tools add about the response (dates, IP address, progress …), by its
    // field code or header.
    static bool isToolColumn(const QString &code);
    // The name a column's header gives its subprocess, factor or attribute: the longest
    // known name it contains, else a grid's option ("Question – Option", "Question [Option]",
    // "Question: Option", a field code in brackets at the end left out), else the header.
    static QString nameFromHeader(const QString &header, const QStringList &known);
    // Codes that survey tools use for no answer and that the sample's numeric answers hold.
    static QList<double> missingCodesIn(const QList<double> &values);
};

} // namespace Peakend
