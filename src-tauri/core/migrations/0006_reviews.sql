-- Waymark schema, version 6: reviews of progress and check-ins with a tutor,
-- and the history of a goal's wording as it grows.

CREATE TABLE review (
    id             TEXT PRIMARY KEY NOT NULL,
    -- A review at a check-in with a tutor, or on my own.
    check_in       INTEGER NOT NULL DEFAULT 0 CHECK (check_in IN (0, 1)),
    tutor_name     TEXT NOT NULL DEFAULT '',
    talked_about   TEXT NOT NULL DEFAULT '',
    went_well      TEXT NOT NULL DEFAULT '',
    whats_next     TEXT NOT NULL DEFAULT '',
    next_review_on TEXT,
    started_at     TEXT NOT NULL,
    -- NULL while the review is still being written (it can be finished later).
    completed_at   TEXT,
    updated_at     TEXT NOT NULL
) STRICT;

CREATE INDEX review_by_time ON review (started_at);

-- How things are in a life area right now, 1 to 10. Skipped areas have no row.
CREATE TABLE review_area (
    review_id TEXT NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    life_area TEXT NOT NULL REFERENCES life_area (key),
    rating    INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 10),
    PRIMARY KEY (review_id, life_area)
) STRICT;

-- One goal at one review: progress in my words, an optional attainment rating
-- (-2 much less than I hoped ... +2 much more than I hoped), and what I decided.
CREATE TABLE review_goal (
    review_id  TEXT NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    goal_id    TEXT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    progress   TEXT NOT NULL DEFAULT '',
    attainment INTEGER CHECK (attainment BETWEEN -2 AND 2),
    decision   TEXT CHECK (decision IN ('keep', 'change', 'pause', 'let_go', 'achieved')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (review_id, goal_id)
) STRICT;

-- What a tutor suggested at a check-in. A suggestion stays a suggestion until
-- the student takes it on (then it may have become a step of a goal).
CREATE TABLE suggestion (
    id         TEXT PRIMARY KEY NOT NULL,
    review_id  TEXT NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    taken_on   INTEGER NOT NULL DEFAULT 0 CHECK (taken_on IN (0, 1)),
    goal_id    TEXT REFERENCES goal (id) ON DELETE SET NULL,
    step_id    TEXT REFERENCES step (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX suggestion_by_review ON suggestion (review_id);

-- A goal's earlier wording, kept when it changes at a review.
CREATE TABLE goal_history (
    id          TEXT PRIMARY KEY NOT NULL,
    goal_id     TEXT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    why         TEXT NOT NULL,
    life_area   TEXT NOT NULL,
    target_date TEXT,
    review_id   TEXT REFERENCES review (id) ON DELETE SET NULL,
    changed_at  TEXT NOT NULL
) STRICT;

CREATE INDEX goal_history_by_goal ON goal_history (goal_id, changed_at);
