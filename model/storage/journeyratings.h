#pragma once

#include <QByteArrayView>

#include <string>
#include <vector>

namespace Peakend {

// The text of a JSON array of numbers, as the project file keeps a journey: a respondent's
// ratings of one vendor's subprocesses in journey_rating.ratings ([7,5.5,null,6]: null where
// there is no rating), in the order of the wave's survey.journey_subprocesses (a JSON array of
// subprocess ids). Numbers are written in their shortest form that reads back to the same
// double; any JSON number reads.
class JourneyRatings
{
public:
    // The array of values, NaN written as null; trailing NaNs are left out.
    static void write(const std::vector<double> &values, std::string *text);
    // Replaces *values with the array in text, null read as NaN; false (and *values empty)
    // when text is not an array of numbers and nulls.
    static bool read(QByteArrayView text, std::vector<double> *values);
    static int count(const std::vector<double> &values); // the values that are not NaN

    // survey.journey_subprocesses: a JSON array of ids.
    static void writeIds(const std::vector<qint64> &ids, std::string *text);
    static bool readIds(QByteArrayView text, std::vector<qint64> *ids);
};

} // namespace Peakend
