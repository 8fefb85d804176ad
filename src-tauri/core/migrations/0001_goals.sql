-- Waymark schema, version 1: life areas, goals, steps, drafts.
-- Append-only: never edit a migration that has shipped; add a new file instead.

CREATE TABLE life_area (
    key      TEXT PRIMARY KEY NOT NULL,
    label    TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;

-- Life areas are about life, never about symptoms or diagnoses.
INSERT INTO life_area (key, label, position) VALUES
    ('learning',      'Learning and skills',            1),
    ('work',          'Work and volunteering',          2),
    ('relationships', 'Friends, family and relationships', 3),
    ('home',          'Home',                           4),
    ('money',         'Money',                          5),
    ('creativity',    'Creativity and hobbies',         6),
    ('community',     'Community and belonging',        7),
    ('looking_after_me', 'Looking after myself',        8),
    ('hopes',         'Hopes and dreams',               9);

CREATE TABLE goal (
    id          TEXT PRIMARY KEY NOT NULL,
    title       TEXT NOT NULL,
    why         TEXT NOT NULL DEFAULT '',
    life_area   TEXT NOT NULL REFERENCES life_area (key),
    target_date TEXT,
    status      TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'achieved', 'paused', 'let_go')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX goal_by_created ON goal (created_at);

CREATE TABLE step (
    id         TEXT PRIMARY KEY NOT NULL,
    goal_id    TEXT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    done_at    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX step_by_goal ON step (goal_id, position);

-- What a student is typing before it becomes a goal or a step: kept until saved,
-- so closing the window never loses a word.
CREATE TABLE draft (
    key        TEXT PRIMARY KEY NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
