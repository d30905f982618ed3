-- Peakend project schema, version 6.
-- Each wave keeps the rating scale its subprocess, factor and overall ratings are on (a 1–5
-- export is measured against its own neutral point 3, not the project's 5.5), and the import
-- mapping it was read with (JSON, see ImportMapping; empty for waves written before, the
-- workshop and the demos). The project's scale stays: it is the scale of the CEM steps, the
-- workshop and a new wave unless its mapping says otherwise. Existing waves were imported on
-- the project's scale, so they take it.
ALTER TABLE survey ADD COLUMN scale_min REAL NOT NULL DEFAULT 1;
ALTER TABLE survey ADD COLUMN scale_max REAL NOT NULL DEFAULT 10;
ALTER TABLE survey ADD COLUMN scale_neutral REAL NOT NULL DEFAULT 5.5
  CHECK (scale_min < scale_max AND scale_neutral BETWEEN scale_min AND scale_max);
ALTER TABLE survey ADD COLUMN mapping TEXT NOT NULL DEFAULT '';

UPDATE survey SET scale_min = (SELECT scale_min FROM project),
                  scale_max = (SELECT scale_max FROM project),
                  scale_neutral = (SELECT scale_neutral FROM project)
WHERE EXISTS (SELECT 1 FROM project);
