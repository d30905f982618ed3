#pragma once

#include <QString>

namespace Peakend {

// What went wrong with a project file. Storage returns these as values and never shows
// UI; the message is translated, names the file and says what the user can do.
struct StoreError
{
    enum class Kind {
        None,
        NotFound,
        NotSqlite,          // not an SQLite database at all
        Truncated,          // shorter than its header says
        ForeignApplication, // an SQLite file of another program
        NewerSchema,        // written by a newer Peakend: can still be opened read-only
        UntrustedSchema,    // contains triggers or views Peakend did not create
        Damaged,            // fails PRAGMA quick_check
        Locked,             // open in another Peakend window: can still be opened read-only
        NeedsUpgrade,       // older schema opened read-only: cannot migrate
        NeedsRecovery,      // an interrupted write to roll back, opened read-only
        Io,
        Sql,
        MigrationFailed,
    };

    Kind kind = Kind::None;
    QString message;

    bool isOk() const { return kind == Kind::None; }
    // Cases where opening read-only is a sensible offer to the user.
    bool canOpenReadOnly() const { return kind == Kind::NewerSchema || kind == Kind::Locked; }

    static StoreError ok() { return {}; }
    static StoreError make(Kind kind, const QString &message) { return {kind, message}; }
};

} // namespace Peakend
