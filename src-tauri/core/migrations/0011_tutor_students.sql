-- Waymark schema, version 11: a tutor's students. A tutor who chooses to
-- keep students' plans keeps each version a student shared, as the checked
-- plan file's JSON, under the plan's id and the moment it was exported (the
-- same export kept twice is one version). Each item of feedback the tutor
-- saves into a feedback file is kept too, under the key the student's plan
-- receives it by, so a later plan says what the student decided. The tutor's
-- own reusable phrases are kept in the order they were made.

CREATE TABLE kept_plan (
    plan_id TEXT NOT NULL CHECK (length(plan_id) BETWEEN 1 AND 100),
    exported_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    -- What the list of students shows, read from the file when it was kept.
    name TEXT NOT NULL DEFAULT '',
    next_review_on TEXT,
    courses TEXT NOT NULL DEFAULT '[]',
    -- What the student decided about each feedback item: {"key": "taken"|null}.
    decisions TEXT NOT NULL DEFAULT '{}',
    file TEXT NOT NULL,
    PRIMARY KEY (plan_id, exported_at)
) STRICT, WITHOUT ROWID;

CREATE INDEX kept_plan_by_received ON kept_plan (received_at);

CREATE TABLE feedback_sent (
    item TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL,
    answers TEXT NOT NULL,
    written_at TEXT NOT NULL,
    tutor_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('comment', 'step', 'course', 'question')),
    about_kind TEXT NOT NULL,
    about_id TEXT NOT NULL,
    about_reference TEXT NOT NULL,
    text TEXT NOT NULL
) STRICT;

CREATE INDEX feedback_sent_by_plan ON feedback_sent (plan_id, written_at);

CREATE TABLE tutor_phrase (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL UNIQUE CHECK (length(trim(text)) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
