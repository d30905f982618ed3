-- Peakend project schema, version 4.
-- Segments saved by name, e.g. "Key accounts" = value tier = A; company size = enterprise.
-- definition is the text the user typed (SegmentDefinition: conditions separated by ";",
-- each "attribute = value | value"), kept as written so that it reads back the same.
CREATE TABLE segment (
  id         INTEGER PRIMARY KEY,
  name       TEXT    NOT NULL UNIQUE,
  definition TEXT    NOT NULL DEFAULT '',
  position   INTEGER NOT NULL
);
