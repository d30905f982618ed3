#include "journeyratings.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace Peakend {

namespace {

const char *skipSpace(const char *p, const char *end)
{
    while (p != end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        ++p;
    return p;
}

} // namespace

void JourneyRatings::write(const std::vector<double> &values, std::string *text)
{
    size_t size = values.size();
    while (size > 0 && std::isnan(values[size - 1]))
        --size;
    text->assign(1, '[');
    char number[32];
    for (size_t i = 0; i < size; ++i) {
        if (i > 0)
            text->push_back(',');
        const double value = values[i];
        if (std::isnan(value)) {
            text->append("null");
            continue;
        }
        if (value >= 0.0 && value <= 9.0 && value == double(int(value))) { // most ratings
            text->push_back(char('0' + int(value)));
            continue;
        }
        // Ratings are mostly whole numbers: those print as integers, without "e" or ".0".
        const char *end = std::abs(value) < 1e15 && value == std::trunc(value)
                              ? std::to_chars(number, number + sizeof number, qint64(value)).ptr
                              : std::to_chars(number, number + sizeof number, value).ptr;
        text->append(number, size_t(end - number));
    }
    text->push_back(']');
}

bool JourneyRatings::read(QByteArrayView text, std::vector<double> *values)
{
    values->clear();
    const char *p = text.data();
    const char *const end = p + text.size();
    p = skipSpace(p, end);
    if (p == end || *p++ != '[')
        return false;
    p = skipSpace(p, end);
    if (p != end && *p == ']')
        return skipSpace(p + 1, end) == end;
    for (;;) {
        double value = 0.0;
        if (end - p >= 4 && std::memcmp(p, "null", 4) == 0) {
            value = std::nan("");
            p += 4;
        } else {
            // from_chars takes no leading "+", which JSON does not allow either.
            const auto number = std::from_chars(p, end, value);
            if (number.ec != std::errc() || !std::isfinite(value))
                break;
            p = number.ptr;
        }
        values->push_back(value);
        p = skipSpace(p, end);
        if (p == end)
            break;
        if (*p == ']' && skipSpace(p + 1, end) == end)
            return true;
        if (*p++ != ',')
            break;
        p = skipSpace(p, end);
    }
    values->clear();
    return false;
}

int JourneyRatings::count(const std::vector<double> &values)
{
    int count = 0;
    for (const double value : values)
        count += std::isnan(value) ? 0 : 1;
    return count;
}

void JourneyRatings::writeIds(const std::vector<qint64> &ids, std::string *text)
{
    write(std::vector<double>(ids.cbegin(), ids.cend()), text);
}

bool JourneyRatings::readIds(QByteArrayView text, std::vector<qint64> *ids)
{
    ids->clear();
    std::vector<double> values;
    if (!read(text, &values))
        return false;
    for (const double value : values) {
        if (std::isnan(value) || value != std::trunc(value) || std::abs(value) > 1e15) {
            ids->clear();
            return false;
        }
        ids->push_back(qint64(value));
    }
    return true;
}

} // namespace Peakend
