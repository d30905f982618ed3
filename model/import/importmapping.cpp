#include "importmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QString ImportMapping::problem(const QStringList &headers) const
{
    int ids = 0;
    int answers = 0;
    bool vendorColumn = false;
    bool everyRatingHasVendor = true;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnMapping &column = columns.at(i);
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
    }
    if (ids != 1)
        return tr("Exactly one column must hold the respondent id.");
    if (answers == 0)
        return tr("No column holds answers to import.");
    if (!vendorColumn && vendor.isEmpty() && !everyRatingHasVendor) {
        return tr("Say which vendor the answers rate: a column, the vendor of each rating "
                  "column, or one vendor for the whole file.");
    }
    bool subprocess = false;
    bool rating = false;
    for (const ColumnMapping &column : columns) {
        subprocess = subprocess || column.role == ColumnRole::Subprocess;
        rating = rating || column.role == ColumnRole::Rating;
    }
    if (subprocess != rating)
        return tr("A long layout needs both a subprocess column and a rating column.");
    if (surveyName.isEmpty())
        return tr("Give the wave a name.");
    return QString();
}

QByteArray ImportMapping::toJson() const
{
    QJsonArray columnArray;
    for (const ColumnMapping &column : columns) {
        QJsonObject object{{QStringLiteral("role"), QString()}};
        for (const RoleName &entry : roleNames) {
            if (entry.role == column.role)
                object[QStringLiteral("role")] = QLatin1String(entry.name);
        }
        if (!column.target.isEmpty())
            object[QStringLiteral("target")] = column.target;
        if (!column.vendor.isEmpty())
            object[QStringLiteral("vendor")] = column.vendor;
        columnArray.append(object);
    }
    QJsonArray codes;
    for (const double code : missingCodes)
        codes.append(code);
    const QJsonObject root{{QStringLiteral("headerRows"), headerRows},
                           {QStringLiteral("columns"), columnArray},
                           {QStringLiteral("vendor"), vendor},
                           {QStringLiteral("missingCodes"), codes},
                           {QStringLiteral("createMissing"), createMissing}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<ImportMapping> ImportMapping::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    ImportMapping mapping;
    mapping.headerRows = root.value(QStringLiteral("headerRows")).toInt(1);
    mapping.vendor = root.value(QStringLiteral("vendor")).toString();
    mapping.createMissing = root.value(QStringLiteral("createMissing")).toBool();
    for (const QJsonValue code : root.value(QStringLiteral("missingCodes")).toArray())
        mapping.missingCodes.append(code.toDouble());
    for (const QJsonValue value : root.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString role = object.value(QStringLiteral("role")).toString();
        ColumnMapping column;
        bool known = false;
        for (const RoleName &entry : roleNames) {
            if (role == QLatin1String(entry.name)) {
                column.role = entry.role;
                known = true;
            }
        }
        if (!known)
            return std::nullopt; // written by a newer Peakend: better no mapping than a wrong one
        column.target = object.value(QStringLiteral("target")).toString();
        column.vendor = object.value(QStringLiteral("vendor")).toString();
        mapping.columns.append(column);
    }
    if (mapping.headerRows < 1 || mapping.columns.isEmpty())
        return std::nullopt;
    return mapping;
}

} // namespace Peakend
