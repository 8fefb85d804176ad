-- Waymark schema, version 5: Recently deleted. A deleted goal, step, course or
-- reflection is kept here, with what it was linked to, for 30 days.
CREATE TABLE trash (
    id         TEXT PRIMARY KEY NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('goal', 'step', 'course', 'reflection', 'review')),
    item_id    TEXT NOT NULL,
    label      TEXT NOT NULL,
    -- The rows as they were, and the links to put back (JSON written by Waymark).
    payload    TEXT NOT NULL,
    deleted_at TEXT NOT NULL
) STRICT;

CREATE INDEX trash_by_time ON trash (deleted_at);
