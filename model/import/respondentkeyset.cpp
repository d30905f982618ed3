#include "respondentkeyset.h"

#include <algorithm>

namespace Peakend {

namespace {

constexpr size_t FewKeys = 32;
constexpr qint64 LargestGap = 4096; // between ids kept in the vector

} // namespace

bool RespondentKeySet::insert(qint64 respondent, quint64 key)
{
    if (!m_reading || respondent != m_respondent) {
        finishRun();
        m_respondent = respondent;
        m_reading = true;
        // A respondent seen before: the keys of all its runs count.
        for (qint64 run = lastRun(respondent); run >= 0; run = m_runs[size_t(run)].previous) {
            const Run &r = m_runs[size_t(run)];
            m_currentKeys.insert(m_currentKeys.end(), m_keys.begin() + qsizetype(r.begin),
                                 m_keys.begin() + qsizetype(r.end));
        }
        if (m_currentKeys.size() > FewKeys)
            m_current = QSet<quint64>(m_currentKeys.cbegin(), m_currentKeys.cend());
    }
    if (contains(key))
        return false;
    m_currentKeys.push_back(key);
    if (m_currentKeys.size() == FewKeys + 1)
        m_current = QSet<quint64>(m_currentKeys.cbegin(), m_currentKeys.cend());
    else if (m_currentKeys.size() > FewKeys)
        m_current.insert(key);
    m_added.push_back(key);
    return true;
}

bool RespondentKeySet::contains(quint64 key) const
{
    if (m_currentKeys.size() > FewKeys)
        return m_current.contains(key);
    return std::find(m_currentKeys.cbegin(), m_currentKeys.cend(), key) != m_currentKeys.cend();
}

void RespondentKeySet::finishRun()
{
    if (!m_reading)
        return;
    const size_t begin = m_keys.size();
    m_keys.insert(m_keys.end(), m_added.begin(), m_added.end());
    m_runs.push_back({begin, m_keys.size(), lastRun(m_respondent)});
    setLastRun(m_respondent, qint64(m_runs.size()) - 1);
    if (m_currentKeys.size() > FewKeys)
        m_current.clear();
    m_currentKeys.clear();
    m_added.clear();
}

qint64 RespondentKeySet::lastRun(qint64 respondent) const
{
    const qint64 slot = respondent - m_firstRespondent;
    if (slot >= 0 && slot < qint64(m_lastRun.size()) && m_lastRun[size_t(slot)] >= 0)
        return m_lastRun[size_t(slot)];
    return m_lastRunElsewhere.value(respondent, -1);
}

void RespondentKeySet::setLastRun(qint64 respondent, qint64 run)
{
    if (m_lastRun.empty())
        m_firstRespondent = respondent;
    const qint64 slot = respondent - m_firstRespondent;
    if (slot < 0 || slot > qint64(m_lastRun.size()) + LargestGap) {
        m_lastRunElsewhere.insert(respondent, run);
        return;
    }
    if (slot >= qint64(m_lastRun.size()))
        m_lastRun.resize(size_t(slot) + 1, -1);
    m_lastRun[size_t(slot)] = run;
}

} // namespace Peakend
