#pragma once

#include <QHash>
#include <QSet>

#include <vector>

namespace Peakend {

// Which keys (vendor, or vendor × subprocess) each respondent of a file has had, to find the
// same answer given twice. Exports keep a respondent's rows together, so the keys of the
// respondent being read sit in a small set that stays in cache, and those of respondents read
// before are kept packed, looked at again only when a respondent comes back later in the file.
class RespondentKeySet
{
public:
    // False when this respondent already had this key.
    bool insert(qint64 respondent, quint64 key);

private:
    void finishRun();

    struct Run
    {
        size_t begin;
        size_t end;
        qint64 previous; // the respondent's run before this one, or -1
    };
    bool contains(quint64 key) const;
    qint64 lastRun(qint64 respondent) const;
    void setLastRun(qint64 respondent, qint64 run);

    qint64 m_respondent = 0;
    bool m_reading = false;
    // The keys of m_respondent, all runs: searched in m_currentKeys while there are a few,
    // and in m_current (filled then) beyond, so that a run costs no allocation.
    std::vector<quint64> m_currentKeys;
    QSet<quint64> m_current;
    std::vector<quint64> m_added; // those this run added
    std::vector<quint64> m_keys;  // the keys of finished runs, run after run
    std::vector<Run> m_runs;
    // respondent → its last finished run, or -1. The importer's ids count up from the first,
    // so they index a vector; an id far from those goes to the hash.
    qint64 m_firstRespondent = 0;
    std::vector<qint64> m_lastRun;
    QHash<qint64, qint64> m_lastRunElsewhere;
};

} // namespace Peakend
