#pragma once

#include "import/importsession.h"

#include <memory>

namespace Peakend {

// What the import wizard's pages fill in, one after the other; nothing reaches the project
// until the last page imports it.
struct ImportDraft
{
    QString file;
    ImportOptions options;                  // encoding, sheet, rows to skip, mapping to save
    std::shared_ptr<ImportSession> session; // the file as read with those options
    ImportPreview preview;                  // the session's, for the pages to show
    SurveyLayout layout;
    ImportMapping mapping;
    QString savedMappingName; // the saved mapping the draft started from, if any
    ImportReport validation;
    bool skipRowsWithIssues = false;
};

} // namespace Peakend
