#pragma once

#include "projectinfo.h"

#include <QDateTime>
#include <QString>
#include <QtNumeric>

namespace Peakend {

// One imported survey wave.
struct Survey
{
    qint64 id = 0;
    QString name;
    QString fieldedOn; // ISO date, may be empty
    QString sourceFile;
    QString sourceFormat;
    QString sourceSha256;
    QDateTime importedAt;
    Scale scale;     // the scale its ratings are on (likelihood to recommend: 0–10)
    QString mapping; // the import mapping's JSON; empty: not imported from a file
};

struct Respondent
{
    qint64 id = 0;
    qint64 surveyId = 0;
    QString externalId;
    double weight = 1.0;
};

struct RespondentAttribute
{
    qint64 respondentId = 0;
    QString name; // e.g. "value tier", "region"
    QString value;
};

struct Rating
{
    qint64 respondentId = 0;
    qint64 vendorId = 0;
    qint64 subprocessId = 0;
    double value = 0.0;
};

enum class FactorRatingKind { Experience = 0, Expectation = 1, Importance = 2 };

struct FactorRating
{
    qint64 respondentId = 0;
    qint64 vendorId = 0;
    qint64 factorId = 0;
    FactorRatingKind kind = FactorRatingKind::Experience;
    double value = 0.0;
};

// Respondent × vendor: overall satisfaction and likelihood to recommend (0–10).
struct Evaluation
{
    qint64 respondentId = 0;
    qint64 vendorId = 0;
    double overall = qQNaN(); // NaN: not answered
    double recommend = qQNaN();
};

enum class Polarity { Negative = -1, Positive = 1 };

// One multi-select reason: this respondent likes (Positive) or dislikes this vendor for a factor.
struct Reason
{
    qint64 respondentId = 0;
    qint64 vendorId = 0;
    qint64 factorId = 0;
    Polarity polarity = Polarity::Positive;
};

} // namespace Peakend
