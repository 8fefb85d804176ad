-- Waymark schema, version 12: a tutor's feedback may be about the plan as a
-- whole or about what helps the student learn, not only about one goal, step,
-- course, reflection or review. SQLite cannot change a CHECK constraint, so
-- the suggestion table is made again with the wider one, every row copied
-- as it was (columns in the order versions 6 and 9 gave them), and its
-- indexes made again. Nothing refers to a suggestion, so nothing else moves.

CREATE TABLE suggestion_12 (
    id         TEXT PRIMARY KEY NOT NULL,
    review_id  TEXT NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    taken_on   INTEGER NOT NULL DEFAULT 0 CHECK (taken_on IN (0, 1)),
    goal_id    TEXT REFERENCES goal (id) ON DELETE SET NULL,
    step_id    TEXT REFERENCES step (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    from_tutor TEXT NOT NULL DEFAULT '',
    feedback_item TEXT,
    kind TEXT NOT NULL DEFAULT 'suggestion'
        CHECK (kind IN ('suggestion', 'comment', 'step', 'course', 'question')),
    about_kind TEXT NOT NULL DEFAULT ''
        CHECK (about_kind IN ('', 'goal', 'step', 'course', 'reflection', 'review',
                              'support', 'plan')),
    about_id TEXT NOT NULL DEFAULT '',
    about_reference TEXT NOT NULL DEFAULT '',
    decision TEXT CHECK (decision IN ('taken', 'later', 'left'))
) STRICT;

INSERT INTO suggestion_12 (id, review_id, text, taken_on, goal_id, step_id, created_at,
                           from_tutor, feedback_item, kind, about_kind, about_id,
                           about_reference, decision)
SELECT id, review_id, text, taken_on, goal_id, step_id, created_at,
       from_tutor, feedback_item, kind, about_kind, about_id, about_reference, decision
FROM suggestion ORDER BY rowid;

DROP TABLE suggestion;
ALTER TABLE suggestion_12 RENAME TO suggestion;

CREATE INDEX suggestion_by_review ON suggestion (review_id);
CREATE UNIQUE INDEX suggestion_by_feedback_item ON suggestion (feedback_item)
    WHERE feedback_item IS NOT NULL;
