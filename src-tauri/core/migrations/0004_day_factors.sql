-- Daily factors: sleep and mood (one optional value each per day), and her own yes/no tags.

-- One row per day with sleep or mood logged; a row whose values are both cleared is removed.
-- Sleep is kept in half hours (0–48), so 6.5 hours is stored exactly as 13.
CREATE TABLE day_factor (
    date             TEXT PRIMARY KEY,
    sleep_half_hours INTEGER CHECK (sleep_half_hours BETWEEN 0 AND 48),
    mood             INTEGER CHECK (mood BETWEEN 0 AND 10),
    updated_at       TEXT NOT NULL
) STRICT;

-- Her tags. `folded` is the name trimmed and lower-cased (by Mend, for every script), so two
-- tags cannot differ only in case. A retired tag keeps its days but is not offered any more.
CREATE TABLE tag (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    folded     TEXT NOT NULL UNIQUE,
    retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- The tags that were true on each day.
CREATE TABLE day_tag (
    date       TEXT NOT NULL,
    tag_id     INTEGER NOT NULL REFERENCES tag (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (date, tag_id)
) STRICT;
CREATE INDEX day_tag_by_tag ON day_tag (tag_id);
