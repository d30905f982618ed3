#include "respondentkeyset.h"

namespace Peakend {

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
            for (size_t i = r.begin; i < r.end; ++i)
                m_current.insert(m_keys[i]);
        }
    }
    const qsizetype before = m_current.size();
    m_current.insert(key);
    if (m_current.size() == before)
        return false;
    m_added.push_back(key);
    return true;
}

void RespondentKeySet::finishRun()
{
    if (!m_reading)
        return;
    const size_t begin = m_keys.size();
    m_keys.insert(m_keys.end(), m_added.begin(), m_added.end());
    m_runs.push_back({begin, m_keys.size(), m_lastRun.value(m_respondent, -1)});
    m_lastRun.insert(m_respondent, qint64(m_runs.size()) - 1);
    m_current.clear();
    m_added.clear();
}

} // namespace Peakend
