-- Peakend project schema, version 3.
-- Import mappings saved by name, so that the next wave of the same export is mapped the
-- same way. headers holds the file's column headers (JSON array) the mapping was made for;
-- mapping holds the columns' roles, the scale's missing-value codes and the options (JSON,
-- see ImportMapping::toJson).
CREATE TABLE import_mapping (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE,
  headers  TEXT NOT NULL,
  mapping  TEXT NOT NULL,
  saved_at TEXT NOT NULL
);
