#include "surveyimporter.h"

#include "domain/hiddencharacters.h"
#include "domain/projectinfo.h"
#include "domain/projectlimits.h"
#include "importsource.h"
#include "respondentkeyset.h"
#include "savedmappings.h"
#include "storage/sqlitesavepoint.h"
#include "storage/sqlitestatement.h"
#include "valuecoding.h"
#include "wavewriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>
#include <future>
#include <optional>
#include <sqlite3.h>

namespace Peakend {

namespace {

struct Catalogue
{
    Scale scale;
    QHash<QString, qint64> vendors; // by case-folded name
    QHash<QString, qint64> subprocesses;
    QHash<QString, qint64> factors;
    int nextVendor = 0; // positions
    int nextSubprocess = 0;
    int nextFactor = 0;
    qint64 lastVendor = 0; // ids
    qint64 lastSubprocess = 0;
    qint64 lastFactor = 0;
};

// A respondent's weight beyond these is a data error (1e-300 or 1e308 would make every
// weighted mean nothing or infinite).
constexpr double minimumWeight = 1e-6;
constexpr double maximumWeight = 1e6;

QString key(QStringView name)
{
    return name.trimmed().toString().toCaseFolded();
}

Catalogue loadCatalogue(sqlite3 *db)
{
    Catalogue catalogue;
    SqliteStatement scale(db, "SELECT scale_min, scale_max, scale_neutral FROM project");
    if (scale.next())
        catalogue.scale = {scale.columnDouble(0), scale.columnDouble(1), scale.columnDouble(2)};
    const auto load
        = [db](const char *sql, QHash<QString, qint64> &names, int &next, qint64 &last) {
              SqliteStatement query(db, sql);
              while (query.next()) {
                  names.insert(key(query.columnText(1)), query.columnInt64(0));
                  next = std::max(next, int(query.columnInt64(2)) + 1);
                  last = std::max(last, query.columnInt64(0));
              }
          };
    load("SELECT id, name, position FROM vendor", catalogue.vendors, catalogue.nextVendor,
         catalogue.lastVendor);
    load("SELECT id, name, position FROM subprocess", catalogue.subprocesses,
         catalogue.nextSubprocess, catalogue.lastSubprocess);
    load("SELECT id, name, position FROM factor", catalogue.factors, catalogue.nextFactor,
         catalogue.lastFactor);
    return catalogue;
}

// One pass over the file: checks every row, and when writing, inserts it.
class Pass
{
public:
    Pass(sqlite3 *db, const QString &path, const ImportMapping &mapping,
         const SurveyImporter::Options &options, bool write)
        : m_db(db)
        , m_path(path)
        , m_mapping(mapping)
        , m_options(options)
        , m_write(write)
        , m_savepoint(db, "survey_import")
    {
        m_report.file = path;
    }

    ImportReport run(qint64 *surveyId);

private:
    void issue(ImportIssue::Kind kind, int column, QStringView value);
    bool answer(int column, QStringView text, double *value);
    void prepareColumns();
    QString columnName(int column) const;
    void createColumnNames();
    void addWarnings();
    qint64 resolve(QHash<QString, qint64> &names, QStringView name, ImportIssue::Kind unknown,
                   int column);
    qint64 lookUp(QHash<QString, qint64> &names, QStringView name, ImportIssue::Kind unknown,
                  int column);
    qint64 resolveOnce(std::vector<qint64> &ids, QHash<QString, qint64> &names, const QString &name,
                       ImportIssue::Kind unknown, int column);
    bool processRow();
    bool prepareWriter();
    void loadNames();
    bool withinLimits();
    bool fail(const QString &what);

    sqlite3 *m_db;
    QString m_path;
    const ImportMapping &m_mapping;
    const SurveyImporter::Options &m_options;
    bool m_write;           // this pass imports
    bool m_writing = false; // rows still go to the writer: no row has had a problem yet
    SqliteSavepoint m_savepoint;
    ImportReport m_report;
    Catalogue m_catalogue;
    TableReader *m_reader = nullptr;
    QStringList m_headers;
    QString m_rowId; // the respondent id of a row when rows are respondents
    bool m_rowHasIssue = false;
    qint64 m_surveyId = 0;
    QHash<QString, qint64> m_respondents; // external id → row id (or index when validating)
    QString m_lastRespondent;
    qint64 m_lastRespondentId = 0;
    RespondentKeySet m_seen;            // respondent × vendor (× subprocess) already imported
    std::optional<WaveWriter> m_writer; // while writing: the rows go there
    qint64 m_lastRespondentRow = 0;     // ids handed out continue from these
    qint64 m_lastAttribute = 0;
    QHash<QString, qint64> m_attributes;
    struct MemoEntry
    {
        size_t hash;
        QString text;
        qint64 id;
    };
    std::vector<std::vector<MemoEntry>> m_memo; // per column, and one for the fixed vendor
    std::vector<qint64> m_columnTargets;        // a column's subprocess or factor, once known
    std::vector<qint64> m_columnVendors;
    std::vector<AnswerDecoder> m_decoders;             // per column
    std::vector<QMap<QString, QString>> m_valueLabels; // per column: what coded names stand for
    std::vector<QString> m_labelled;                   // per column: this row's label
    std::vector<qint64> m_answered;                    // per column: answers (not missing) read
    qint64 m_withoutVendor = 0;                        // overall/recommend answers with no vendor
};

void Pass::issue(ImportIssue::Kind kind, int column, QStringView value)
{
    m_rowHasIssue = true;
    m_report.rowsWithIssues.insert(m_reader->record());
    qint64 &count = m_report.counts[kind];
    ++count;
    if (count > m_options.issuesPerKind)
        return;
    ImportIssue entry;
    entry.kind = kind;
    entry.row = m_reader->record();
    entry.column = column + 1;
    entry.header = columnName(column);
    // A cell can be megabytes long: the issue keeps its start, the message less.
    constexpr qsizetype keptValue = 1000;
    constexpr qsizetype quotedValue = 60;
    entry.value = value.left(keptValue).toString();
    const QString where
        = column < 0
              ? SurveyImporter::tr("%1, row %2").arg(QFileInfo(m_path).fileName()).arg(entry.row)
              : SurveyImporter::tr("%1, row %2, column %3 (%4)")
                    .arg(QFileInfo(m_path).fileName())
                    .arg(entry.row)
                    .arg(entry.column)
                    .arg(entry.header);
    const QString quoted = value.size() > quotedValue
                               ? value.left(quotedValue - 1).toString() + QChar(0x2026)
                               : entry.value;
    entry.message
        = SurveyImporter::tr("%1: %2 “%3”").arg(where, SurveyImporter::kindName(kind), quoted);
    m_report.issues.append(entry);
}

// The answer in a column as a number on its target's range; false when there is none or it
// is not one (an issue then says why).
bool Pass::answer(int column, QStringView text, double *value)
{
    switch (m_decoders[size_t(column)].decode(text, value)) {
    case AnswerDecoder::NoAnswer:
        return false;
    case AnswerDecoder::Answer:
        ++m_answered[size_t(column)];
        return true;
    case AnswerDecoder::NotANumber:
        issue(ImportIssue::NotANumber, column, text);
        return false;
    case AnswerDecoder::OutOfScale:
        issue(ImportIssue::OutOfScale, column, text);
        return false;
    }
    return false;
}

// As the user saw the column when mapping it (header rows combined), else its first header.
QString Pass::columnName(int column) const
{
    const QString header = m_mapping.columns.value(column).header;
    return header.isEmpty() ? m_headers.value(column) : header;
}

// Each column's decoder: its coding with the mapping's shared one, onto the wave's scale
// (likelihood to recommend onto 0–10; weights, reasons and attributes onto no scale).
void Pass::prepareColumns()
{
    const ValueCoding shared = m_mapping.sharedCoding();
    const Scale &scale = m_catalogue.scale;
    m_decoders.clear();
    for (const ColumnMapping &column : m_mapping.columns) {
        double min = qQNaN();
        double max = qQNaN();
        if (column.role == ColumnRole::Recommend) {
            min = 0.0;
            max = 10.0;
        } else if (ImportMapping::isRating(column.role)) {
            min = scale.min;
            max = scale.max;
        }
        m_decoders.emplace_back(column.coding, shared, min, max);
    }
    m_answered.assign(m_mapping.columns.size(), 0);
}

// Names an import adds are created in the file's column order, not in the order answers
// first reach them.
void Pass::createColumnNames()
{
    if (!m_mapping.createMissing)
        return; // unknown names are reported on the rows that use them
    for (int c = 0; c < int(m_mapping.columns.size()); ++c) {
        const ColumnMapping &column = m_mapping.columns.at(c);
        if (!column.vendor.isEmpty())
            resolveOnce(m_columnVendors, m_catalogue.vendors, column.vendor,
                        ImportIssue::UnknownVendor, c);
        if (column.role == ColumnRole::SubprocessRating)
            resolveOnce(m_columnTargets, m_catalogue.subprocesses, column.target,
                        ImportIssue::UnknownSubprocess, c);
        else if (ImportMapping::isPerVendor(column.role))
            resolveOnce(m_columnTargets, m_catalogue.factors, column.target,
                        ImportIssue::UnknownFactor, c);
    }
}

// What was read but will not be in the wave, said instead of left out silently.
void Pass::addWarnings()
{
    using W = ImportWarning;
    const auto warn = [this](W::Kind kind, const QList<int> &columns, const QString &message) {
        m_report.warnings.append({kind, columns, message});
    };
    const auto named = [this](int c) {
        return SurveyImporter::tr("%1 (“%2”)").arg(c + 1).arg(columnName(c));
    };
    QList<int> ignored;
    QList<int> empty;
    QStringList ignoredNames;
    QStringList emptyNames;
    bool ratingColumns = false;
    bool factorColumns = false;
    for (int c = 0; c < int(m_mapping.columns.size()); ++c) {
        const ColumnRole role = m_mapping.columns.at(c).role;
        if (role == ColumnRole::Ignore) {
            ignored.append(c);
            ignoredNames.append(named(c));
        }
        const bool rating = role == ColumnRole::SubprocessRating || role == ColumnRole::Rating;
        ratingColumns = ratingColumns || rating;
        factorColumns = factorColumns || role == ColumnRole::FactorExperience
                        || role == ColumnRole::FactorExpectation
                        || role == ColumnRole::FactorImportance;
        if (m_report.dataRows > 0 && m_answered[size_t(c)] == 0
            && (ImportMapping::isRating(role) || role == ColumnRole::Weight)) {
            empty.append(c);
            emptyNames.append(named(c));
        }
    }
    if (m_report.dataRows > 0 && ratingColumns && m_report.ratings == 0)
        warn(W::NoRatings, {},
             SurveyImporter::tr("No subprocess rating was read: every rating cell is empty or a "
                                "code for no answer."));
    else if (m_report.dataRows > 0 && !ratingColumns && !factorColumns)
        warn(W::NoRatings, {},
             SurveyImporter::tr("No column is mapped to a subprocess or factor rating: the wave "
                                "would have no emotion curves and no drivers."));
    if (!empty.isEmpty())
        warn(W::EmptyColumn, empty,
             SurveyImporter::tr("No answer in column(s) %1: every cell is empty or a code for no "
                                "answer.",
                                nullptr, int(empty.size()))
                 .arg(emptyNames.join(SurveyImporter::tr(", "))));
    if (m_withoutVendor > 0)
        warn(W::AnswersWithoutVendor, {},
             SurveyImporter::tr("%Ln overall or recommend answer(s) name no vendor and are left "
                                "out: map a vendor column or give the vendor of the file.",
                                nullptr, int(m_withoutVendor)));
    if (!ignored.isEmpty())
        warn(W::IgnoredColumns, ignored,
             SurveyImporter::tr("Not imported: column(s) %1.", nullptr, int(ignored.size()))
                 .arg(ignoredNames.join(SurveyImporter::tr(", "))));
}

qint64 Pass::resolve(QHash<QString, qint64> &names, QStringView name, ImportIssue::Kind unknown,
                     int column)
{
    // Each column repeats a handful of names (vendors, subprocesses): remember the raw text
    // it had, so that the hot loop neither allocates nor folds case.
    std::vector<MemoEntry> &memo = m_memo[size_t(column + 1)];
    const size_t hash = qHash(name);
    for (const MemoEntry &entry : memo) {
        if (entry.hash == hash && entry.text == name)
            return entry.id;
    }
    const qint64 id = lookUp(names, name, unknown, column);
    if (id != 0 && memo.size() < 256)
        memo.push_back({hash, name.toString(), id});
    return id;
}

// The name a column stands for, the same on every row: looked up until it is found.
qint64 Pass::resolveOnce(std::vector<qint64> &ids, QHash<QString, qint64> &names,
                         const QString &name, ImportIssue::Kind unknown, int column)
{
    qint64 &id = ids[size_t(column)];
    if (id == 0)
        id = resolve(names, name, unknown, column);
    return id;
}

qint64 Pass::lookUp(QHash<QString, qint64> &names, QStringView name, ImportIssue::Kind unknown,
                    int column)
{
    const QString k = key(name);
    const auto it = names.constFind(k);
    if (it != names.constEnd())
        return *it;
    if (!m_mapping.createMissing) {
        issue(unknown, column, name);
        if (!m_report.unknownNames.contains(name.trimmed().toString()))
            m_report.unknownNames.append(name.trimmed().toString());
        return 0;
    }
    // What the project could not show is refused here, before anything is written.
    const int limit = unknown == ImportIssue::UnknownVendor       ? ProjectLimits::vendors
                      : unknown == ImportIssue::UnknownSubprocess ? ProjectLimits::subprocesses
                                                                  : ProjectLimits::factors;
    if (name.trimmed().size() > ProjectLimits::nameLength) {
        issue(ImportIssue::NameTooLong, column, name);
        return 0;
    }
    if (HiddenCharacters::find(name) >= 0) {
        issue(ImportIssue::HiddenCharacter, column, name);
        return 0;
    }
    if (names.size() >= limit) {
        issue(ImportIssue::TooManyNames, column, name);
        return 0;
    }
    qint64 id = -1 - names.size(); // not written: a placeholder id
    if (m_writing) {
        const QString trimmed = name.trimmed().toString();
        Catalogue &c = m_catalogue;
        if (unknown == ImportIssue::UnknownVendor) {
            id = ++c.lastVendor;
            m_writer->addVendor(id, trimmed, c.nextVendor++);
        } else if (unknown == ImportIssue::UnknownSubprocess) {
            id = ++c.lastSubprocess;
            m_writer->addSubprocess(id, trimmed, c.nextSubprocess++);
        } else {
            id = ++c.lastFactor;
            m_writer->addFactor(id, trimmed, c.nextFactor++);
        }
        CreatedNames &created = m_report.created;
        (unknown == ImportIssue::UnknownVendor       ? created.vendors
         : unknown == ImportIssue::UnknownSubprocess ? created.subprocesses
                                                     : created.factors)
            .append(id);
    }
    names.insert(k, id);
    return id;
}

// The ids of the rows this import adds are handed out here, as SQLite would have (the
// largest so far plus one): this transaction holds the write lock, and the writer's thread
// inserts them while this one reads on.
bool Pass::prepareWriter()
{
    SqliteStatement respondents(m_db, "SELECT coalesce(max(id), 0) FROM respondent");
    m_lastRespondentRow = respondents.next() ? respondents.columnInt64(0) : 0;
    SqliteStatement attributes(m_db, "SELECT id, name FROM attribute");
    while (attributes.next()) {
        m_attributes.insert(attributes.columnText(1), attributes.columnInt64(0));
        m_lastAttribute = std::max(m_lastAttribute, attributes.columnInt64(0));
    }
    m_writer.emplace(m_db);
    QString error;
    m_writing = m_writer->start(m_surveyId, &error);
    return m_writing || fail(error);
}

void Pass::loadNames()
{
    m_catalogue = loadCatalogue(m_db);
    m_catalogue.scale = m_mapping.scale.value_or(m_catalogue.scale);
}

// Roles whose answers are names, not numbers.
bool isCategory(ColumnRole role)
{
    return role == ColumnRole::Vendor || role == ColumnRole::Subprocess
           || role == ColumnRole::Attribute || role == ColumnRole::RespondentId;
}

bool isReason(ColumnRole role)
{
    return role == ColumnRole::ReasonLike || role == ColumnRole::ReasonDislike;
}

// One more wave, its name, and the attribute columns a mapping adds, with those the project
// has, within what a project holds.
bool Pass::withinLimits()
{
    SqliteStatement waves(m_db, "SELECT count(*) FROM survey");
    if (waves.next() && waves.columnInt64(0) >= ProjectLimits::waves) {
        return fail(SurveyImporter::tr("The project has %1 waves, as many as a project holds.")
                        .arg(ProjectLimits::waves));
    }
    if (HiddenCharacters::find(m_mapping.surveyName) >= 0) {
        return fail(SurveyImporter::tr("The wave's name holds an invisible character that "
                                       "changes how text shows."));
    }
    if (m_mapping.surveyName.size() > ProjectLimits::nameLength) {
        return fail(SurveyImporter::tr("The wave's name is longer than %1 characters.")
                        .arg(ProjectLimits::nameLength));
    }
    QSet<QString> names;
    SqliteStatement existing(m_db, "SELECT name FROM attribute");
    while (existing.next())
        names.insert(existing.columnText(0));
    const qsizetype before = names.size();
    for (int c = 0; c < int(m_mapping.columns.size()); ++c) {
        const ColumnMapping &column = m_mapping.columns.at(c);
        if (column.role != ColumnRole::Attribute)
            continue;
        if (HiddenCharacters::find(column.target) >= 0) {
            return fail(SurveyImporter::tr("The attribute name of column %1 holds an invisible "
                                           "character that changes how text shows.")
                            .arg(c + 1));
        }
        if (column.target.size() > ProjectLimits::nameLength) {
            return fail(SurveyImporter::tr("The attribute name of column %1 is longer than %2 "
                                           "characters.")
                            .arg(c + 1)
                            .arg(ProjectLimits::nameLength));
        }
        names.insert(column.target);
    }
    if (names.size() <= ProjectLimits::attributes)
        return true;
    return fail(SurveyImporter::tr("The mapping adds %1 respondent attributes to the %2 the "
                                   "project has; a project holds at most %3. Map fewer columns "
                                   "as attributes.")
                    .arg(names.size() - before)
                    .arg(before)
                    .arg(ProjectLimits::attributes));
}

bool Pass::fail(const QString &what)
{
    m_report.fatal = what;
    return false;
}

bool Pass::processRow()
{
    const TableReader &reader = *m_reader;
    m_rowHasIssue = false;
    if (m_options.skipRows.contains(reader.record()))
        return true; // the user chose to leave it out: not checked again
    const int columns = int(m_headers.size());
    if (reader.fieldCount() != columns) {
        issue(ImportIssue::WrongColumnCount, -1,
              SurveyImporter::tr("%n field(s)", nullptr, reader.fieldCount()));
        return true;
    }
    // The row's respondent, vendor and answers; the checks come first, the writes last.
    QStringView respondent;
    qint64 vendorId = 0;
    double weight = 1.0;
    qint64 subprocessId = 0;
    double longRating = qQNaN();
    double overall = qQNaN();
    double recommend = qQNaN();
    struct Answer
    {
        qint64 vendor;
        qint64 target;
        ColumnRole role; // a rating, factor rating, reason, or a vendor's overall/recommend
        double value;
    };
    QVarLengthArray<Answer, 64> answers;
    QVarLengthArray<QPair<QString, QStringView>, 8> attributes;
    if (!m_mapping.vendor.isEmpty())
        vendorId = resolve(m_catalogue.vendors, m_mapping.vendor, ImportIssue::UnknownVendor, -1);
    for (int c = 0; c < columns; ++c) {
        const ColumnMapping &column = m_mapping.columns.at(c);
        if (column.role == ColumnRole::Ignore)
            continue;
        QStringView text = reader.field(c);
        if (!m_valueLabels[size_t(c)].isEmpty() && isCategory(column.role)) {
            // A coded category (SPSS: 1 = "Apex"): the label is the name.
            QString &label = m_labelled[size_t(c)];
            label = m_valueLabels[size_t(c)].value(text.trimmed().toString());
            if (!label.isEmpty())
                text = label;
        }
        if (reader.isUndecodable(c)) {
            issue(ImportIssue::Undecodable, c, text);
            continue;
        }
        const qint64 columnVendor = column.vendor.isEmpty()
                                        ? 0
                                        : resolveOnce(m_columnVendors, m_catalogue.vendors,
                                                      column.vendor, ImportIssue::UnknownVendor, c);
        double value = 0.0;
        switch (column.role) {
        case ColumnRole::Ignore:
            break;
        case ColumnRole::RespondentId:
            respondent = text.trimmed();
            break;
        case ColumnRole::Vendor:
            if (text.trimmed().isEmpty())
                issue(ImportIssue::MissingVendor, c, text);
            else
                vendorId = resolve(m_catalogue.vendors, text, ImportIssue::UnknownVendor, c);
            break;
        case ColumnRole::Subprocess:
            subprocessId
                = resolve(m_catalogue.subprocesses, text, ImportIssue::UnknownSubprocess, c);
            break;
        case ColumnRole::Rating:
            if (answer(c, text, &value))
                longRating = value;
            break;
        case ColumnRole::SubprocessRating:
            if (answer(c, text, &value)) {
                const qint64 target = resolveOnce(m_columnTargets, m_catalogue.subprocesses,
                                                  column.target, ImportIssue::UnknownSubprocess, c);
                answers.append({columnVendor, target, column.role, value});
            }
            break;
        case ColumnRole::FactorExperience:
        case ColumnRole::FactorExpectation:
        case ColumnRole::FactorImportance:
            if (answer(c, text, &value)) {
                const qint64 target = resolveOnce(m_columnTargets, m_catalogue.factors,
                                                  column.target, ImportIssue::UnknownFactor, c);
                answers.append({columnVendor, target, column.role, value});
            }
            break;
        case ColumnRole::Overall:
        case ColumnRole::Recommend:
            // A wide file that rates several vendors a row gives each its own column.
            if (answer(c, text, &value)) {
                const bool isOverall = column.role == ColumnRole::Overall;
                if (columnVendor != 0)
                    answers.append({columnVendor, 0, column.role, value});
                else
                    (isOverall ? overall : recommend) = value;
            }
            break;
        case ColumnRole::ReasonLike:
        case ColumnRole::ReasonDislike: {
            if (m_decoders[size_t(c)].isChosen(text)) {
                const qint64 target = resolveOnce(m_columnTargets, m_catalogue.factors,
                                                  column.target, ImportIssue::UnknownFactor, c);
                answers.append({columnVendor, target, column.role, 1.0});
            }
            break;
        }
        case ColumnRole::Attribute:
            if (m_decoders[size_t(c)].isMissing(text)) // −99 is never a segment
                break;
            if (text.trimmed().size() > ProjectLimits::nameLength)
                issue(ImportIssue::NameTooLong, c, text);
            else if (HiddenCharacters::find(text.trimmed()) >= 0)
                issue(ImportIssue::HiddenCharacter, c, text);
            else
                attributes.append({column.target, text.trimmed()});
            break;
        case ColumnRole::Weight:
            if (answer(c, text, &value)) {
                if (value >= minimumWeight && value <= maximumWeight)
                    weight = value;
                else
                    issue(ImportIssue::BadWeight, c, text);
            }
            break;
        }
    }
    if (m_mapping.idFromRow) {
        m_rowId = QString::number(reader.record());
        respondent = m_rowId;
    }
    if (respondent.isEmpty()) {
        issue(ImportIssue::MissingRespondentId, -1, respondent);
        return true;
    }
    const bool isLong = m_mapping.isLong();
    if (vendorId == 0 && isLong && !m_rowHasIssue) // else said where the vendor is
        issue(ImportIssue::MissingVendor, -1, respondent);

    // Duplicates: the same respondent × vendor twice in a wide file, the same rating twice in
    // a long one.
    qint64 respondentId = 0;
    const bool sameRespondent = respondent == m_lastRespondent;
    if (sameRespondent) {
        respondentId = m_lastRespondentId;
    } else {
        // Kept for the rows that follow, even when this one has a problem.
        m_lastRespondent = respondent.toString();
        const auto it = m_respondents.constFind(m_lastRespondent);
        respondentId = it == m_respondents.constEnd() ? 0 : *it;
        m_lastRespondentId = respondentId;
    }
    // (Placeholder ids of names still to be created are negative: 32 bits keep them apart.)
    const quint64 answerKey = (quint64(quint32(vendorId)) << 32) | quint32(subprocessId);
    if (respondentId != 0 && (!isLong || subprocessId != 0)
        && !m_seen.insert(respondentId, answerKey)) {
        issue(isLong ? ImportIssue::DuplicateRating : ImportIssue::DuplicateRespondent, -1,
              respondent);
    }
    if (m_rowHasIssue)
        return true;

    if (respondentId == 0) {
        const QString &external = m_lastRespondent;
        respondentId = ++m_lastRespondentRow;
        if (m_writing) {
            m_writer->addRespondent(respondentId, m_surveyId, external, weight);
            for (const auto &[name, value] : attributes) {
                auto attribute = m_attributes.constFind(name);
                if (attribute == m_attributes.constEnd()) {
                    attribute = m_attributes.insert(name, ++m_lastAttribute);
                    m_writer->addAttribute(*attribute, name);
                    m_report.created.attributes.append(*attribute);
                }
                m_writer->addRespondentAttribute(respondentId, *attribute, value.toString());
            }
        }
        m_respondents.insert(external, respondentId);
        m_seen.insert(respondentId, answerKey);
        ++m_report.respondents;
    }
    m_lastRespondentId = respondentId;
    if (isLong && !std::isnan(longRating) && subprocessId != 0)
        answers.append({0, subprocessId, ColumnRole::SubprocessRating, longRating});
    if (vendorId == 0 && (!std::isnan(overall) || !std::isnan(recommend)))
        ++m_withoutVendor;
    if (!m_writing) {
        for (const Answer &answer : answers)
            m_report.ratings += answer.role == ColumnRole::SubprocessRating;
        return true;
    }
    // Evaluations first, one per vendor: reasons refer to them.
    struct Evaluated
    {
        qint64 vendor;
        double overall;
        double recommend;
    };
    QVarLengthArray<Evaluated, 8> evaluations;
    const auto evaluation = [&](qint64 vendor) -> Evaluated & {
        for (Evaluated &entry : evaluations) {
            if (entry.vendor == vendor)
                return entry;
        }
        evaluations.append({vendor, qQNaN(), qQNaN()});
        return evaluations.back();
    };
    if (vendorId != 0 && (!std::isnan(overall) || !std::isnan(recommend))) {
        evaluation(vendorId).overall = overall;
        evaluation(vendorId).recommend = recommend;
    }
    for (const Answer &answer : answers) {
        if (answer.role == ColumnRole::Overall)
            evaluation(answer.vendor).overall = answer.value;
        else if (answer.role == ColumnRole::Recommend)
            evaluation(answer.vendor).recommend = answer.value;
        else if (isReason(answer.role) && answer.target != 0
                 && (answer.vendor != 0 || vendorId != 0))
            evaluation(answer.vendor != 0 ? answer.vendor : vendorId);
    }
    for (const Evaluated &entry : evaluations)
        m_writer->addEvaluation(respondentId, entry.vendor, entry.overall, entry.recommend);
    for (const Answer &answer : answers) {
        const qint64 vendor = answer.vendor != 0 ? answer.vendor : vendorId;
        if (vendor == 0 || answer.target == 0)
            continue;
        switch (answer.role) {
        case ColumnRole::SubprocessRating:
            m_writer->addRating(respondentId, vendor, answer.target, answer.value);
            ++m_report.ratings;
            break;
        case ColumnRole::FactorExperience:
            m_writer->addFactorRating(respondentId, vendor, answer.target,
                                      FactorRatingKind::Experience, answer.value);
            break;
        case ColumnRole::FactorExpectation:
            m_writer->addFactorRating(respondentId, vendor, answer.target,
                                      FactorRatingKind::Expectation, answer.value);
            break;
        case ColumnRole::FactorImportance:
            m_writer->addFactorRating(respondentId, vendor, answer.target,
                                      FactorRatingKind::Importance, answer.value);
            break;
        case ColumnRole::ReasonLike:
        case ColumnRole::ReasonDislike:
            m_writer->addReason(respondentId, vendor, answer.target,
                                answer.role == ColumnRole::ReasonLike ? Polarity::Positive
                                                                      : Polarity::Negative);
            break;
        default:
            break; // overall and recommend went into the evaluations
        }
    }
    return true;
}

ImportReport Pass::run(qint64 *surveyId)
{
    const std::unique_ptr<TableReader> table
        = ImportSource::open(m_path, m_options, &m_report.fatal);
    if (!table)
        return m_report;
    TableReader &reader = *table;
    m_reader = table.get();
    m_report.encoding = reader.encoding();
    m_report.delimiter = reader.delimiter();
    m_report.format = reader.formatName();
    loadNames();
    for (int row = 0; row < m_mapping.headerRows; ++row) {
        if (!reader.next())
            break;
        if (row == 0 || m_headers.isEmpty())
            m_headers = reader.fields();
    }
    if (m_headers.size() != m_mapping.columns.size()) {
        m_report.fatal = SurveyImporter::tr("%1 has %2 columns, the mapping %3: choose the "
                                            "mapping again.")
                             .arg(QFileInfo(m_path).fileName())
                             .arg(m_headers.size())
                             .arg(m_mapping.columns.size());
        return m_report;
    }
    if (!withinLimits())
        return m_report;

    prepareColumns();
    m_valueLabels.clear();
    for (int c = 0; c < int(m_headers.size()); ++c)
        m_valueLabels.push_back(reader.valueLabels(c));
    m_labelled.assign(size_t(m_headers.size()), QString());
    m_memo.resize(size_t(m_headers.size() + 1));
    m_columnTargets.assign(size_t(m_headers.size()), 0);
    m_columnVendors.assign(size_t(m_headers.size()), 0);
    std::future<QString> digest;
    if (m_write) {
        if (!m_savepoint.begin()) {
            m_report.fatal = m_savepoint.errorString();
            return m_report;
        }
        digest = std::async(std::launch::async, &SurveyImporter::sourceDigest, m_path);
        SqliteStatement insert(m_db, "INSERT INTO survey (name, fielded_on, source_file, "
                                     "source_format, source_sha256, imported_at, scale_min, "
                                     "scale_max, scale_neutral, mapping) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, m_mapping.surveyName.isEmpty() ? QFileInfo(m_path).completeBaseName()
                                                      : m_mapping.surveyName);
        insert.bind(2, m_mapping.fieldedOn);
        insert.bind(3, QFileInfo(m_path).fileName());
        insert.bind(4, reader.formatName());
        insert.bind(5, QString()); // hashed beside the import, stored at the end
        insert.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        insert.bind(7, m_catalogue.scale.min);
        insert.bind(8, m_catalogue.scale.max);
        insert.bind(9, m_catalogue.scale.neutral);
        insert.bind(10, QString::fromUtf8(m_mapping.toJson()));
        if (!insert.execute()) {
            m_report.fatal = insert.errorString();
            m_savepoint.rollback();
            return m_report;
        }
        m_surveyId = sqlite3_last_insert_rowid(m_db);
        QString error;
        if (!m_options.saveMappingAs.trimmed().isEmpty()
            && !SavedMappings::save(m_db, m_options.saveMappingAs, m_headers, m_mapping, &error)) {
            m_report.fatal = error;
            m_savepoint.rollback();
            return m_report;
        }
        // Read again now that this transaction holds the write lock: the ids written below
        // are the ones in the file, whatever another connection did before.
        loadNames();
        // SQLite's own page cache (2 MiB) is kept: every table grows at its end, so few pages
        // are wanted again, and the pages it spills are written while the file is read
        // instead of all at the commit.
        if (!prepareWriter()) {
            m_savepoint.rollback();
            return m_report;
        }
    }
    createColumnNames();

    const qint64 total = reader.size();
    bool ok = true;
    while (ok && reader.next()) {
        if (reader.fieldCount() == 1 && reader.field(0).isEmpty())
            continue; // a blank line
        ++m_report.dataRows;
        ok = processRow();
        if (m_writing && !m_report.counts.isEmpty()) {
            // Nothing will be kept: the rest of the file is only checked.
            m_writer->abandon();
            m_writing = false;
        }
        if ((m_report.dataRows & 0x3FFF) == 0) {
            if (m_writer && m_writer->hasFailed())
                ok = false; // finish() below says why
            if (m_options.cancel && m_options.cancel->load()) {
                m_report.cancelled = true;
                ok = false;
            }
            if (m_options.progress)
                m_options.progress(reader.position(), total);
        }
    }
    if (reader.hasError())
        m_report.fatal
            = SurveyImporter::tr("%1: %2").arg(QFileInfo(m_path).fileName(), reader.errorString());
    addWarnings();
    if (m_write && m_report.isClean()) {
        if (m_report.respondents == 0)
            m_report.fatal = SurveyImporter::tr("No respondent to import: every row was left "
                                                "out.");
        else if (!m_options.keepDespiteWarnings && m_report.hasBlockingWarning())
            m_report.fatal = SurveyImporter::tr("Nothing was imported: answers would be missing "
                                                "from the wave (see the warnings).");
    }
    if (m_write) {
        // Everything the writer has is written before this thread uses the connection again.
        const bool keepGoing
            = m_report.fatal.isEmpty() && !m_report.cancelled && m_report.counts.isEmpty();
        QString error;
        if (keepGoing && (ok || m_writer->hasFailed()))
            ok = m_writer->finish(&error) ? ok : fail(error);
        else
            m_writer->abandon();
        if (ok) {
            SqliteStatement source(m_db, "UPDATE survey SET source_sha256 = ? WHERE id = ?");
            source.bind(1, digest.get());
            source.bind(2, m_surveyId);
            if (!source.execute())
                ok = fail(source.errorString());
        }
        const bool keep
            = ok && m_report.fatal.isEmpty() && !m_report.cancelled && m_report.counts.isEmpty();
        if (!keep || !m_savepoint.release()) {
            if (keep)
                m_report.fatal = m_savepoint.errorString();
            m_savepoint.rollback();
            return m_report;
        }
        if (surveyId)
            *surveyId = m_surveyId;
    }
    if (m_options.progress)
        m_options.progress(total, total);
    return m_report;
}

} // namespace

ImportReport SurveyImporter::validate(sqlite3 *db, const QString &path,
                                      const ImportMapping &mapping, const Options &options)
{
    return Pass(db, path, mapping, options, false).run(nullptr);
}

ImportReport SurveyImporter::run(sqlite3 *db, const QString &path, const ImportMapping &mapping,
                                 const Options &options, qint64 *surveyId)
{
    return Pass(db, path, mapping, options, true).run(surveyId);
}

QString SurveyImporter::sourceDigest(const QString &path)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !sha.addData(&file))
        return QString();
    return QString::fromLatin1(sha.result().toHex());
}

qint64 SurveyImporter::alreadyImported(sqlite3 *db, const QString &path)
{
    const QString digest = sourceDigest(path);
    if (digest.isEmpty())
        return 0;
    SqliteStatement query(db, "SELECT id FROM survey WHERE source_sha256 = ? ORDER BY id DESC");
    query.bind(1, digest);
    return query.next() ? query.columnInt64(0) : 0;
}

QString SurveyImporter::kindName(ImportIssue::Kind kind)
{
    switch (kind) {
    case ImportIssue::WrongColumnCount:
        return tr("wrong number of columns");
    case ImportIssue::Undecodable:
        return tr("bytes that are not valid in the file's encoding");
    case ImportIssue::NotANumber:
        return tr("not a number");
    case ImportIssue::OutOfScale:
        return tr("outside the rating scale");
    case ImportIssue::MissingRespondentId:
        return tr("no respondent id");
    case ImportIssue::MissingVendor:
        return tr("no vendor");
    case ImportIssue::UnknownVendor:
        return tr("a vendor the project does not have");
    case ImportIssue::UnknownSubprocess:
        return tr("a subprocess the project does not have");
    case ImportIssue::UnknownFactor:
        return tr("a factor the project does not have");
    case ImportIssue::DuplicateRespondent:
        return tr("the same respondent and vendor twice");
    case ImportIssue::DuplicateRating:
        return tr("the same rating twice");
    case ImportIssue::BadWeight:
        return tr("a weight outside %1 to %2")
            .arg(QLocale().toString(minimumWeight, 'f', 6),
                 QLocale().toString(maximumWeight, 'f', 0));
    case ImportIssue::HiddenCharacter:
        return tr("an invisible character that changes how text shows (bidirectional or "
                  "zero-width)");
    case ImportIssue::NameTooLong:
        return tr("longer than %1 characters").arg(ProjectLimits::nameLength);
    case ImportIssue::TooManyNames:
        return tr("a name beyond what a project holds (%1 vendors, %2 subprocesses, %3 factors)")
            .arg(ProjectLimits::vendors)
            .arg(ProjectLimits::subprocesses)
            .arg(ProjectLimits::factors);
    }
    return QString();
}

} // namespace Peakend
