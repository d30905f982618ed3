#include "mappingsuggester.h"

#include "likertlabels.h"
#include "storage/projectrepository.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Peakend {

namespace {

bool mentions(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QString::fromUtf8(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Letters and digits only, any case.
QString bare(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toCaseFolded());
    }
    return result;
}

bool bareIs(const QString &text, std::initializer_list<const char *> words)
{
    const QString b = bare(text);
    for (const char *word : words) {
        if (b == QString::fromUtf8(word))
            return true;
    }
    return false;
}

// The catalogue name a header is about: the longest one it contains.
QString findName(const QString &header, const QStringList &names)
{
    QString best;
    for (const QString &name : names) {
        if (name.size() > best.size() && header.contains(name, Qt::CaseInsensitive))
            best = name;
    }
    return best;
}

// The question's own text, without the field code the layout added in brackets.
QString questionText(const QString &header, const QString &code)
{
    QString text = header.trimmed();
    if (!code.trimmed().isEmpty() && text.endsWith(QStringLiteral(" (%1)").arg(code.trimmed())))
        text.chop(code.trimmed().size() + 3);
    return text;
}

} // namespace

bool MappingSuggester::isToolColumn(const QString &code)
{
    return bareIs(code, {"startdate",
                         "enddate",
                         "status",
                         "ipaddress",
                         "progress",
                         "durationinseconds",
                         "finished",
                         "recordeddate",
                         "recipientlastname",
                         "recipientfirstname",
                         "recipientemail",
                         "externalreference",
                         "externaldatareference",
                         "locationlatitude",
                         "locationlongitude",
                         "distributionchannel",
                         "userlanguage",
                         "collectorid",
                         "emailaddress",
                         "firstname",
                         "lastname",
                         "customdata1",
                         "submitdate",
                         "lastpage",
                         "startlanguage",
                         "seed",
                         "datestamp",
                         "ipaddr",
                         "refurl",
                         "datesubmitted",
                         "datumabgeschickt",
                         "letzteseite",
                         "startsprache",
                         "responseset",
                         "name",
                         "externaldatareference",
                         "q_recaptchascore",
                         "q_relevantidduplicate",
                         "q_relevantidfraudscore"});
}

namespace {

// ratings: the sample's answers are numbers or answer labels, so the column rates something
// even when its header mentions the vendor ("each step of the vendor's service – Quote").
ColumnMapping roleOf(const QString &header, const QString &code, bool isLong, bool ratings,
                     const ImportCatalogue &catalogue)
{
    const QString text = questionText(header, code);
    const QString subprocess = findName(text, catalogue.subprocesses);
    const QString factor = findName(text, catalogue.factors);
    const QString vendor = findName(text, catalogue.vendors);
    static const QRegularExpression reason(
        QStringLiteral("^(dis)?like\\s*[:：]\\s*(.+)$|^(不)?喜欢\\s*[:：]\\s*(.+)$|^(不)?"
                       "喜歡\\s*[:：]\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch reasonMatch = reason.match(text);
    if (reasonMatch.hasMatch()) {
        const bool dislike = !reasonMatch.captured(1).isEmpty()
                             || !reasonMatch.captured(3).isEmpty()
                             || !reasonMatch.captured(5).isEmpty();
        const QString target
            = (reasonMatch.captured(2) + reasonMatch.captured(4) + reasonMatch.captured(6))
                  .trimmed();
        return {dislike ? ColumnRole::ReasonDislike : ColumnRole::ReasonLike, target, vendor};
    }
    if (bareIs(code, {"responseid", "respondentid", "recordid", "id", "responsenumber"})
        || mentions(text, {"respondent", "response id", "responseid", "受访者", "受訪者",
                           "antwort-id", "antwort id", "befragte"})
        || bareIs(text, {"id"})) {
        return {ColumnRole::RespondentId, QString(), QString()};
    }
    if (MappingSuggester::isToolColumn(code) || MappingSuggester::isToolColumn(text))
        return {};
    if (!ratings
        && (mentions(text, {"vendor", "supplier", "供应商", "供應商", "厂商", "廠商", "anbieter",
                            "lieferant"})
            || bareIs(text, {"brand", "brandname", "品牌", "marke", "company", "公司"}))) {
        return {ColumnRole::Vendor, QString(), QString()};
    }
    if (isLong && mentions(text, {"subprocess", "stage", "step", "子流程", "环节", "環節"}))
        return {ColumnRole::Subprocess, QString(), QString()};
    if (isLong && mentions(text, {"rating", "score", "value", "评分", "評分"}))
        return {ColumnRole::Rating, QString(), QString()};
    if (mentions(text, {"recommend", "nps", "推荐", "推薦", "empfehl", "recomend"}))
        return {ColumnRole::Recommend, QString(), vendor};
    if (mentions(text, {"overall", "总体满意", "整體滿意", "總體滿意", "gesamtzufriedenheit",
                        "insgesamt"})
        || bareIs(text, {"satisfaction", "满意度", "滿意度"})) {
        return {ColumnRole::Overall, QString(), vendor};
    }
    if (mentions(text, {"weight", "权重", "權重", "gewicht"}))
        return {ColumnRole::Weight, QString(), QString()};
    if (!factor.isEmpty() && mentions(text, {"expect", "期望", "erwart"}))
        return {ColumnRole::FactorExpectation, factor, vendor};
    if (!factor.isEmpty() && mentions(text, {"importan", "重要", "wichtig"}))
        return {ColumnRole::FactorImportance, factor, vendor};
    if (!subprocess.isEmpty())
        return {ColumnRole::SubprocessRating, subprocess, vendor};
    if (!factor.isEmpty())
        return {ColumnRole::FactorExperience, factor, vendor};
    if (mentions(text,
                 {"region", "tier", "segment", "channel", "industry",   "country", "gender", "地区",
                  "地區",   "渠道", "通路",    "行业",    "行業",       "规模",    "規模",   "性别",
                  "性別",   "年龄", "年齡",    "branche", "geschlecht", "land"})
        || bareIs(text, {"size", "age", "city", "group", "type", "class"})) {
        return {ColumnRole::Attribute, text, QString()};
    }
    return {};
}

// What the sample says of one column.
struct Answers
{
    QList<double> numbers;
    QStringList texts; // distinct, as written
};

// The smallest common scale holding the numbers: 1–5, 1–7, 1–10 or 0–100 (0 at the bottom
// when an answer is 0). A few answers above the top (one in ten at most) are taken for typos,
// to be reported as outside the scale, not as a sign of a wider one.
std::optional<QPair<double, double>> scaleHolding(const QList<double> &numbers)
{
    if (numbers.isEmpty())
        return std::nullopt;
    const double low = *std::min_element(numbers.cbegin(), numbers.cend());
    if (low < 0.0)
        return std::nullopt;
    for (const double top : {5.0, 7.0, 10.0, 100.0}) {
        const auto above = std::count_if(numbers.cbegin(), numbers.cend(),
                                         [top](double value) { return value > top; });
        if (above * 10 <= numbers.size() && (above == 0 || top >= 10.0))
            return QPair<double, double>(low < 1.0 ? 0.0 : 1.0, top);
    }
    return std::nullopt;
}

} // namespace

QString MappingSuggester::nameFromHeader(const QString &header, const QStringList &known)
{
    QString best;
    for (const QString &name : known) {
        if (name.size() > best.size() && header.contains(name, Qt::CaseInsensitive))
            best = name;
    }
    if (!best.isEmpty())
        return best;
    // "Question – Option", "Question [Option]", "Question - Option (Q2_1)", "Question: Option"
    static const QRegularExpression code(QStringLiteral("\\s*\\([^()]*\\)\\s*$"));
    QString text = header;
    text.remove(code);
    static const QRegularExpression bracket(QStringLiteral("\\[([^\\[\\]]+)\\]\\s*$"));
    if (const QRegularExpressionMatch match = bracket.match(text); match.hasMatch())
        return match.captured(1).trimmed();
    for (const QString &separator : {QStringLiteral(" – "), QStringLiteral(" - "),
                                     QStringLiteral(": "), QStringLiteral("：")}) {
        const qsizetype at = text.lastIndexOf(separator);
        if (at > 0 && at + separator.size() < text.size())
            return text.mid(at + separator.size()).trimmed();
    }
    return text.trimmed();
}

ImportCatalogue ImportCatalogue::of(const ProjectRepository &repository)
{
    ImportCatalogue catalogue;
    for (const Vendor &vendor : repository.vendors())
        catalogue.vendors.append(vendor.name);
    for (const Subprocess &subprocess : repository.subprocesses())
        catalogue.subprocesses.append(subprocess.name);
    for (const Factor &factor : repository.factors())
        catalogue.factors.append(factor.name);
    catalogue.scale = repository.projectInfo().scale;
    return catalogue;
}

QList<double> MappingSuggester::missingCodesIn(const QList<double> &values)
{
    double highest = -std::numeric_limits<double>::infinity();
    for (const double value : values) {
        if (value >= 0.0 && value < 90.0)
            highest = std::max(highest, value);
    }
    QList<double> codes;
    for (const double value : values) {
        const bool negative = value < 0.0;
        const bool nines = (value == 99.0 || value == 98.0 || value == 999.0 || value == 9999.0)
                           && highest <= 11.0;
        if ((negative || nines) && !codes.contains(value))
            codes.append(value);
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

ImportMapping MappingSuggester::suggest(const SurveyLayout &layout,
                                        const ImportCatalogue &catalogue,
                                        const QList<QStringList> &sample,
                                        const QList<QMap<QString, QString>> &valueLabels)
{
    ImportMapping mapping;
    mapping.headerRows = layout.headerRows;
    const bool isLong = layout.kind == SurveyLayout::PlainLong;
    // What the answers say: numbers and text per column.
    QList<Answers> answers(layout.headers.size());
    for (const QStringList &row : sample) {
        for (int c = 0; c < int(answers.size()) && c < int(row.size()); ++c) {
            const QString cell = row.at(c).trimmed();
            double number = 0.0;
            if (cell.isEmpty())
                continue;
            if (AnswerDecoder::parseNumber(cell, &number))
                answers[c].numbers.append(number);
            else if (!answers[c].texts.contains(cell) && answers[c].texts.size() < 64)
                answers[c].texts.append(cell);
        }
    }
    for (int c = 0; c < int(layout.headers.size()); ++c) {
        const Answers &columnAnswers = answers.at(c);
        const QMap<QString, QString> codes = valueLabels.value(c);
        // Coded answers whose labels are names, not points of a scale, are a category.
        const bool category
            = !codes.isEmpty() && !LikertLabels::suggest(codes.values()).has_value();
        const bool ratings = !category
                             && (!columnAnswers.numbers.isEmpty() || !columnAnswers.texts.isEmpty())
                             && (columnAnswers.texts.isEmpty()
                                 || LikertLabels::suggest(columnAnswers.texts).has_value());
        ColumnMapping column
            = roleOf(layout.headers.at(c), layout.codes.value(c), isLong, ratings, catalogue);
        column.header = layout.headers.at(c);
        mapping.columns.append(column);
    }
    // Google Forms has no respondent id: each submission's timestamp is one.
    const auto hasId = [&mapping] {
        return std::any_of(
            mapping.columns.cbegin(), mapping.columns.cend(),
            [](const ColumnMapping &column) { return column.role == ColumnRole::RespondentId; });
    };
    if (!hasId() && layout.kind == SurveyLayout::GoogleForms && !mapping.columns.isEmpty())
        mapping.columns[0].role = ColumnRole::RespondentId;
    mapping.idFromRow = !hasId() && !isLong;
    if (sample.isEmpty())
        return mapping;

    const auto isScaleRating = [](ColumnRole role) {
        return ImportMapping::isRating(role) && role != ColumnRole::Overall
               && role != ColumnRole::Recommend;
    };
    // Value labels that mean no answer ("Don't know" = 9) are the column's missing codes.
    for (int c = 0; c < int(mapping.columns.size()); ++c) {
        ColumnMapping &column = mapping.columns[c];
        if (!ImportMapping::isRating(column.role))
            continue;
        const QMap<QString, QString> codes = valueLabels.value(c);
        for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
            double code = 0.0;
            if (LikertLabels::meansNoAnswer(*it) && AnswerDecoder::parseNumber(it.key(), &code))
                column.coding.missing.append(code);
        }
    }
    // Codes for no answer, from every column of numbers on a scale, and attributes.
    QList<double> ratingNumbers;
    for (int c = 0; c < int(answers.size()); ++c) {
        const ColumnRole role = mapping.columns.at(c).role;
        if (ImportMapping::isRating(role) || role == ColumnRole::Attribute) {
            for (const double code : missingCodesIn(answers.at(c).numbers)) {
                if (!mapping.missingCodes.contains(code))
                    mapping.missingCodes.append(code);
            }
        }
    }
    std::sort(mapping.missingCodes.begin(), mapping.missingCodes.end());
    const auto answered = [&](int c) {
        QList<double> numbers;
        for (const double value : answers.at(c).numbers) {
            if (!mapping.missingCodes.contains(value)
                && !mapping.columns.at(c).coding.missing.contains(value))
                numbers.append(value);
        }
        // The points a file's value labels name are on the scale even when no one chose them.
        const QMap<QString, QString> codes = valueLabels.value(c);
        for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
            double point = 0.0;
            if (!LikertLabels::meansNoAnswer(*it) && AnswerDecoder::parseNumber(it.key(), &point))
                numbers.append(point);
        }
        return numbers;
    };
    // Labels: numbers for the text answers of the columns that rate, or may.
    QList<int> labelPoints(answers.size(), 0);
    for (int c = 0; c < int(answers.size()); ++c) {
        ColumnMapping &column = mapping.columns[c];
        if (answers.at(c).texts.isEmpty()
            || (!ImportMapping::isRating(column.role) && column.role != ColumnRole::Ignore)) {
            continue;
        }
        if (const auto labels = LikertLabels::suggest(answers.at(c).texts)) {
            column.coding.labels = labels->labels;
            labelPoints[c] = labels->points;
            if (labels->binary) {
                column.coding.min = 0.0;
                column.coding.max = 1.0;
            }
        }
    }
    // The wave's scale: the smallest common one that holds the ratings.
    QList<double> ratings;
    for (int c = 0; c < int(answers.size()); ++c) {
        const ColumnMapping &column = mapping.columns.at(c);
        if (!isScaleRating(column.role) || column.coding.hasOwnScale())
            continue;
        ratings += answered(c);
        for (const double value : column.coding.labels) {
            if (!std::isnan(value))
                ratings.append(value);
        }
        if (labelPoints.at(c) > 0)
            ratings += {1.0, double(labelPoints.at(c))};
    }
    // No ratings mapped yet (a journey the project does not have): the overall answers and
    // the columns of numbers left out, likely the ratings still to map, say what scale the
    // export uses.
    if (ratings.isEmpty()) {
        for (int c = 0; c < int(answers.size()); ++c) {
            const ColumnRole role = mapping.columns.at(c).role;
            const bool unmapped = role == ColumnRole::Ignore && answers.at(c).texts.isEmpty()
                                  && !isToolColumn(layout.codes.value(c))
                                  && !isToolColumn(layout.headers.value(c));
            if (role == ColumnRole::Overall || unmapped)
                ratings += answered(c);
            if (role == ColumnRole::Ignore && labelPoints.at(c) > 2)
                ratings += {1.0, double(labelPoints.at(c))};
        }
    }
    const auto wave = scaleHolding(ratings);
    if (wave) {
        const bool project
            = catalogue.scale.min == wave->first && catalogue.scale.max == wave->second;
        mapping.scale
            = Scale{wave->first, wave->second,
                    project ? catalogue.scale.neutral : (wave->first + wave->second) / 2.0};
        // A labelled column with fewer points than the wave's scale keeps its own.
        for (int c = 0; c < int(answers.size()); ++c) {
            ValueCoding &coding = mapping.columns[c].coding;
            if (labelPoints.at(c) > 0 && !coding.hasOwnScale()
                && (labelPoints.at(c) != wave->second || wave->first != 1.0)) {
                coding.min = 1.0;
                coding.max = labelPoints.at(c);
            }
        }
    }
    // A project with no journey yet: the columns of numbers on the wave's scale, or of
    // answer labels on one ("Very favorably" …), that name nothing else are its subprocesses,
    // in the file's order (added on import with createMissing).
    if (wave && catalogue.subprocesses.isEmpty()) {
        for (int c = 0; c < int(answers.size()); ++c) {
            ColumnMapping &column = mapping.columns[c];
            const QList<double> numbers = answered(c);
            const bool onScale = !numbers.isEmpty()
                                 && std::all_of(numbers.cbegin(), numbers.cend(), [&](double v) {
                                        return v >= wave->first && v <= wave->second;
                                    });
            const bool labelled = labelPoints.at(c) > 2;
            if (column.role == ColumnRole::Ignore
                && (labelled || (onScale && answers.at(c).texts.isEmpty()))
                && !isToolColumn(layout.codes.value(c)) && !isToolColumn(layout.headers.value(c))
                && !questionText(layout.headers.at(c), layout.codes.value(c)).isEmpty()) {
                column.role = ColumnRole::SubprocessRating;
                column.target = nameFromHeader(layout.headers.at(c), {});
            }
        }
    }
    // Overall satisfaction on another scale than the ratings (0–10 beside 1–5 grids), and
    // likelihood to recommend coded 1–11.
    for (int c = 0; c < int(answers.size()); ++c) {
        ColumnMapping &column = mapping.columns[c];
        const QList<double> numbers = answered(c);
        if (numbers.isEmpty() || column.coding.hasOwnScale())
            continue;
        const double columnLow = *std::min_element(numbers.cbegin(), numbers.cend());
        const double columnHigh = *std::max_element(numbers.cbegin(), numbers.cend());
        const auto own = scaleHolding(numbers);
        if (column.role == ColumnRole::Recommend && columnHigh == 11.0 && columnLow >= 1.0) {
            column.coding.min = 1.0;
            column.coding.max = 11.0;
        } else if (column.role == ColumnRole::Overall && wave && own
                   && (columnHigh > wave->second || columnLow < wave->first)) {
            column.coding.min = own->first;
            column.coding.max = own->second;
        }
    }
    return mapping;
}

} // namespace Peakend
