#pragma once

#include "import/importsource.h"
#include "import/surveylayout.h"

namespace Peakend {

// What the import wizard's pages fill in, one after the other; nothing reaches the project
// until the last page imports it.
struct ImportDraft
{
    QString file;
    ImportOptions options; // encoding, sheet, rows to skip, mapping to save
    ImportPreview preview;
    SurveyLayout layout;
    ImportMapping mapping;
    QString savedMappingName; // the saved mapping the draft started from, if any
    ImportReport validation;
    bool skipRowsWithIssues = false;
};

} // namespace Peakend
