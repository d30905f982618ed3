#pragma once

#include "domain/survey.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct sqlite3;

namespace Peakend {

class BatchedInsert;

// Writes the rows of one survey wave on a thread of its own, in the order they are added, so
// that reading and checking the file (the caller's thread) and SQLite's inserts run side by
// side. The caller holds the write transaction and chooses every new row's id itself; from
// start() until finish() or abandon() it must not use the connection. Memory stays bounded:
// adding waits while a few batches are still to be written.
class WaveWriter
{
public:
    explicit WaveWriter(sqlite3 *db);
    ~WaveWriter(); // abandons what was not written
    WaveWriter(const WaveWriter &) = delete;
    WaveWriter &operator=(const WaveWriter &) = delete;

    // Prepares the statements and starts the thread; the wave's row in survey must exist.
    bool start(qint64 surveyId, QString *error);

    void addVendor(qint64 id, const QString &name, qint64 position);
    void addSubprocess(qint64 id, const QString &name, qint64 position); // purchase phase
    void addFactor(qint64 id, const QString &name, qint64 position);
    void addAttribute(qint64 id, const QString &name);
    void addRespondent(qint64 id, qint64 survey, const QString &externalId, double weight);
    void addRespondentAttribute(qint64 respondent, qint64 attribute, const QString &value);
    // A NaN keeps what an earlier call for the same respondent and vendor wrote.
    void addEvaluation(qint64 respondent, qint64 vendor, double overall, double recommend);
    // A respondent's ratings of a vendor make one journey row, gathered here: they are best
    // added in a row (a journey that comes back later is merged into the one written).
    void addRating(qint64 respondent, qint64 vendor, qint64 subprocess, double value);
    void addFactorRating(qint64 respondent, qint64 vendor, qint64 factor, FactorRatingKind kind,
                         double value);
    void addReason(qint64 respondent, qint64 vendor, qint64 factor, Polarity polarity);

    // A write failed: nothing after it is written, and finish() will say why.
    bool hasFailed() const { return m_failed.load(std::memory_order_relaxed); }
    // Writes what is left and waits for it; false with the first error SQLite gave.
    bool finish(QString *error);
    void abandon(); // stops as soon as it can; the caller rolls back

private:
    enum Kind : quint8 {
        Vendor,
        Subprocess,
        Factor,
        Attribute,
        Respondent,
        RespondentAttribute,
        Evaluation,
        Reason,
        Rating,
        FactorRating,
        Kinds
    };
    struct Row
    {
        Kind kind;
        int text; // index into Batch::texts (Batch::journeys for a Rating row), or -1
        qint64 ids[4];
        double values[2];
    };
    struct Batch
    {
        std::vector<Row> rows;
        std::vector<QString> texts;
        std::vector<QByteArray> journeys; // JourneyRatings' text
    };

    void add(const Row &row, const QString *text = nullptr);
    void handOver();
    void writeLoop();
    bool write(const Batch &batch);
    bool insert(Kind kind, const qint64 *ids, const double *values, const QByteArray &text);
    bool flushThrough(Kind kind);
    void endJourney();
    bool mergeJourney(qint64 respondent, qint64 vendor, const QByteArray &text);
    bool finishWave();
    void stop(bool abandoned);

    sqlite3 *m_db;
    qint64 m_surveyId = 0;
    // Parents before children: flushing a kind flushes those before it first.
    std::unique_ptr<BatchedInsert> m_inserts[Kinds];
    // The caller's thread: the wave's subprocesses in the order of its journeys
    // (survey.journey_subprocesses), and the journey being gathered.
    std::vector<qint64> m_order;
    QHash<qint64, int> m_orderIndex;
    bool m_orderChanged = false;
    qint64 m_journey[2] = {0, 0};        // respondent, vendor
    std::vector<double> m_journeyValues; // in m_order; NaN where not rated
    size_t m_nextIndex = 0; // where the next rating most likely goes: files keep an order
    std::string m_journeyText;
    std::string m_orderText; // set by finish() when the order changed, for the thread
    std::unique_ptr<Batch> m_filling;
    std::deque<std::unique_ptr<Batch>> m_queue;  // handed over, not yet written
    std::vector<std::unique_ptr<Batch>> m_spare; // written, to be filled again
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_closing = false;
    std::atomic<bool> m_abandoned{false};
    std::atomic<bool> m_failed{false};
    QString m_error; // written by the thread before m_failed, read after it has ended
    std::thread m_thread;
};

} // namespace Peakend
