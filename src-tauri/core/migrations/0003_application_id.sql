-- Mark the file as Mend's own: SQLite's application_id header field ("MEND" in ASCII), so a
-- restore or an open can tell Mend's database from any other SQLite file. Files from earlier
-- versions have 0 there and gain the mark when they are migrated.
PRAGMA application_id = 1296387652;
