#include "wavewriter.h"

#include "storage/sqlitestatement.h"

#include <QtNumeric>

#include <initializer_list>
#include <iterator>

namespace Peakend {

// Rows of one rating table (ids, then a value) written a batch at a time through one
// multi-row INSERT: a single statement keeps its B-tree cursor on the last page, where the
// next key goes (respondent ids only grow), instead of descending from the root for every row.
class BatchedInsert
{
public:
    static constexpr int Rows = 128;

    BatchedInsert(sqlite3 *db, const QByteArray &insert, int ids) : m_ids(ids)
    {
        QByteArray row = "(?";
        for (int i = 0; i < ids; ++i)
            row += ", ?";
        row += ')';
        QByteArray rows = row;
        for (int i = 1; i < Rows; ++i)
            rows += ", " + row;
        m_batch = std::make_unique<SqliteStatement>(db, (insert + rows).constData());
        m_single = std::make_unique<SqliteStatement>(db, (insert + row).constData());
        m_pendingIds.reserve(size_t(Rows * ids));
    }

    bool isValid() const { return m_batch->isValid() && m_single->isValid(); }
    QString errorString() const { return m_single->errorString(); }

    bool add(const qint64 *ids, double value)
    {
        m_pendingIds.insert(m_pendingIds.end(), ids, ids + m_ids);
        m_pendingValues.push_back(value);
        return m_pendingValues.size() < size_t(Rows) || flush();
    }

    bool flush()
    {
        const bool full = m_pendingValues.size() == size_t(Rows);
        SqliteStatement &insert = full ? *m_batch : *m_single;
        bool ok = true;
        for (size_t row = 0; ok && row < m_pendingValues.size(); ++row) {
            const int first = full ? int(row) * (m_ids + 1) : 0;
            for (int i = 0; i < m_ids; ++i)
                insert.bind(first + i + 1, m_pendingIds[row * size_t(m_ids) + size_t(i)]);
            insert.bind(first + m_ids + 1, m_pendingValues[row]);
            if (!full)
                ok = insert.execute();
        }
        if (full)
            ok = insert.execute();
        m_pendingIds.clear();
        m_pendingValues.clear();
        return ok;
    }

private:
    int m_ids;
    std::unique_ptr<SqliteStatement> m_batch;
    std::unique_ptr<SqliteStatement> m_single;
    std::vector<qint64> m_pendingIds;
    std::vector<double> m_pendingValues;
};

namespace {

// Large enough that handing a batch over costs nothing beside writing it, small enough that
// the few batches in flight stay well under a megabyte each.
constexpr size_t BatchRows = 4096;
constexpr size_t BatchesQueued = 4;

// The statements of the kinds of row before Rating, in the order of WaveWriter::Kind, and
// what their parameters take, in order: the row's next id (i), its text (t), its next value (v).
constexpr const char *Sql[] = {
    "INSERT INTO vendor (id, name, position) VALUES (?, ?, ?)",
    "INSERT INTO subprocess (id, name, phase, position) VALUES (?, ?, 1, ?)",
    "INSERT INTO factor (id, name, position) VALUES (?, ?, ?)",
    "INSERT INTO attribute (id, name) VALUES (?, ?)",
    "INSERT INTO respondent (id, survey_id, external_id, weight) VALUES (?, ?, ?, ?)",
    "INSERT INTO respondent_attribute (respondent_id, attribute_id, value) VALUES (?, ?, ?)",
    "INSERT INTO evaluation (respondent_id, vendor_id, overall, recommend) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (respondent_id, vendor_id) DO UPDATE SET "
    "overall = coalesce(excluded.overall, overall), "
    "recommend = coalesce(excluded.recommend, recommend)",
    "INSERT OR IGNORE INTO reason (respondent_id, vendor_id, factor_id, polarity) "
    "VALUES (?, ?, ?, ?)",
};
constexpr const char *Parameters[] = {"iti", "iti", "iti", "it", "iitv", "iit", "iivv", "iiii"};

} // namespace

WaveWriter::WaveWriter(sqlite3 *db) : m_db(db) {}

WaveWriter::~WaveWriter()
{
    abandon();
}

bool WaveWriter::start(QString *error)
{
    static_assert(std::size(Sql) == Rating && std::size(Parameters) == Rating);
    for (int kind = 0; kind < Rating; ++kind) {
        m_statements[kind] = std::make_unique<SqliteStatement>(m_db, Sql[kind]);
        if (!m_statements[kind]->isValid()) {
            *error = m_statements[kind]->errorString();
            return false;
        }
    }
    m_ratings = std::make_unique<BatchedInsert>(
        m_db, "INSERT INTO rating (respondent_id, vendor_id, subprocess_id, value) VALUES ", 3);
    m_factorRatings = std::make_unique<BatchedInsert>(
        m_db,
        "INSERT INTO factor_rating (respondent_id, vendor_id, factor_id, kind, value) VALUES ", 4);
    for (const BatchedInsert *insert : {m_ratings.get(), m_factorRatings.get()}) {
        if (!insert->isValid()) {
            *error = insert->errorString();
            return false;
        }
    }
    m_filling = std::make_unique<Batch>();
    m_filling->rows.reserve(BatchRows);
    m_thread = std::thread(&WaveWriter::writeLoop, this);
    return true;
}

void WaveWriter::addVendor(qint64 id, const QString &name, qint64 position)
{
    add({Vendor, -1, {id, position, 0, 0}, {}}, &name);
}

void WaveWriter::addSubprocess(qint64 id, const QString &name, qint64 position)
{
    add({Subprocess, -1, {id, position, 0, 0}, {}}, &name);
}

void WaveWriter::addFactor(qint64 id, const QString &name, qint64 position)
{
    add({Factor, -1, {id, position, 0, 0}, {}}, &name);
}

void WaveWriter::addAttribute(qint64 id, const QString &name)
{
    add({Attribute, -1, {id, 0, 0, 0}, {}}, &name);
}

void WaveWriter::addRespondent(qint64 id, qint64 survey, const QString &externalId, double weight)
{
    add({Respondent, -1, {id, survey, 0, 0}, {weight, 0.0}}, &externalId);
}

void WaveWriter::addRespondentAttribute(qint64 respondent, qint64 attribute, const QString &value)
{
    add({RespondentAttribute, -1, {respondent, attribute, 0, 0}, {}}, &value);
}

void WaveWriter::addEvaluation(qint64 respondent, qint64 vendor, double overall, double recommend)
{
    add({Evaluation, -1, {respondent, vendor, 0, 0}, {overall, recommend}});
}

void WaveWriter::addRating(qint64 respondent, qint64 vendor, qint64 subprocess, double value)
{
    add({Rating, -1, {respondent, vendor, subprocess, 0}, {value, 0.0}});
}

void WaveWriter::addFactorRating(qint64 respondent, qint64 vendor, qint64 factor, int kind,
                                 double value)
{
    add({FactorRating, -1, {respondent, vendor, factor, kind}, {value, 0.0}});
}

void WaveWriter::addReason(qint64 respondent, qint64 vendor, qint64 factor, int polarity)
{
    add({Reason, -1, {respondent, vendor, factor, polarity}, {}});
}

void WaveWriter::add(const Row &row, const QString *text)
{
    Batch &batch = *m_filling;
    batch.rows.push_back(row);
    if (text) {
        batch.rows.back().text = int(batch.texts.size());
        batch.texts.push_back(*text);
    }
    if (batch.rows.size() == BatchRows)
        handOver();
}

void WaveWriter::handOver()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < BatchesQueued || hasFailed(); });
    m_queue.push_back(std::move(m_filling));
    if (m_spare.empty()) {
        m_filling = std::make_unique<Batch>();
        m_filling->rows.reserve(BatchRows);
    } else {
        m_filling = std::move(m_spare.back());
        m_spare.pop_back();
    }
    m_changed.notify_all();
}

void WaveWriter::writeLoop()
{
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                break;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (!hasFailed() && !m_abandoned.load(std::memory_order_relaxed) && !write(*batch))
            m_failed.store(true);
        batch->rows.clear();
        batch->texts.clear();
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(batch));
        m_changed.notify_all();
    }
    if (hasFailed() || m_abandoned.load())
        return;
    for (BatchedInsert *insert : {m_ratings.get(), m_factorRatings.get()}) {
        if (!insert->flush()) {
            m_error = insert->errorString();
            m_failed.store(true);
            return;
        }
    }
}

bool WaveWriter::write(const Batch &batch)
{
    for (const Row &row : batch.rows) {
        if (row.kind == Rating || row.kind == FactorRating) {
            BatchedInsert &insert = row.kind == Rating ? *m_ratings : *m_factorRatings;
            if (!insert.add(row.ids, row.values[0])) {
                m_error = insert.errorString();
                return false;
            }
            continue;
        }
        SqliteStatement &statement = *m_statements[row.kind];
        int id = 0;
        int value = 0;
        for (int p = 0; Parameters[row.kind][p] != '\0'; ++p) {
            switch (Parameters[row.kind][p]) {
            case 'i':
                statement.bind(p + 1, row.ids[id++]);
                break;
            case 't':
                statement.bind(p + 1, batch.texts[size_t(row.text)]);
                break;
            default:
                statement.bind(p + 1, row.values[value++]);
                break;
            }
        }
        if (!statement.execute()) {
            m_error = statement.errorString();
            return false;
        }
    }
    return true;
}

bool WaveWriter::finish(QString *error)
{
    if (!m_thread.joinable())
        return false;
    if (!m_filling->rows.empty())
        handOver();
    stop(false);
    if (hasFailed())
        *error = m_error;
    return !hasFailed();
}

void WaveWriter::abandon()
{
    if (m_thread.joinable())
        stop(true);
}

void WaveWriter::stop(bool abandoned)
{
    {
        std::lock_guard lock(m_mutex);
        m_abandoned.store(abandoned);
        m_closing = true;
        m_changed.notify_all();
    }
    m_thread.join();
    // Finalised here, before the caller ends its savepoint.
    for (auto &statement : m_statements)
        statement.reset();
    m_ratings.reset();
    m_factorRatings.reset();
}

} // namespace Peakend
