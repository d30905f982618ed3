#pragma once

#include "segmentfilter.h"

#include <QCoreApplication>

namespace Peakend {

struct SurveyData;

// A segment written as text, the way an analyst says it: conditions separated by ";", each
// "attribute = value", with "|" between values that are all accepted:
//   "value tier = A | B; company size = enterprise"
// Every condition must hold; names are compared as written (spaces around them trimmed).
// The full-width ；｜＝ a Chinese input method types are read as ; | =.
// An empty text is everyone.
class SegmentDefinition
{
    Q_DECLARE_TR_FUNCTIONS(SegmentDefinition)

public:
    // The filter for text; on a mistake, error says what and where, and the filter is empty.
    static SegmentFilter parse(const QString &text, QString *error = nullptr);
    static QString format(const SegmentFilter &filter);
    // What in filter a survey wave cannot match — an attribute it does not record, or a value
    // no respondent gives — in words naming what is there; empty when all of it can match.
    static QString unmatched(const SegmentFilter &filter, const SurveyData &data);
};

} // namespace Peakend
