#pragma once

#include "domain/creatednames.h"

#include <QString>

struct sqlite3;

namespace Peakend {

// Takes one survey wave (its respondents, ratings, evaluations, reasons and attributes, and
// the names its import created) out of the project and puts it back with the same ids, for
// the undo of an import. The rows wait in a private temporary database attached to the
// connection (on disk, deleted when the connection closes), so a wave of millions of
// ratings costs no memory. Each call is one transaction: all or nothing.
class SurveyWaveStash
{
public:
    explicit SurveyWaveStash(sqlite3 *db) : m_db(db) {}

    bool take(qint64 surveyId, const CreatedNames &created);
    bool putBack(qint64 surveyId, const CreatedNames &created);
    QString errorString() const { return m_error; }

private:
    bool attach();
    bool move(const char *from, const char *to, qint64 surveyId, const CreatedNames &created);

    sqlite3 *m_db;
    QString m_error;
};

} // namespace Peakend
