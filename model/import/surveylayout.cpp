#include "surveylayout.h"

#include "valuecoding.h"

namespace Peakend {

namespace {

bool equalsAny(const QString &cell, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (cell.trimmed().compare(QString::fromUtf8(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool anyEquals(const QStringList &row, std::initializer_list<const char *> names)
{
    return std::any_of(row.cbegin(), row.cend(),
                       [&](const QString &cell) { return equalsAny(cell, names); });
}

// Letters and digits only, any case: "Response ID" and "ResponseId" are the same name.
QString bare(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result.append(c.toCaseFolded());
    }
    return result;
}

// A question's text with its field code where the code says something the text does not.
QString combined(const QString &question, const QString &code)
{
    const QString q = question.trimmed();
    const QString c = code.trimmed();
    if (q.isEmpty())
        return c;
    if (c.isEmpty() || bare(q) == bare(c))
        return q;
    return QStringLiteral("%1 (%2)").arg(q, c);
}

// SurveyMonkey's and other tools' grid questions: the question stands above its first option
// only; the blank cells after it continue it.
QStringList continued(const QStringList &questions, const QStringList &options)
{
    QStringList result;
    QString question;
    for (int c = 0; c < int(std::max(questions.size(), options.size())); ++c) {
        const QString cell = questions.value(c).trimmed();
        if (!cell.isEmpty())
            question = cell;
        else if (options.value(c).trimmed().isEmpty())
            question.clear(); // a blank column, not a continuation
        result.append(cell.isEmpty() ? question : cell);
    }
    return result;
}

bool isNumber(const QString &cell)
{
    double value = 0.0;
    return AnswerDecoder::parseNumber(cell, &value);
}

// Header rows of an export no tool is known for: the rows under the first that hold text
// where the answers below are numbers (a question's text, then its options). At most 3.
int guessHeaderRows(const QList<QStringList> &rows)
{
    const int firstData = 3; // the rows judged: those that cannot be headers
    if (rows.size() < firstData + 2)
        return 1;
    int width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, int(row.size()));
    QList<int> numeric; // columns whose answers are numbers
    for (int c = 0; c < width; ++c) {
        int numbers = 0;
        bool onlyNumbers = true;
        for (int r = firstData; r < rows.size(); ++r) {
            const QString cell = rows.at(r).value(c).trimmed();
            if (cell.isEmpty())
                continue;
            onlyNumbers = onlyNumbers && isNumber(cell);
            numbers += isNumber(cell);
        }
        if (onlyNumbers && numbers >= 2)
            numeric.append(c);
    }
    if (numeric.size() < 2)
        return 1;
    int headerRows = 1;
    for (int r = 1; r < firstData; ++r) {
        int text = 0;
        for (const int c : numeric) {
            const QString cell = rows.at(r).value(c).trimmed();
            text += !cell.isEmpty() && !isNumber(cell);
        }
        if (text * 10 < int(numeric.size()) * 6)
            break; // mostly numbers: answers start here
        headerRows = r + 1;
    }
    return headerRows;
}

} // namespace

SurveyLayout SurveyLayout::withHeaderRows(const QList<QStringList> &rows, int headerRows)
{
    SurveyLayout layout;
    layout.headerRows = std::max(1, headerRows);
    const QStringList first = rows.value(0);
    if (layout.headerRows == 1) {
        layout.codes = first;
        layout.headers = first;
        return layout;
    }
    // The first row names the question (a grid's blank cells continue it); the rows below
    // add what they say that it does not.
    layout.codes = continued(first, rows.value(1));
    for (int c = 0; c < int(layout.codes.size()); ++c) {
        QStringList parts;
        for (int r = 0; r < layout.headerRows; ++r) {
            const QString cell
                = r == 0 ? layout.codes.value(c).trimmed() : rows.value(r).value(c).trimmed();
            const bool known = std::any_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
                return bare(part) == bare(cell);
            });
            if (!cell.isEmpty() && !known)
                parts.append(cell);
        }
        layout.headers.append(parts.join(QStringLiteral(" – ")));
    }
    return layout;
}

SurveyLayout SurveyLayout::detect(const QList<QStringList> &rows, const QString &format)
{
    SurveyLayout layout;
    if (rows.isEmpty())
        return layout;
    if (format == QLatin1String("sav")) {
        // SavReader's header rows: variable names, then their labels.
        layout.kind = Spss;
        layout.headerRows = 2;
        layout.codes = rows.at(0);
        for (int c = 0; c < int(layout.codes.size()); ++c)
            layout.headers.append(combined(rows.value(1).value(c), layout.codes.at(c)));
        return layout;
    }
    const QStringList &first = rows.at(0);
    const QStringList second = rows.value(1);
    const QStringList third = rows.value(2);
    layout.codes = first;
    layout.headers = first;
    const bool importIds = std::any_of(third.cbegin(), third.cend(), [](const QString &cell) {
        const QString text = cell.trimmed();
        return text.startsWith(QLatin1String("{\"ImportId\""))
               || text.startsWith(QLatin1String("{'ImportId'")); // Qualtrics Insights, 2016
    });
    if (importIds) {
        // Field codes, question texts in the survey's language, import ids.
        layout.kind = Qualtrics;
        layout.headerRows = 3;
        layout.headers.clear();
        for (int c = 0; c < int(first.size()); ++c)
            layout.headers.append(combined(second.value(c), first.at(c)));
    } else if (!first.isEmpty() && first.at(0).trimmed() == QLatin1String("V1")
               && first.value(1).trimmed() == QLatin1String("V2")) {
        // V1, V2 … say nothing: the question texts name the columns, and are their codes.
        layout.kind = QualtricsLegacy;
        layout.headerRows = 2;
        layout.codes = second;
        layout.headers.clear();
        for (int c = 0; c < int(first.size()); ++c) {
            const bool numbered = first.at(c).trimmed().startsWith(QLatin1Char('V'));
            layout.headers.append(combined(second.value(c), numbered ? QString() : first.at(c)));
        }
    } else if (anyEquals(first, {"Respondent ID"})
               && (anyEquals(first, {"Collector ID"})
                   || anyEquals(second, {"Response", "Open-Ended Response"}))) {
        layout = withHeaderRows(rows, 2);
        layout.kind = SurveyMonkey;
        layout.headers.clear();
        for (int c = 0; c < int(layout.codes.size()); ++c) {
            const QString question = layout.codes.at(c);
            const QString option = second.value(c).trimmed();
            const bool plain = option.isEmpty() || equalsAny(option, {"Response"})
                               || equalsAny(option, {"Open-Ended Response"});
            layout.headers.append(plain ? question : question + QStringLiteral(" – ") + option);
        }
    } else if ((anyEquals(first, {"submitdate"}) && anyEquals(first, {"lastpage", "startlanguage"}))
               || (anyEquals(first, {"Date submitted", "Datum Abgeschickt", "提交日期"})
                   && anyEquals(first, {"Last page", "Start language", "Letzte Seite",
                                        "Start-Sprache", "最后页面", "起始语言"}))) {
        layout.kind = LimeSurvey; // codes (Q1[SQ001]) or full texts ("Quality [Quote]")
    } else if (!first.isEmpty()
               && equalsAny(first.at(0), {"Timestamp", "时间戳记", "時間戳記", "Zeitstempel",
                                          "Marca temporal", "Horodateur"})) {
        layout.kind = GoogleForms;
    } else {
        int roles = 0;
        for (const QString &header : first) {
            const QString text = header.toCaseFolded();
            for (const char *word : {"subprocess", "stage", "step", "子流程", "环节", "環節",
                                     "rating", "score", "value", "评分", "評分"}) {
                if (text.contains(QString::fromUtf8(word))) {
                    ++roles;
                    break;
                }
            }
        }
        if (roles >= 2 && first.size() <= 12) {
            layout.kind = PlainLong;
        } else {
            layout = withHeaderRows(rows, guessHeaderRows(rows));
            layout.kind = PlainWide;
        }
    }
    return layout;
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
    case Spss:
        return tr("SPSS data file");
    }
    return QString();
}

QString SurveyLayout::kindKey(Kind kind)
{
    switch (kind) {
    case PlainWide:
        return QStringLiteral("wide");
    case PlainLong:
        return QStringLiteral("long");
    case Qualtrics:
        return QStringLiteral("qualtrics");
    case QualtricsLegacy:
        return QStringLiteral("qualtrics-legacy");
    case SurveyMonkey:
        return QStringLiteral("surveymonkey");
    case LimeSurvey:
        return QStringLiteral("limesurvey");
    case GoogleForms:
        return QStringLiteral("google-forms");
    case Spss:
        return QStringLiteral("spss");
    }
    return QString();
}

QStringList SurveyLayout::kindKeys()
{
    QStringList keys;
    for (int kind = PlainWide; kind <= Spss; ++kind)
        keys.append(kindKey(Kind(kind)));
    return keys;
}

} // namespace Peakend
