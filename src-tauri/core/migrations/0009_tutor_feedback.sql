-- Waymark schema, version 9: a tutor's feedback, received by file, kept in
-- the check-in record of a review. Each item is a suggestion that says who
-- suggested it, which item of which feedback file it was (so the same file
-- never adds it twice), what kind it is, what part of the plan it is about
-- (with the tutor's short reference to it), and what the student decided.
-- Suggestions typed by the student at a check-in keep their defaults.

ALTER TABLE suggestion ADD COLUMN from_tutor TEXT NOT NULL DEFAULT '';
ALTER TABLE suggestion ADD COLUMN feedback_item TEXT;
ALTER TABLE suggestion ADD COLUMN kind TEXT NOT NULL DEFAULT 'suggestion'
    CHECK (kind IN ('suggestion', 'comment', 'step', 'course', 'question'));
ALTER TABLE suggestion ADD COLUMN about_kind TEXT NOT NULL DEFAULT ''
    CHECK (about_kind IN ('', 'goal', 'step', 'course', 'reflection', 'review'));
ALTER TABLE suggestion ADD COLUMN about_id TEXT NOT NULL DEFAULT '';
ALTER TABLE suggestion ADD COLUMN about_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE suggestion ADD COLUMN decision TEXT
    CHECK (decision IN ('taken', 'later', 'left'));

CREATE UNIQUE INDEX suggestion_by_feedback_item ON suggestion (feedback_item)
    WHERE feedback_item IS NOT NULL;
