#pragma once

#include "document/field.h"

#include <QFlags>

namespace Peakend {

// What a ProjectDocument::changed signal is about, so that each view and item model
// reloads only what it shows.
enum class ChangeFlag : unsigned {
    Project = 0x001, // name, scale, brand value
    Vendors = 0x002,
    Subprocesses = 0x004,
    Factors = 0x008,
    Touchpoints = 0x010, // and channels
    Surveys = 0x020,     // waves, respondents, ratings, evaluations, reasons
    Cycles = 0x040,      // CEM cycles and their per-factor entries
    Requirements = 0x080,
    Kpis = 0x100,
    Incidents = 0x200,
    Segments = 0x400, // saved segment definitions
    All = 0x7ff,
};
Q_DECLARE_FLAGS(Changes, ChangeFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

struct ProjectChange
{
    Changes what;
    // For a single value edit: which field of which row. None: rows were added or removed.
    Field field = Field::None;
    qint64 rowId = 0;

    bool isValueChange() const { return field != Field::None; }
};

} // namespace Peakend
