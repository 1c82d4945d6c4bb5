-- Reminder settings and delivery state, app settings (quiet hours), and red-flag check-ins.

-- One row per reminder the user has changed or that has fired; defaults come from the guidance.
CREATE TABLE reminder_state (
    id               TEXT PRIMARY KEY,
    enabled          INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    time             TEXT,
    interval_minutes INTEGER CHECK (interval_minutes BETWEEN 5 AND 240),
    last_slot        TEXT,
    acknowledged     TEXT,
    snoozed_until    TEXT,
    updated_at       TEXT NOT NULL
) STRICT;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE red_flag (
    date       TEXT NOT NULL,
    flag       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (date, flag)
) STRICT;
