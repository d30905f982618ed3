#include "wavewriter.h"

#include "batchedinsert.h"
#include "domain/phase.h"
#include "storage/journeyratings.h"
#include "storage/sqlitestatement.h"

#include <QtNumeric>

#include <iterator>

namespace Peakend {

namespace {

// Large enough that handing a batch over costs nothing beside writing it, small enough that
// the few batches in flight stay well under a megabyte each.
constexpr size_t BatchRows = 4096;
constexpr size_t BatchesQueued = 4;

// Each kind's table and columns, what a row's parameters take (BatchedInsert), and what is
// done when its key is there already; in the order of WaveWriter::Kind.
struct Statement
{
    const char *insert;
    const char *parameters;
    const char *suffix;
};
constexpr Statement Statements[] = {
    {"INSERT INTO vendor (id, name, position) VALUES", "iti", ""},
    {"INSERT INTO subprocess (id, name, phase, position) VALUES", "itii", ""},
    {"INSERT INTO factor (id, name, position) VALUES", "iti", ""},
    {"INSERT INTO attribute (id, name) VALUES", "it", ""},
    {"INSERT INTO respondent (id, survey_id, external_id, weight) VALUES", "iitv", ""},
    {"INSERT INTO respondent_attribute (respondent_id, attribute_id, value) VALUES", "iit", ""},
    {"INSERT INTO evaluation (respondent_id, vendor_id, overall, recommend) VALUES", "iivv",
     "ON CONFLICT (respondent_id, vendor_id) DO UPDATE SET "
     "overall = coalesce(excluded.overall, overall), "
     "recommend = coalesce(excluded.recommend, recommend)"},
    {"INSERT OR IGNORE INTO reason (respondent_id, vendor_id, factor_id, polarity) VALUES", "iiii",
     ""},
    {"INSERT INTO journey_rating (respondent_id, vendor_id, ratings, rating_count) VALUES", "iiti",
     ""}, // a journey that comes back is merged (mergeJourney)
    {"INSERT INTO factor_rating (respondent_id, vendor_id, factor_id, kind, value) VALUES", "iiiiv",
     ""},
};

} // namespace

WaveWriter::WaveWriter(sqlite3 *db) : m_db(db) {}

WaveWriter::~WaveWriter()
{
    abandon();
}

bool WaveWriter::start(qint64 surveyId, QString *error)
{
    static_assert(std::size(Statements) == Kinds);
    m_surveyId = surveyId;
    SqliteStatement order(m_db, "SELECT journey_subprocesses FROM survey WHERE id = ?");
    order.bind(1, surveyId);
    if (!order.next() || !JourneyRatings::readIds(order.columnUtf8(0), &m_order)) {
        *error = order.errorString();
        return false;
    }
    for (size_t i = 0; i < m_order.size(); ++i)
        m_orderIndex.insert(m_order[i], int(i));
    for (int kind = 0; kind < Kinds; ++kind) {
        const Statement &statement = Statements[kind];
        BatchedInsert::Conflict conflict;
        if (kind == Rating) {
            conflict = [this](const qint64 *ids, const QByteArray &text) {
                return mergeJourney(ids[0], ids[1], text);
            };
        }
        m_inserts[kind] = std::make_unique<BatchedInsert>(
            m_db, statement.insert, statement.parameters, statement.suffix, std::move(conflict));
        if (!m_inserts[kind]->isValid()) {
            *error = m_inserts[kind]->errorString();
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
    add({Subprocess, -1, {id, qint64(Phase::Purchase), position, 0}, {}}, &name);
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
    if (respondent != m_journey[0] || vendor != m_journey[1]) {
        endJourney();
        m_journey[0] = respondent;
        m_journey[1] = vendor;
    }
    size_t index = m_nextIndex;
    if (index >= m_order.size() || m_order[index] != subprocess) {
        auto known = m_orderIndex.constFind(subprocess);
        if (known == m_orderIndex.cend()) {
            known = m_orderIndex.insert(subprocess, int(m_order.size()));
            m_order.push_back(subprocess);
            m_orderChanged = true;
        }
        index = size_t(*known);
    }
    if (m_journeyValues.size() <= index)
        m_journeyValues.resize(m_order.size(), qQNaN());
    m_journeyValues[index] = value;
    m_nextIndex = index + 1;
}

// The journey gathered goes to the thread as one row: (respondent, vendor, count) and its text.
void WaveWriter::endJourney()
{
    const int count = JourneyRatings::count(m_journeyValues);
    if (count == 0)
        return;
    JourneyRatings::write(m_journeyValues, &m_journeyText);
    m_journeyValues.assign(m_order.size(), qQNaN());
    m_nextIndex = 0;
    Batch &batch = *m_filling;
    batch.rows.push_back(
        {Rating, int(batch.journeys.size()), {m_journey[0], m_journey[1], count, 0}, {}});
    batch.journeys.emplace_back(QByteArray::fromStdString(m_journeyText));
    if (batch.rows.size() == BatchRows)
        handOver();
}

void WaveWriter::addFactorRating(qint64 respondent, qint64 vendor, qint64 factor,
                                 FactorRatingKind kind, double value)
{
    add({FactorRating, -1, {respondent, vendor, factor, qint64(kind)}, {value, 0.0}});
}

void WaveWriter::addReason(qint64 respondent, qint64 vendor, qint64 factor, Polarity polarity)
{
    add({Reason, -1, {respondent, vendor, factor, qint64(polarity)}, {}});
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
        batch->journeys.clear();
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(batch));
        m_changed.notify_all();
    }
    if (!hasFailed() && !m_abandoned.load() && !finishWave())
        m_failed.store(true);
}

bool WaveWriter::write(const Batch &batch)
{
    for (const Row &row : batch.rows) {
        QByteArray text;
        if (row.kind == Rating)
            text = batch.journeys[size_t(row.text)];
        else if (row.text >= 0)
            text = batch.texts[size_t(row.text)].toUtf8();
        if (!insert(row.kind, row.ids, row.values, text))
            return false;
    }
    return true;
}

bool WaveWriter::insert(Kind kind, const qint64 *ids, const double *values, const QByteArray &text)
{
    BatchedInsert &rows = *m_inserts[kind];
    rows.add(ids, values, text);
    return !rows.isFull() || flushThrough(kind);
}

// Parents first: with foreign keys checked, a row needs its respondent, vendor … written.
bool WaveWriter::flushThrough(Kind kind)
{
    for (int k = 0; k <= kind; ++k) {
        if (!m_inserts[k]->flush()) {
            m_error = m_inserts[k]->errorString();
            return false;
        }
    }
    return true;
}

// The journey's respondent came back later in the file: its ratings join those written
// (the importer has made sure they rate other subprocesses).
bool WaveWriter::mergeJourney(qint64 respondent, qint64 vendor, const QByteArray &text)
{
    SqliteStatement stored(m_db, "SELECT ratings FROM journey_rating "
                                 "WHERE respondent_id = ? AND vendor_id = ?");
    stored.bind(1, respondent);
    stored.bind(2, vendor);
    std::vector<double> values;
    std::vector<double> added;
    if (!stored.next() || !JourneyRatings::read(stored.columnUtf8(0), &values)
        || !JourneyRatings::read(text, &added)) {
        return false;
    }
    if (values.size() < added.size())
        values.resize(added.size(), qQNaN());
    for (size_t i = 0; i < added.size(); ++i) {
        if (!qIsNaN(added[i]))
            values[i] = added[i];
    }
    std::string merged;
    JourneyRatings::write(values, &merged);
    SqliteStatement update(m_db, "UPDATE journey_rating SET ratings = ?, rating_count = ? "
                                 "WHERE respondent_id = ? AND vendor_id = ?");
    update.bindUtf8(1, merged);
    update.bind(2, qint64(JourneyRatings::count(values)));
    update.bind(3, respondent);
    update.bind(4, vendor);
    return update.execute();
}

bool WaveWriter::finishWave()
{
    if (!flushThrough(Kind(Kinds - 1)))
        return false;
    if (m_orderText.empty())
        return true;
    SqliteStatement update(m_db, "UPDATE survey SET journey_subprocesses = ? WHERE id = ?");
    update.bindUtf8(1, m_orderText);
    update.bind(2, m_surveyId);
    if (update.execute())
        return true;
    m_error = update.errorString();
    return false;
}

bool WaveWriter::finish(QString *error)
{
    if (!m_thread.joinable())
        return false;
    endJourney();
    if (!m_filling->rows.empty())
        handOver();
    if (m_orderChanged)
        JourneyRatings::writeIds(m_order, &m_orderText); // stop() hands it over with its lock
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
    for (auto &insert : m_inserts)
        insert.reset();
}

} // namespace Peakend
