-- Peakend project schema, version 1.
-- Applied by Migrator inside one transaction; never edit a released migration:
-- add resources/schema/NNNN.sql instead. See DESIGN.md §2.1 for the entities.

-- One row: the project itself, its rating scale and brand-value statement.
CREATE TABLE project (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  name          TEXT    NOT NULL,
  brand_value   TEXT    NOT NULL DEFAULT '',
  description   TEXT    NOT NULL DEFAULT '',
  scale_min     REAL    NOT NULL DEFAULT 1,
  scale_max     REAL    NOT NULL DEFAULT 10,
  scale_neutral REAL    NOT NULL DEFAULT 5.5,
  is_synthetic  INTEGER NOT NULL DEFAULT 0 CHECK (is_synthetic IN (0, 1)),
  created_at    TEXT    NOT NULL,
  CHECK (scale_min < scale_max),
  CHECK (scale_neutral BETWEEN scale_min AND scale_max)
);

CREATE TABLE vendor (
  id       INTEGER PRIMARY KEY,
  name     TEXT    NOT NULL UNIQUE,
  is_own   INTEGER NOT NULL DEFAULT 0 CHECK (is_own IN (0, 1)),
  color    TEXT    NOT NULL DEFAULT '',
  position INTEGER NOT NULL
);

-- Journey stages in chronological order; phase 0 pre-purchase, 1 purchase, 2 post-purchase.
CREATE TABLE subprocess (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL,
  phase         INTEGER NOT NULL CHECK (phase IN (0, 1, 2)),
  position      INTEGER NOT NULL,
  carries_brand INTEGER NOT NULL DEFAULT 0 CHECK (carries_brand IN (0, 1))
);

-- CEM experience factors (product, service, relationship, convenience, brand image, price).
CREATE TABLE factor (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL UNIQUE,
  position      INTEGER NOT NULL,
  carries_brand INTEGER NOT NULL DEFAULT 0 CHECK (carries_brand IN (0, 1))
);

CREATE TABLE channel (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE touchpoint (
  id            INTEGER PRIMARY KEY,
  name          TEXT    NOT NULL,
  channel_id    INTEGER REFERENCES channel (id) ON DELETE SET NULL,
  subprocess_id INTEGER REFERENCES subprocess (id) ON DELETE SET NULL,
  position      INTEGER NOT NULL
);
CREATE INDEX touchpoint_by_channel ON touchpoint (channel_id);
CREATE INDEX touchpoint_by_subprocess ON touchpoint (subprocess_id);

-- One imported wave. source_sha256 lets an import notice the same file twice.
CREATE TABLE survey (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  fielded_on    TEXT NOT NULL DEFAULT '',
  source_file   TEXT NOT NULL DEFAULT '',
  source_format TEXT NOT NULL DEFAULT '',
  source_sha256 TEXT NOT NULL DEFAULT '',
  imported_at   TEXT NOT NULL
);

CREATE TABLE respondent (
  id          INTEGER PRIMARY KEY,
  survey_id   INTEGER NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  external_id TEXT    NOT NULL,
  weight      REAL    NOT NULL DEFAULT 1 CHECK (weight > 0),
  UNIQUE (survey_id, external_id)
);

-- Segment attributes (customer value tier, region, channel …) as name/value pairs.
CREATE TABLE attribute (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE respondent_attribute (
  respondent_id INTEGER NOT NULL REFERENCES respondent (id) ON DELETE CASCADE,
  attribute_id  INTEGER NOT NULL REFERENCES attribute (id) ON DELETE CASCADE,
  value         TEXT    NOT NULL,
  PRIMARY KEY (respondent_id, attribute_id)
) WITHOUT ROWID;
CREATE INDEX respondent_attribute_by_value ON respondent_attribute (attribute_id, value);

-- Respondent × vendor × subprocess on the project scale. The primary key keeps one
-- respondent's journey together (what the regressions read); the index serves curves.
CREATE TABLE rating (
  respondent_id INTEGER NOT NULL REFERENCES respondent (id) ON DELETE CASCADE,
  vendor_id     INTEGER NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
  subprocess_id INTEGER NOT NULL REFERENCES subprocess (id) ON DELETE CASCADE,
  value         REAL    NOT NULL,
  PRIMARY KEY (respondent_id, vendor_id, subprocess_id)
) WITHOUT ROWID;
CREATE INDEX rating_by_vendor_subprocess ON rating (vendor_id, subprocess_id, value);
CREATE INDEX rating_by_subprocess ON rating (subprocess_id);

-- Respondent × vendor × factor: experience (kind 0), expectation (1), stated importance (2).
CREATE TABLE factor_rating (
  respondent_id INTEGER NOT NULL REFERENCES respondent (id) ON DELETE CASCADE,
  vendor_id     INTEGER NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
  factor_id     INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
  kind          INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),
  value         REAL    NOT NULL,
  PRIMARY KEY (respondent_id, vendor_id, factor_id, kind)
) WITHOUT ROWID;
CREATE INDEX factor_rating_by_vendor_factor ON factor_rating (vendor_id, factor_id, kind);
CREATE INDEX factor_rating_by_factor ON factor_rating (factor_id);

-- Respondent × vendor: overall satisfaction (project scale) and likelihood to recommend (0–10).
CREATE TABLE evaluation (
  respondent_id INTEGER NOT NULL REFERENCES respondent (id) ON DELETE CASCADE,
  vendor_id     INTEGER NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
  overall       REAL,
  recommend     REAL CHECK (recommend BETWEEN 0 AND 10),
  PRIMARY KEY (respondent_id, vendor_id)
) WITHOUT ROWID;
CREATE INDEX evaluation_by_vendor ON evaluation (vendor_id);

-- Multi-select reasons to like (polarity 1) or dislike (polarity -1), mapped to factors.
CREATE TABLE reason (
  respondent_id INTEGER NOT NULL,
  vendor_id     INTEGER NOT NULL,
  factor_id     INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
  polarity      INTEGER NOT NULL CHECK (polarity IN (-1, 1)),
  PRIMARY KEY (respondent_id, vendor_id, factor_id, polarity),
  FOREIGN KEY (respondent_id, vendor_id)
    REFERENCES evaluation (respondent_id, vendor_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX reason_by_factor ON reason (factor_id, polarity);
CREATE INDEX reason_by_vendor ON reason (vendor_id);

-- One pass through the seven CEM steps; baseline is the cycle it is compared with.
CREATE TABLE cem_cycle (
  id           INTEGER PRIMARY KEY,
  name         TEXT    NOT NULL,
  number       INTEGER NOT NULL UNIQUE CHECK (number >= 1),
  started_on   TEXT    NOT NULL,
  current_step INTEGER NOT NULL DEFAULT 1 CHECK (current_step BETWEEN 1 AND 7),
  brand_value  TEXT    NOT NULL DEFAULT '',
  strategy     TEXT    NOT NULL DEFAULT '',
  survey_id    INTEGER REFERENCES survey (id) ON DELETE SET NULL,
  baseline_id  INTEGER REFERENCES cem_cycle (id) ON DELETE SET NULL
);
CREATE INDEX cem_cycle_by_survey ON cem_cycle (survey_id);
CREATE INDEX cem_cycle_by_baseline ON cem_cycle (baseline_id);

-- Steps 1–4 per factor: carries the brand, experience X, expectation E, importance I, ideal D.
CREATE TABLE cycle_factor (
  id            INTEGER PRIMARY KEY,
  cycle_id      INTEGER NOT NULL REFERENCES cem_cycle (id) ON DELETE CASCADE,
  factor_id     INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
  carries_brand INTEGER NOT NULL DEFAULT 0 CHECK (carries_brand IN (0, 1)),
  experience    REAL,
  expectation   REAL,
  importance    REAL,
  ideal         REAL,
  UNIQUE (cycle_id, factor_id)
);
CREATE INDEX cycle_factor_by_factor ON cycle_factor (factor_id);

-- Steps 5–6: actions that close gaps, with strategic fit and readiness (1–5 each).
CREATE TABLE requirement (
  id                   INTEGER PRIMARY KEY,
  cycle_id             INTEGER NOT NULL REFERENCES cem_cycle (id) ON DELETE CASCADE,
  title                TEXT    NOT NULL,
  description          TEXT    NOT NULL DEFAULT '',
  owner                TEXT    NOT NULL DEFAULT '',
  cost_estimate        REAL,
  strategic_fit        INTEGER CHECK (strategic_fit BETWEEN 1 AND 5),
  readiness_people     INTEGER CHECK (readiness_people BETWEEN 1 AND 5),
  readiness_process    INTEGER CHECK (readiness_process BETWEEN 1 AND 5),
  readiness_technology INTEGER CHECK (readiness_technology BETWEEN 1 AND 5),
  decision             INTEGER NOT NULL DEFAULT 0 CHECK (decision BETWEEN 0 AND 3),
  position             INTEGER NOT NULL
);
CREATE INDEX requirement_by_cycle ON requirement (cycle_id);

CREATE TABLE requirement_factor (
  requirement_id INTEGER NOT NULL REFERENCES requirement (id) ON DELETE CASCADE,
  factor_id      INTEGER NOT NULL REFERENCES factor (id) ON DELETE CASCADE,
  PRIMARY KEY (requirement_id, factor_id)
) WITHOUT ROWID;
CREATE INDEX requirement_factor_by_factor ON requirement_factor (factor_id);

-- Step 7: KPIs measured per period, optionally linked to a requirement.
CREATE TABLE kpi (
  id             INTEGER PRIMARY KEY,
  cycle_id       INTEGER NOT NULL REFERENCES cem_cycle (id) ON DELETE CASCADE,
  requirement_id INTEGER REFERENCES requirement (id) ON DELETE SET NULL,
  name           TEXT    NOT NULL,
  unit           TEXT    NOT NULL DEFAULT '',
  position       INTEGER NOT NULL
);
CREATE INDEX kpi_by_cycle ON kpi (cycle_id);
CREATE INDEX kpi_by_requirement ON kpi (requirement_id);

CREATE TABLE kpi_value (
  kpi_id   INTEGER NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  period   TEXT    NOT NULL,
  value    REAL    NOT NULL,
  PRIMARY KEY (kpi_id, position)
) WITHOUT ROWID;

-- Critical incidents: polarity 1 positive, -1 negative; response time in hours if answered.
CREATE TABLE critical_incident (
  id             INTEGER PRIMARY KEY,
  occurred_on    TEXT    NOT NULL,
  touchpoint_id  INTEGER REFERENCES touchpoint (id) ON DELETE SET NULL,
  polarity       INTEGER NOT NULL CHECK (polarity IN (-1, 1)),
  description    TEXT    NOT NULL DEFAULT '',
  response_hours REAL CHECK (response_hours >= 0)
);
CREATE INDEX critical_incident_by_touchpoint ON critical_incident (touchpoint_id);
