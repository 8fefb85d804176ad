-- Waymark schema, version 8: the share log. Each time the student saves a
-- tutor pack or a plan file, a line says what was shared, when, and the
-- tutor's name if they gave it. The student can see it.

CREATE TABLE share_log (
    id          TEXT PRIMARY KEY NOT NULL,
    shared_at   TEXT NOT NULL,
    format      TEXT NOT NULL CHECK (format IN ('html', 'pdf', 'waymark', 'everything')),
    -- The parts shared, as a JSON list of section names.
    sections    TEXT NOT NULL DEFAULT '[]',
    -- How many reflections went with it (never which, never their words).
    reflections INTEGER NOT NULL DEFAULT 0,
    tutor_name  TEXT NOT NULL DEFAULT '',
    file_name   TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX share_log_by_time ON share_log (shared_at DESC);
