#include "surveylayout.h"

#include "storage/projectrepository.h"

#include <QRegularExpression>

namespace Peakend {

namespace {

bool anyEquals(const QStringList &row, std::initializer_list<const char *> names)
{
    for (const QString &cell : row) {
        for (const char *name : names) {
            if (cell.trimmed().compare(QString::fromUtf8(name), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool mentions(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (text.contains(QString::fromUtf8(word), Qt::CaseInsensitive))
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

} // namespace

SurveyLayout SurveyLayout::detect(const QList<QStringList> &rows)
{
    SurveyLayout layout;
    if (rows.isEmpty())
        return layout;
    const QStringList &first = rows.at(0);
    const QStringList second = rows.value(1);
    const QStringList third = rows.value(2);
    layout.headers = first;
    const bool importIds = std::any_of(third.cbegin(), third.cend(), [](const QString &cell) {
        return cell.trimmed().startsWith(QLatin1String("{\"ImportId\""));
    });
    if (importIds) {
        layout.kind = Qualtrics;
        layout.headerRows = 3;
        layout.headers = second; // the question texts; the first row has field ids
    } else if (!first.isEmpty() && first.at(0).trimmed() == QLatin1String("V1")
               && first.value(1).trimmed() == QLatin1String("V2")) {
        layout.kind = QualtricsLegacy;
        layout.headerRows = 2;
        layout.headers = second; // the question texts; V1… say nothing
    } else if (anyEquals(first, {"Respondent ID"}) && anyEquals(first, {"Collector ID"})) {
        layout.kind = SurveyMonkey;
        layout.headerRows = 2;
        QString question;
        layout.headers.clear();
        for (int c = 0; c < int(first.size()); ++c) {
            if (!first.at(c).trimmed().isEmpty())
                question = first.at(c).trimmed();
            const QString option = second.value(c).trimmed();
            const bool plain = option.isEmpty() || option == QLatin1String("Response")
                               || option == QLatin1String("Open-Ended Response");
            layout.headers.append(plain ? question : question + QStringLiteral(" – ") + option);
        }
    } else if (anyEquals(first, {"submitdate"})
               && anyEquals(first, {"lastpage", "startlanguage"})) {
        layout.kind = LimeSurvey;
    } else if (!first.isEmpty()
               && anyEquals({first.at(0)}, {"Timestamp", "时间戳记", "時間戳記", "Zeitstempel",
                                            "Marca temporal", "Horodateur"})) {
        layout.kind = GoogleForms;
    } else {
        int roles = 0;
        for (const QString &header : first) {
            roles += mentions(header, {"subprocess", "stage", "step", "子流程", "环节", "環節"})
                     || mentions(header, {"rating", "score", "value", "评分", "評分"});
        }
        layout.kind = roles >= 2 && first.size() <= 12 ? PlainLong : PlainWide;
    }
    return layout;
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
    return catalogue;
}

QString SurveyLayout::kindName(Kind kind)
{
    switch (kind) {
    case PlainWide:
        return tr("One row per respondent");
    case PlainLong:
        return tr("One row per rating (long)");
    case Qualtrics:
        return tr("Qualtrics");
    case QualtricsLegacy:
        return tr("Qualtrics (legacy export)");
    case SurveyMonkey:
        return tr("SurveyMonkey");
    case LimeSurvey:
        return tr("LimeSurvey");
    case GoogleForms:
        return tr("Google Forms");
    }
    return QString();
}

ImportMapping MappingSuggester::suggest(const SurveyLayout &layout,
                                        const ImportCatalogue &catalogue)
{
    ImportMapping mapping;
    mapping.headerRows = layout.headerRows;
    const bool isLong = layout.kind == SurveyLayout::PlainLong;
    for (const QString &header : layout.headers) {
        ColumnMapping column;
        const QString text = header.trimmed();
        const QString subprocess = findName(text, catalogue.subprocesses);
        const QString factor = findName(text, catalogue.factors);
        const QString vendor = findName(text, catalogue.vendors);
        const QRegularExpression reason(
            QStringLiteral("^(dis)?like\\s*[:：]\\s*(.+)$|^(不)?喜欢\\s*[:：]\\s*(.+)$|^(不)?"
                           "喜歡\\s*[:：]\\s*(.+)$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch reasonMatch = reason.match(text);
        if (reasonMatch.hasMatch()) {
            const bool dislike = !reasonMatch.captured(1).isEmpty()
                                 || !reasonMatch.captured(3).isEmpty()
                                 || !reasonMatch.captured(5).isEmpty();
            column.role = dislike ? ColumnRole::ReasonDislike : ColumnRole::ReasonLike;
            column.target
                = (reasonMatch.captured(2) + reasonMatch.captured(4) + reasonMatch.captured(6))
                      .trimmed();
        } else if (mentions(text, {"respondent", "response id", "responseid", "受访者", "受訪者"})
                   || text.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0) {
            column.role = ColumnRole::RespondentId;
        } else if (mentions(text, {"vendor", "supplier", "供应商", "供應商", "厂商", "廠商"})) {
            column.role = ColumnRole::Vendor;
        } else if (isLong
                   && mentions(text, {"subprocess", "stage", "step", "子流程", "环节", "環節"})) {
            column.role = ColumnRole::Subprocess;
        } else if (isLong && mentions(text, {"rating", "score", "value", "评分", "評分"})) {
            column.role = ColumnRole::Rating;
        } else if (mentions(text, {"recommend", "nps", "推荐", "推薦"})) {
            column.role = ColumnRole::Recommend;
        } else if (mentions(text, {"overall", "总体满意", "整體滿意", "總體滿意"})) {
            column.role = ColumnRole::Overall;
        } else if (mentions(text, {"weight", "权重", "權重"})) {
            column.role = ColumnRole::Weight;
        } else if (!factor.isEmpty() && mentions(text, {"expect", "期望"})) {
            column = {ColumnRole::FactorExpectation, factor, vendor};
        } else if (!factor.isEmpty() && mentions(text, {"importan", "重要"})) {
            column = {ColumnRole::FactorImportance, factor, vendor};
        } else if (!subprocess.isEmpty()) {
            column = {ColumnRole::SubprocessRating, subprocess, vendor};
        } else if (!factor.isEmpty()) {
            column = {ColumnRole::FactorExperience, factor, vendor};
        } else if (mentions(text,
                            {"region", "tier", "segment", "channel", "size", "industry", "地区",
                             "地區", "渠道", "通路", "行业", "行業", "规模", "規模"})) {
            column = {ColumnRole::Attribute, text, QString()};
        }
        mapping.columns.append(column);
    }
    // Google Forms has no respondent id: each submission's timestamp is one.
    const bool hasId = std::any_of(
        mapping.columns.cbegin(), mapping.columns.cend(),
        [](const ColumnMapping &column) { return column.role == ColumnRole::RespondentId; });
    if (!hasId && layout.kind == SurveyLayout::GoogleForms && !mapping.columns.isEmpty())
        mapping.columns[0] = {ColumnRole::RespondentId, QString(), QString()};
    return mapping;
}

} // namespace Peakend
