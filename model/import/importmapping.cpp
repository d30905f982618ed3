#include "importmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Peakend {

namespace {

// Stable names for the file: the enum's order may change, what is saved may not.
struct RoleName
{
    ColumnRole role;
    const char *name;
};
constexpr RoleName roleNames[] = {
    {ColumnRole::Ignore, "ignore"},
    {ColumnRole::RespondentId, "respondent-id"},
    {ColumnRole::Vendor, "vendor"},
    {ColumnRole::Subprocess, "subprocess"},
    {ColumnRole::Rating, "rating"},
    {ColumnRole::SubprocessRating, "subprocess-rating"},
    {ColumnRole::FactorExperience, "factor-experience"},
    {ColumnRole::FactorExpectation, "factor-expectation"},
    {ColumnRole::FactorImportance, "factor-importance"},
    {ColumnRole::Overall, "overall"},
    {ColumnRole::Recommend, "recommend"},
    {ColumnRole::ReasonLike, "reason-like"},
    {ColumnRole::ReasonDislike, "reason-dislike"},
    {ColumnRole::Attribute, "attribute"},
    {ColumnRole::Weight, "weight"},
};

} // namespace

bool ImportMapping::isPerVendor(ColumnRole role)
{
    return role == ColumnRole::SubprocessRating || role == ColumnRole::FactorExperience
           || role == ColumnRole::FactorExpectation || role == ColumnRole::FactorImportance
           || role == ColumnRole::ReasonLike || role == ColumnRole::ReasonDislike;
}

bool ImportMapping::isRating(ColumnRole role)
{
    return role == ColumnRole::Rating || role == ColumnRole::SubprocessRating
           || role == ColumnRole::FactorExperience || role == ColumnRole::FactorExpectation
           || role == ColumnRole::FactorImportance || role == ColumnRole::Overall
           || role == ColumnRole::Recommend;
}

QString ImportMapping::roleKey(ColumnRole role)
{
    for (const RoleName &entry : roleNames) {
        if (entry.role == role)
            return QLatin1String(entry.name);
    }
    return QString();
}

QStringList ImportMapping::roleKeys()
{
    QStringList keys;
    for (const RoleName &entry : roleNames)
        keys.append(QLatin1String(entry.name));
    return keys;
}

QString ImportMapping::roleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignore:
        return tr("(not imported)");
    case ColumnRole::RespondentId:
        return tr("Respondent id");
    case ColumnRole::Vendor:
        return tr("Vendor");
    case ColumnRole::Subprocess:
        return tr("Subprocess (long layout)");
    case ColumnRole::Rating:
        return tr("Rating (long layout)");
    case ColumnRole::SubprocessRating:
        return tr("Subprocess rating");
    case ColumnRole::FactorExperience:
        return tr("Factor: experience");
    case ColumnRole::FactorExpectation:
        return tr("Factor: expectation");
    case ColumnRole::FactorImportance:
        return tr("Factor: importance");
    case ColumnRole::Overall:
        return tr("Overall satisfaction");
    case ColumnRole::Recommend:
        return tr("Likelihood to recommend (0–10)");
    case ColumnRole::ReasonLike:
        return tr("Reason liked (multi-select)");
    case ColumnRole::ReasonDislike:
        return tr("Reason disliked (multi-select)");
    case ColumnRole::Attribute:
        return tr("Segment attribute");
    case ColumnRole::Weight:
        return tr("Weight");
    }
    return QString();
}

ValueCoding ImportMapping::sharedCoding() const
{
    ValueCoding shared;
    shared.labels = labels;
    shared.missing = missingCodes;
    return shared;
}

QString ImportMapping::problem(const QStringList &headers) const
{
    if (!headers.isEmpty() && headers.size() != columns.size()) {
        return tr("The mapping describes %n column(s), the file has %1.", nullptr,
                  int(columns.size()))
            .arg(headers.size());
    }
    int ids = 0;
    int answers = 0;
    bool vendorColumn = false;
    bool everyRatingHasVendor = true;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnMapping &column = columns.at(i);
        if (!column.header.isEmpty() && !headers.value(i).isEmpty()
            && column.header.trimmed() != headers.value(i).trimmed()) {
            return tr("Column %1 of the mapping was made for “%2”; the file has “%3” there.")
                .arg(i + 1)
                .arg(column.header, headers.value(i));
        }
        ids += column.role == ColumnRole::RespondentId;
        vendorColumn = vendorColumn || column.role == ColumnRole::Vendor;
        answers += column.role != ColumnRole::Ignore && column.role != ColumnRole::RespondentId
                   && column.role != ColumnRole::Vendor && column.role != ColumnRole::Attribute
                   && column.role != ColumnRole::Weight;
        if (isPerVendor(column.role) && column.target.isEmpty()) {
            return tr("Column %1 (“%2”) needs the subprocess, factor or attribute it is about.")
                .arg(i + 1)
                .arg(headers.value(i));
        }
        if (column.role == ColumnRole::Attribute && column.target.isEmpty())
            return tr("Column %1 needs the attribute's name.").arg(i + 1);
        if (isPerVendor(column.role) && column.vendor.isEmpty())
            everyRatingHasVendor = false;
        const ValueCoding &coding = column.coding;
        if ((!std::isnan(coding.min) || !std::isnan(coding.max)) && !coding.hasOwnScale()) {
            return tr("Column %1 (“%2”): its scale needs a minimum below its maximum.")
                .arg(i + 1)
                .arg(headers.value(i));
        }
    }
    if (ids > 1)
        return tr("Only one column can hold the respondent id.");
    if (ids == 0 && !idFromRow) {
        return tr("No column holds the respondent id: map one, or count each row as one "
                  "respondent.");
    }
    if (answers == 0)
        return tr("No column holds answers to import.");
    if (!vendorColumn && vendor.isEmpty() && !everyRatingHasVendor) {
        return tr("Say which vendor the answers rate: a column, the vendor of each rating "
                  "column, or one vendor for the whole file.");
    }
    if (scale && !scale->isValid()) {
        return tr("The wave's scale needs a minimum below its maximum and the neutral point "
                  "between them.");
    }
    bool subprocess = false;
    bool rating = false;
    for (const ColumnMapping &column : columns) {
        subprocess = subprocess || column.role == ColumnRole::Subprocess;
        rating = rating || column.role == ColumnRole::Rating;
    }
    if (subprocess != rating)
        return tr("A long layout needs both a subprocess column and a rating column.");
    if (subprocess && ids == 0)
        return tr("A long layout needs a column with the respondent id: one respondent has "
                  "several rows.");
    if (surveyName.isEmpty())
        return tr("Give the wave a name.");
    return QString();
}

namespace {

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject labelObject(const QMap<QString, double> &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), number(*it));
    return object;
}

QJsonArray numberArray(const QList<double> &numbers)
{
    QJsonArray array;
    for (const double value : numbers)
        array.append(value);
    return array;
}

// Reads the JSON of a mapping, saying in error what it cannot read (where and why).
class MappingJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    QString error;

    bool keys(const QJsonObject &object, const QStringList &allowed, const QString &where)
    {
        for (const QString &key : object.keys()) {
            if (!allowed.contains(key)) {
                return fail(tr("%1: unknown key “%2” (known: %3).")
                                .arg(where, key, allowed.join(QStringLiteral(", "))));
            }
        }
        return true;
    }
    bool labels(const QJsonValue &value, const QString &where, QMap<QString, double> *labels)
    {
        if (value.isUndefined())
            return true;
        if (!value.isObject())
            return fail(tr("%1: “labels” must be an object of text → number or null.").arg(where));
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it->isDouble() && !it->isNull()) {
                return fail(tr("%1: the label “%2” must stand for a number or null (no answer).")
                                .arg(where, it.key()));
            }
            labels->insert(it.key(), it->isNull() ? qQNaN() : it->toDouble());
        }
        return true;
    }
    bool numbers(const QJsonValue &value, const QString &where, const QString &key,
                 QList<double> *numbers)
    {
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(tr("%1: “%2” must be a list of numbers.").arg(where, key));
        for (const QJsonValue item : value.toArray()) {
            if (!item.isDouble())
                return fail(tr("%1: “%2” must be a list of numbers.").arg(where, key));
            numbers->append(item.toDouble());
        }
        return true;
    }
    bool text(const QJsonValue &value, const QString &where, const QString &key, QString *text)
    {
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return fail(tr("%1: “%2” must be text.").arg(where, key));
        *text = value.toString();
        return true;
    }
    bool flag(const QJsonValue &value, const QString &where, const QString &key, bool *flag)
    {
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(tr("%1: “%2” must be true or false.").arg(where, key));
        *flag = value.toBool();
        return true;
    }
    bool fail(const QString &message)
    {
        error = message;
        return false;
    }
};

} // namespace

QByteArray ImportMapping::toJson(QJsonDocument::JsonFormat format) const
{
    QJsonArray columnArray;
    for (const ColumnMapping &column : columns) {
        QJsonObject object{{QStringLiteral("role"), roleKey(column.role)}};
        if (!column.header.isEmpty())
            object[QStringLiteral("header")] = column.header;
        if (!column.target.isEmpty())
            object[QStringLiteral("target")] = column.target;
        if (!column.vendor.isEmpty())
            object[QStringLiteral("vendor")] = column.vendor;
        const ValueCoding &coding = column.coding;
        if (coding.hasOwnScale())
            object[QStringLiteral("scale")] = QJsonArray{coding.min, coding.max};
        if (coding.reversed)
            object[QStringLiteral("reverse")] = true;
        if (!coding.labels.isEmpty())
            object[QStringLiteral("labels")] = labelObject(coding.labels);
        if (!coding.missing.isEmpty())
            object[QStringLiteral("missing")] = numberArray(coding.missing);
        columnArray.append(object);
    }
    QJsonObject root{{QStringLiteral("headerRows"), headerRows},
                     {QStringLiteral("columns"), columnArray},
                     {QStringLiteral("vendor"), vendor},
                     {QStringLiteral("missingCodes"), numberArray(missingCodes)},
                     {QStringLiteral("createMissing"), createMissing}};
    if (!labels.isEmpty())
        root[QStringLiteral("labels")] = labelObject(labels);
    if (scale) {
        root[QStringLiteral("scale")] = QJsonObject{{QStringLiteral("min"), scale->min},
                                                    {QStringLiteral("max"), scale->max},
                                                    {QStringLiteral("neutral"), scale->neutral}};
    }
    if (idFromRow)
        root[QStringLiteral("respondentId")] = QStringLiteral("row");
    return QJsonDocument(root).toJson(format);
}

std::optional<ImportMapping> ImportMapping::fromJson(const QByteArray &json, QString *error)
{
    MappingJsonReader read;
    const auto failed = [&]() -> std::optional<ImportMapping> {
        if (error)
            *error = read.error;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        read.fail(tr("Not JSON: %1 at character %2.")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
        return failed();
    }
    if (!document.isObject()) {
        read.fail(tr("A mapping is a JSON object with “columns”."));
        return failed();
    }
    const QJsonObject root = document.object();
    const QString top = tr("The mapping");
    ImportMapping mapping;
    if (!read.keys(root,
                   {QStringLiteral("headerRows"), QStringLiteral("columns"),
                    QStringLiteral("vendor"), QStringLiteral("missingCodes"),
                    QStringLiteral("createMissing"), QStringLiteral("labels"),
                    QStringLiteral("scale"), QStringLiteral("respondentId")},
                   top)
        || !read.text(root.value(QStringLiteral("vendor")), top, QStringLiteral("vendor"),
                      &mapping.vendor)
        || !read.flag(root.value(QStringLiteral("createMissing")), top,
                      QStringLiteral("createMissing"), &mapping.createMissing)
        || !read.numbers(root.value(QStringLiteral("missingCodes")), top,
                         QStringLiteral("missingCodes"), &mapping.missingCodes)
        || !read.labels(root.value(QStringLiteral("labels")), top, &mapping.labels)) {
        return failed();
    }
    const QJsonValue headerRows = root.value(QStringLiteral("headerRows"));
    mapping.headerRows = headerRows.isUndefined() ? 1 : headerRows.toInt(0);
    if (mapping.headerRows < 1 || mapping.headerRows > 10) {
        read.fail(tr("%1: “headerRows” must be a whole number from 1 to 10.").arg(top));
        return failed();
    }
    const QJsonValue respondentId = root.value(QStringLiteral("respondentId"));
    if (!respondentId.isUndefined() && respondentId.toString() != QLatin1String("row")) {
        read.fail(tr("%1: “respondentId” can only be “row” (each row one respondent).").arg(top));
        return failed();
    }
    mapping.idFromRow = !respondentId.isUndefined();
    const QJsonValue scale = root.value(QStringLiteral("scale"));
    if (!scale.isUndefined()) {
        const QJsonObject object = scale.toObject();
        const QString where = tr("The mapping's scale");
        if (!read.keys(object,
                       {QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("neutral")},
                       where)) {
            return failed();
        }
        Scale wave;
        wave.min = object.value(QStringLiteral("min")).toDouble(qQNaN());
        wave.max = object.value(QStringLiteral("max")).toDouble(qQNaN());
        wave.neutral
            = object.value(QStringLiteral("neutral")).toDouble((wave.min + wave.max) / 2.0);
        if (!scale.isObject() || !wave.isValid()) {
            read.fail(tr("%1 must be {\"min\": …, \"max\": …, \"neutral\": …} with the minimum "
                         "below the maximum and the neutral point between them.")
                          .arg(where));
            return failed();
        }
        mapping.scale = wave;
    }
    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (!columns.isArray() || columns.toArray().isEmpty()) {
        read.fail(tr("%1 needs “columns”: a list with one entry per column of the file.").arg(top));
        return failed();
    }
    int position = 0;
    for (const QJsonValue value : columns.toArray()) {
        ++position;
        const QString where = tr("Column %1 of the mapping").arg(position);
        if (!value.isObject()) {
            read.fail(tr("%1 must be an object with a “role”.").arg(where));
            return failed();
        }
        const QJsonObject object = value.toObject();
        ColumnMapping column;
        QString role;
        QList<double> range;
        ValueCoding &coding = column.coding;
        if (!read.keys(object,
                       {QStringLiteral("role"), QStringLiteral("header"), QStringLiteral("target"),
                        QStringLiteral("vendor"), QStringLiteral("scale"),
                        QStringLiteral("reverse"), QStringLiteral("labels"),
                        QStringLiteral("missing")},
                       where)
            || !read.text(object.value(QStringLiteral("role")), where, QStringLiteral("role"),
                          &role)
            || !read.text(object.value(QStringLiteral("header")), where, QStringLiteral("header"),
                          &column.header)
            || !read.text(object.value(QStringLiteral("target")), where, QStringLiteral("target"),
                          &column.target)
            || !read.text(object.value(QStringLiteral("vendor")), where, QStringLiteral("vendor"),
                          &column.vendor)
            || !read.numbers(object.value(QStringLiteral("scale")), where, QStringLiteral("scale"),
                             &range)
            || !read.flag(object.value(QStringLiteral("reverse")), where, QStringLiteral("reverse"),
                          &coding.reversed)
            || !read.labels(object.value(QStringLiteral("labels")), where, &coding.labels)
            || !read.numbers(object.value(QStringLiteral("missing")), where,
                             QStringLiteral("missing"), &coding.missing)) {
            return failed();
        }
        if (!roleKeys().contains(role)) {
            // Also what a newer Peakend's role reads as: better no mapping than a wrong one.
            read.fail(tr("%1: unknown role “%2” (known: %3).")
                          .arg(where, role, roleKeys().join(QStringLiteral(", "))));
            return failed();
        }
        for (const RoleName &entry : roleNames) {
            if (role == QLatin1String(entry.name))
                column.role = entry.role;
        }
        if (!range.isEmpty()) {
            if (range.size() != 2 || !(range.at(0) < range.at(1))) {
                read.fail(tr("%1: “scale” must be [minimum, maximum] with the minimum below the "
                             "maximum.")
                              .arg(where));
                return failed();
            }
            coding.min = range.at(0);
            coding.max = range.at(1);
        }
        mapping.columns.append(column);
    }
    return mapping;
}

} // namespace Peakend
