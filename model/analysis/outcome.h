#pragma once

#include "surveydata.h"

#include <QCoreApplication>
#include <QString>
#include <QtNumeric>

#include <optional>
#include <vector>

namespace Peakend {

// What derived importance explains (DESIGN.md §2.3): overall satisfaction unless the analyst
// picks likelihood to recommend or a respondent attribute that holds numbers (a spend, a
// renewal flag). Cut at a threshold it is binary: satisfied (overall in the top two boxes of
// the wave's scale), promoter (recommend 9–10), or NAME>=T; an attribute holding only 0 and 1
// is binary as it is. A binary outcome is explained by a logistic model.
struct Outcome
{
    Q_DECLARE_TR_FUNCTIONS(Outcome)

public:
    enum class Source { Overall, Recommend, Attribute };
    Source source = Source::Overall;
    QString attribute;        // Source::Attribute: its name
    double atLeast = qQNaN(); // a number: binary, 1 when the value is at least this
    bool topTwoBoxes = false; // "satisfied": at least the scale's maximum − 1

    // "overall", "recommend", "satisfied", "promoter", "NAME" or any of them with ">=T";
    // nullopt with the reason in error.
    static std::optional<Outcome> parse(const QString &text, QString *error);
    // What parse() reads back: "overall", "promoter", "renewed>=1".
    QString key() const;
    bool isDefault() const { return source == Source::Overall && !isCut(); }
    bool isCut() const { return topTwoBoxes || !std::isnan(atLeast); }

    // The outcome of every case of data (NaN where not answered), with its name; binary
    // values are 0 or 1. error says why there is none (an attribute the wave does not have,
    // or without numbers).
    struct Values
    {
        QString name;
        bool binary = false;
        std::vector<double> values; // one per case
        QString error;
    };
    Values of(const SurveyData &data) const;
};

} // namespace Peakend
