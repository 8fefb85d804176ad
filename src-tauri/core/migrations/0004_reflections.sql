-- Waymark schema, version 4: About me, learning support, reflections, and one
-- search index over the whole plan.

-- About me: one row, every field optional, all in the student's own words.
CREATE TABLE about_me (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    preferred_name TEXT NOT NULL DEFAULT '',
    for_tutors     TEXT NOT NULL DEFAULT '',
    strengths      TEXT NOT NULL DEFAULT '',
    interests      TEXT NOT NULL DEFAULT '',
    support_words  TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL
) STRICT;

-- The supports a student ticked from the common list (keys are checked in Rust).
CREATE TABLE learning_support (
    key        TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- A reflection: free writing and/or answers to gentle prompts. Private unless
-- the student says "I may share this".
CREATE TABLE reflection (
    id           TEXT PRIMARY KEY NOT NULL,
    written_on   TEXT NOT NULL,
    body         TEXT NOT NULL DEFAULT '',
    learned      TEXT NOT NULL DEFAULT '',
    how_it_went  TEXT NOT NULL DEFAULT '',
    try_next     TEXT NOT NULL DEFAULT '',
    feeling      INTEGER CHECK (feeling BETWEEN 1 AND 5),
    shareable    INTEGER NOT NULL DEFAULT 0 CHECK (shareable IN (0, 1)),
    course_id    TEXT REFERENCES course (id) ON DELETE SET NULL,
    session_date TEXT,
    goal_id      TEXT REFERENCES goal (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX reflection_by_date ON reflection (written_on DESC, created_at DESC);
CREATE INDEX reflection_by_goal ON reflection (goal_id) WHERE goal_id IS NOT NULL;
CREATE INDEX reflection_by_course ON reflection (course_id) WHERE course_id IS NOT NULL;

-- One search index over the student's plan: goals, steps, reflections, chosen
-- or own courses, and session notes. Accents are folded ("ubung" finds
-- "Übung"). The markers Waymark uses to highlight matches (char(2), char(3))
-- are taken out of the indexed text, so no text can fake a highlight.
CREATE VIRTUAL TABLE plan_search USING fts5 (
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Matches in a title count for more than matches in the body.
INSERT INTO plan_search (plan_search, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

-- Which row of the plan each indexed row stands for. An INTEGER PRIMARY KEY, so
-- it survives VACUUM; an edit finds its index row without scanning the index.
CREATE TABLE search_key (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('goal', 'step', 'reflection', 'course', 'note')),
    item_id TEXT NOT NULL,
    UNIQUE (kind, item_id)
) STRICT;
CREATE TRIGGER goal_search_insert AFTER INSERT ON goal BEGIN
    INSERT INTO search_key (kind, item_id) SELECT 'goal', new.id;
    INSERT INTO plan_search (rowid, title, body)
    SELECT id, replace(replace(new.title, char(2), ''), char(3), ''), replace(replace(new.why, char(2), ''), char(3), '') FROM search_key WHERE kind = 'goal' AND item_id = new.id;
END;
CREATE TRIGGER goal_search_update AFTER UPDATE OF title, why ON goal BEGIN
    DELETE FROM plan_search WHERE rowid =
        (SELECT id FROM search_key WHERE kind = 'goal' AND item_id = old.id);
    DELETE FROM search_key WHERE kind = 'goal' AND item_id = old.id;
    INSERT INTO search_key (kind, item_id) SELECT 'goal', new.id;
    INSERT INTO plan_search (rowid, title, body)
    SELECT id, replace(replace(new.title, char(2), ''), char(3), ''), replace(replace(new.why, char(2), ''), char(3), '') FROM search_key WHERE kind = 'goal' AND item_id = new.id;
END;
CREATE TRIGGER goal_search_delete AFTER DELETE ON goal BEGIN
    DELETE FROM plan_search WHERE rowid =
        (SELECT id FROM search_key WHERE kind = 'goal' AND item_id = old.id);
    DELETE FROM search_key WHERE kind = 'goal' AND item_id = old.id;
END;

CREATE TRIGGER step_search_insert AFTER INSERT ON step BEGIN
    INSERT INTO search_key (kind, item_id) SELECT 'step', new.id;
    INSERT INTO plan_search (rowid, title, body)
    SELECT id, '', replace(replace(new.text, char(2), ''), char(3), '') FROM search_key WHERE kind = 'step' AND item_id = new.id;
END;
CREATE TRIGGER step_search_update AFTER UPDATE OF text ON step BEGIN
    DELETE FROM plan_search WHERE rowid =
        (SELECT id FROM search_key WHERE kind = 'step' AND item_id = old.id);
    DELETE FROM search_key WHERE kind = 'step' AND item_id = old.id;
    INSERT INTO search_key (kind, item_id) SELECT 'step', new.id;
    INSERT INTO plan_search (rowid, title, body)
    SELECT id, '', replace(replace(new.text, char(2), ''), char(3), '') FROM search_key WHERE kind = 'step' AND item_id = new.id;
END;
CREATE TRIGGER step_search_delete AFTER DELETE ON step BEGIN
    DELETE FROM plan_search WHERE rowid =
        (SELECT id FROM search_key WHERE kind = 'step' AND item_id = old.id);
    DELETE FROM search_key WHERE kind = 'step' AND item_id = old.id;
END;

CREATE TRIGGER reflection_search_insert AFTER INSERT ON reflection BEGIN
    INSERT INTO search_key (kind, item_id) SELECT 'reflection', new.id;
    INSERT INTO plan_search (rowid, title, body)
    SELECT id, '', replace(replace(trim(new.body || char(10) || new.learned || char(10) || new.how_it_went || char(10) || new.try_next, char(10)), char(2), ''), char(3), '') FROM search_key WHERE kind = 'reflection' AND item_id = new.id;
END;
CREATE TRIGGER reflection_search_update AFTER UPDATE OF body, learned, how_it_went, try_next ON reflection BEGIN
    DELETE FROM plan_search WHERE rowid =
        (SELECT id FROM search_key WHERE kind = 'reflection' AND item_id = old.id);
    DELETE FROM search_key WHERE kind = 'reflection' AND item_id = old.id;
    INSERT INTO search_key (kind, item_id) SELECT 'reflection', new.id;
    INSERT INTO plan_search (rowid, title, body)
    SELECT id, '', replace(replace(trim(new.body || char(10) || new.learned || char(10) || new.how_it_went || char(10) || new.try_next, char(10)), char(2), ''), char(3), '') FROM search_key WHERE kind = 'reflection' AND item_id = new.id;
END;
CREATE TRIGGER reflection_search_delete AFTER DELETE ON reflection BEGIN
    DELETE FROM plan_search WHERE rowid =
        (SELECT id FROM search_key WHERE kind = 'reflection' AND item_id = old.id);
    DELETE FROM search_key WHERE kind = 'reflection' AND item_id = old.id;
END;

-- Courses are part of the plan once chosen or added by hand; the rest of the
-- prospectus is searched in the catalogue instead.
CREATE TRIGGER course_search_insert AFTER INSERT ON course BEGIN
    INSERT INTO search_key (kind, item_id) SELECT 'course', new.id WHERE new.choice IS NOT NULL OR new.source = 'own';
    INSERT INTO plan_search (rowid, title, body)
    SELECT id, replace(replace(new.title, char(2), ''), char(3), ''), '' FROM search_key WHERE kind = 'course' AND item_id = new.id;
END;
CREATE TRIGGER course_search_update AFTER UPDATE OF title, choice ON course BEGIN
    DELETE FROM plan_search WHERE rowid =
        (SELECT id FROM search_key WHERE kind = 'course' AND item_id = old.id);
    DELETE FROM search_key WHERE kind = 'course' AND item_id = old.id;
    INSERT INTO search_key (kind, item_id) SELECT 'course', new.id WHERE new.choice IS NOT NULL OR new.source = 'own';
    INSERT INTO plan_search (rowid, title, body)
    SELECT id, replace(replace(new.title, char(2), ''), char(3), ''), '' FROM search_key WHERE kind = 'course' AND item_id = new.id;
END;
CREATE TRIGGER course_search_delete AFTER DELETE ON course BEGIN
    DELETE FROM plan_search WHERE rowid =
        (SELECT id FROM search_key WHERE kind = 'course' AND item_id = old.id);
    DELETE FROM search_key WHERE kind = 'course' AND item_id = old.id;
END;

CREATE TRIGGER note_search_insert AFTER INSERT ON attendance BEGIN
    INSERT INTO search_key (kind, item_id) SELECT 'note', new.id WHERE new.note <> '';
    INSERT INTO plan_search (rowid, title, body)
    SELECT id, '', replace(replace(new.note, char(2), ''), char(3), '') FROM search_key WHERE kind = 'note' AND item_id = new.id;
END;
CREATE TRIGGER note_search_update AFTER UPDATE OF note ON attendance BEGIN
    DELETE FROM plan_search WHERE rowid =
        (SELECT id FROM search_key WHERE kind = 'note' AND item_id = old.id);
    DELETE FROM search_key WHERE kind = 'note' AND item_id = old.id;
    INSERT INTO search_key (kind, item_id) SELECT 'note', new.id WHERE new.note <> '';
    INSERT INTO plan_search (rowid, title, body)
    SELECT id, '', replace(replace(new.note, char(2), ''), char(3), '') FROM search_key WHERE kind = 'note' AND item_id = new.id;
END;
CREATE TRIGGER note_search_delete AFTER DELETE ON attendance BEGIN
    DELETE FROM plan_search WHERE rowid =
        (SELECT id FROM search_key WHERE kind = 'note' AND item_id = old.id);
    DELETE FROM search_key WHERE kind = 'note' AND item_id = old.id;
END;

-- What the plan held before this version is searchable too.
INSERT INTO search_key (kind, item_id) SELECT 'goal', id FROM goal;
INSERT INTO plan_search (rowid, title, body)
SELECT k.id, replace(replace(title, char(2), ''), char(3), ''), replace(replace(why, char(2), ''), char(3), '') FROM search_key k JOIN goal ON goal.id = k.item_id WHERE k.kind = 'goal';
INSERT INTO search_key (kind, item_id) SELECT 'step', id FROM step;
INSERT INTO plan_search (rowid, title, body)
SELECT k.id, '', replace(replace(text, char(2), ''), char(3), '') FROM search_key k JOIN step ON step.id = k.item_id WHERE k.kind = 'step';
INSERT INTO search_key (kind, item_id) SELECT 'course', id FROM course WHERE choice IS NOT NULL OR source = 'own';
INSERT INTO plan_search (rowid, title, body)
SELECT k.id, replace(replace(title, char(2), ''), char(3), ''), '' FROM search_key k JOIN course ON course.id = k.item_id WHERE k.kind = 'course';
INSERT INTO search_key (kind, item_id) SELECT 'note', id FROM attendance WHERE note <> '';
INSERT INTO plan_search (rowid, title, body)
SELECT k.id, '', replace(replace(note, char(2), ''), char(3), '') FROM search_key k JOIN attendance ON attendance.id = k.item_id WHERE k.kind = 'note';
