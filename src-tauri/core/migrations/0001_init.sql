-- Mend's first schema: the profile and the three kinds of entry.
-- Dates are local calendar dates 'YYYY-MM-DD'; timestamps are RFC 3339 UTC.

CREATE TABLE profile (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    birth_date    TEXT,
    delivery_type TEXT CHECK (delivery_type IN ('vaginal', 'caesarean')),
    epidural      INTEGER NOT NULL DEFAULT 0 CHECK (epidural IN (0, 1)),
    breastfeeding INTEGER NOT NULL DEFAULT 0 CHECK (breastfeeding IN (0, 1)),
    age_band      TEXT NOT NULL DEFAULT '19-50' CHECK (age_band IN ('14-18', '19-50', '51+')),
    updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE pain (
    id         INTEGER PRIMARY KEY,
    date       TEXT NOT NULL,
    time       TEXT,
    score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    locations  TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX pain_by_date ON pain (date, time);

CREATE TABLE exercise (
    id         INTEGER PRIMARY KEY,
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    intensity  TEXT NOT NULL CHECK (intensity IN ('light', 'moderate', 'vigorous')),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX exercise_by_date ON exercise (date);

CREATE TABLE calcium (
    id         INTEGER PRIMARY KEY,
    date       TEXT NOT NULL,
    time       TEXT,
    mg         INTEGER NOT NULL CHECK (mg BETWEEN 1 AND 5000),
    source     TEXT NOT NULL CHECK (source IN ('food', 'supplement')),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX calcium_by_date ON calcium (date, time);
