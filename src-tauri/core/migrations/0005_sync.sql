-- Sync through a folder (see `sync`): ids that are unique across computers, and a log of what
-- changed since the last sync, kept by triggers so every write path is caught.

-- Entries gain `uid`: 128 random bits, made by SQLite for every new row and for the rows there
-- are. SQLite cannot add a column with a random default, so each table is rebuilt (ids kept).
CREATE TABLE pain_new (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    date       TEXT NOT NULL,
    time       TEXT,
    score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    locations  TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
INSERT INTO pain_new (id, date, time, score, locations, note, created_at, updated_at)
    SELECT id, date, time, score, locations, note, created_at, updated_at FROM pain;
DROP TABLE pain;
ALTER TABLE pain_new RENAME TO pain;
CREATE INDEX pain_by_date ON pain (date, time);

CREATE TABLE exercise_new (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    intensity  TEXT NOT NULL CHECK (intensity IN ('light', 'moderate', 'vigorous')),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
INSERT INTO exercise_new (id, date, kind, minutes, intensity, note, created_at, updated_at)
    SELECT id, date, kind, minutes, intensity, note, created_at, updated_at FROM exercise;
DROP TABLE exercise;
ALTER TABLE exercise_new RENAME TO exercise;
CREATE INDEX exercise_by_date ON exercise (date);

CREATE TABLE calcium_new (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))),
    date       TEXT NOT NULL,
    time       TEXT,
    mg         INTEGER NOT NULL CHECK (mg BETWEEN 1 AND 5000),
    source     TEXT NOT NULL CHECK (source IN ('food', 'supplement')),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
INSERT INTO calcium_new (id, date, time, mg, source, note, created_at, updated_at)
    SELECT id, date, time, mg, source, note, created_at, updated_at FROM calcium;
DROP TABLE calcium;
ALTER TABLE calcium_new RENAME TO calcium;
CREATE INDEX calcium_by_date ON calcium (date, time);

-- A tag's uid is its folded name when it was made, so a tag made with the same name on two
-- computers is one tag; a rename keeps the uid. A name whose uid is taken (by a tag since
-- renamed) gets random bits after it (`repo::tags::insert`).
ALTER TABLE tag ADD COLUMN uid TEXT;
UPDATE tag SET uid = folded;
CREATE UNIQUE INDEX tag_by_uid ON tag (uid);

-- This computer's sync: one row while sync is on (the triggers below write only then).
-- `applying` is 1 while changes from other computers are written, which are not logged again.
CREATE TABLE sync_config (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    folder     TEXT NOT NULL,
    folder_id  TEXT NOT NULL,
    device     TEXT NOT NULL,
    key        BLOB NOT NULL CHECK (length(key) = 32),
    next_seq   INTEGER NOT NULL DEFAULT 1,
    hlc        TEXT NOT NULL DEFAULT '',
    applying   INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1)),
    last_sync  TEXT,
    problems   TEXT NOT NULL DEFAULT '[]'
) STRICT;

-- What changed here since the last sync, by sync key ('pain/<uid>', 'sleep/<date>', ...), and
-- when (ms since 1970, by the system clock): the change's time for the sync clock.
CREATE TABLE sync_dirty (key TEXT PRIMARY KEY, at INTEGER NOT NULL) STRICT, WITHOUT ROWID;

-- The clock of the change in force for each key ever synced; a delete keeps its row, so an
-- older edit arriving later cannot bring the entry back.
CREATE TABLE sync_clock (key TEXT PRIMARY KEY, hlc TEXT NOT NULL) STRICT, WITHOUT ROWID;

-- The other computers: their files applied here, and what they last said of themselves.
CREATE TABLE sync_peer (
    device      TEXT PRIMARY KEY,
    name        TEXT NOT NULL DEFAULT '',
    last_change TEXT,
    removed     INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
) STRICT;
CREATE TABLE sync_applied (
    device TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    PRIMARY KEY (device, seq)
) STRICT, WITHOUT ROWID;

-- The triggers: each write marks the keys it changed, through `sync_mark`, which logs a key
-- (now) only while sync is on and this computer's own change is being written. (A trigger's
-- own conflict clause gives way to its statement's, so the log is kept with DELETE + INSERT.)
CREATE VIEW sync_mark AS SELECT key FROM sync_dirty;
CREATE TRIGGER sync_mark INSTEAD OF INSERT ON sync_mark
WHEN EXISTS (SELECT 1 FROM sync_config WHERE applying = 0) BEGIN
    DELETE FROM sync_dirty WHERE key = NEW.key;
    INSERT INTO sync_dirty VALUES (NEW.key, CAST(unixepoch('subsec') * 1000 AS INTEGER));
END;

CREATE TRIGGER pain_sync_insert AFTER INSERT ON pain BEGIN
    INSERT INTO sync_mark VALUES ('pain/' || NEW.uid); END;
CREATE TRIGGER pain_sync_update AFTER UPDATE ON pain BEGIN
    INSERT INTO sync_mark VALUES ('pain/' || NEW.uid); END;
CREATE TRIGGER pain_sync_delete AFTER DELETE ON pain BEGIN
    INSERT INTO sync_mark VALUES ('pain/' || OLD.uid); END;
CREATE TRIGGER exercise_sync_insert AFTER INSERT ON exercise BEGIN
    INSERT INTO sync_mark VALUES ('exercise/' || NEW.uid); END;
CREATE TRIGGER exercise_sync_update AFTER UPDATE ON exercise BEGIN
    INSERT INTO sync_mark VALUES ('exercise/' || NEW.uid); END;
CREATE TRIGGER exercise_sync_delete AFTER DELETE ON exercise BEGIN
    INSERT INTO sync_mark VALUES ('exercise/' || OLD.uid); END;
CREATE TRIGGER calcium_sync_insert AFTER INSERT ON calcium BEGIN
    INSERT INTO sync_mark VALUES ('calcium/' || NEW.uid); END;
CREATE TRIGGER calcium_sync_update AFTER UPDATE ON calcium BEGIN
    INSERT INTO sync_mark VALUES ('calcium/' || NEW.uid); END;
CREATE TRIGGER calcium_sync_delete AFTER DELETE ON calcium BEGIN
    INSERT INTO sync_mark VALUES ('calcium/' || OLD.uid); END;

-- Profile fields and a day's sleep and mood sync one by one: only the fields that changed
-- ('profile/saved': she has saved the profile at all).
CREATE TRIGGER profile_sync_insert AFTER INSERT ON profile BEGIN
    INSERT INTO sync_mark VALUES ('profile/saved');
    INSERT INTO sync_mark SELECT 'profile/birth_date' WHERE NEW.birth_date IS NOT NULL;
    INSERT INTO sync_mark SELECT 'profile/delivery_type' WHERE NEW.delivery_type IS NOT NULL;
    INSERT INTO sync_mark SELECT 'profile/epidural' WHERE NEW.epidural != 0;
    INSERT INTO sync_mark SELECT 'profile/breastfeeding' WHERE NEW.breastfeeding != 0;
    INSERT INTO sync_mark SELECT 'profile/age_band' WHERE NEW.age_band != '19-50';
END;
CREATE TRIGGER profile_sync_update AFTER UPDATE ON profile BEGIN
    INSERT INTO sync_mark SELECT 'profile/birth_date' WHERE NEW.birth_date IS NOT OLD.birth_date;
    INSERT INTO sync_mark SELECT 'profile/delivery_type' WHERE NEW.delivery_type IS NOT OLD.delivery_type;
    INSERT INTO sync_mark SELECT 'profile/epidural' WHERE NEW.epidural IS NOT OLD.epidural;
    INSERT INTO sync_mark SELECT 'profile/breastfeeding' WHERE NEW.breastfeeding IS NOT OLD.breastfeeding;
    INSERT INTO sync_mark SELECT 'profile/age_band' WHERE NEW.age_band IS NOT OLD.age_band;
END;
CREATE TRIGGER factor_sync_insert AFTER INSERT ON day_factor BEGIN
    INSERT INTO sync_mark SELECT 'sleep/' || NEW.date WHERE NEW.sleep_half_hours IS NOT NULL;
    INSERT INTO sync_mark SELECT 'mood/' || NEW.date WHERE NEW.mood IS NOT NULL;
END;
CREATE TRIGGER factor_sync_update AFTER UPDATE ON day_factor BEGIN
    INSERT INTO sync_mark SELECT 'sleep/' || NEW.date WHERE NEW.sleep_half_hours IS NOT OLD.sleep_half_hours;
    INSERT INTO sync_mark SELECT 'mood/' || NEW.date WHERE NEW.mood IS NOT OLD.mood;
END;
CREATE TRIGGER factor_sync_delete AFTER DELETE ON day_factor BEGIN
    INSERT INTO sync_mark SELECT 'sleep/' || OLD.date WHERE OLD.sleep_half_hours IS NOT NULL;
    INSERT INTO sync_mark SELECT 'mood/' || OLD.date WHERE OLD.mood IS NOT NULL;
END;

-- Tags by uid; a day's tag by day and tag uid; a day's red-flag ticks as one set.
CREATE TRIGGER tag_sync_insert AFTER INSERT ON tag BEGIN
    INSERT INTO sync_mark VALUES ('tag/' || NEW.uid); END;
CREATE TRIGGER tag_sync_update AFTER UPDATE OF name, retired ON tag BEGIN
    INSERT INTO sync_mark VALUES ('tag/' || NEW.uid); END;
CREATE TRIGGER day_tag_sync_insert AFTER INSERT ON day_tag BEGIN
    INSERT INTO sync_mark SELECT 'daytag/' || NEW.date || '/' || uid FROM tag WHERE id = NEW.tag_id; END;
CREATE TRIGGER day_tag_sync_delete AFTER DELETE ON day_tag BEGIN
    INSERT INTO sync_mark SELECT 'daytag/' || OLD.date || '/' || uid FROM tag WHERE id = OLD.tag_id; END;
CREATE TRIGGER red_flag_sync_insert AFTER INSERT ON red_flag BEGIN
    INSERT INTO sync_mark VALUES ('flags/' || NEW.date); END;
CREATE TRIGGER red_flag_sync_delete AFTER DELETE ON red_flag BEGIN
    INSERT INTO sync_mark VALUES ('flags/' || OLD.date); END;
