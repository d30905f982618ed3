#include "respondentkeyset.h"

#include <algorithm>

namespace Peakend {

namespace {

constexpr size_t FewKeys = 32;

} // namespace

bool RespondentKeySet::insert(qint64 respondent, quint64 key)
{
    if (!m_reading || respondent != m_respondent) {
        finishRun();
        m_respondent = respondent;
        m_reading = true;
        // A respondent seen before: the keys of all its runs count.
        for (qint64 run = m_lastRun.value(respondent, -1); run >= 0;
             run = m_runs[size_t(run)].previous) {
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
    m_runs.push_back({begin, m_keys.size(), m_lastRun.value(m_respondent, -1)});
    m_lastRun.insert(m_respondent, qint64(m_runs.size()) - 1);
    if (m_currentKeys.size() > FewKeys)
        m_current.clear();
    m_currentKeys.clear();
    m_added.clear();
}

} // namespace Peakend
