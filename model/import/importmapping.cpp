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
