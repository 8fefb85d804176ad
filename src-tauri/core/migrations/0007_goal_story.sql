-- Waymark schema, version 7: when a goal's status changed (active, achieved,
-- paused, let go), so a goal's story can show it. Written by a trigger, so every
-- way of changing the status (the goal page, a review) is kept alike.

CREATE TABLE goal_status_change (
    id          TEXT PRIMARY KEY NOT NULL,
    goal_id     TEXT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    changed_at  TEXT NOT NULL
) STRICT;

CREATE INDEX goal_status_change_by_goal ON goal_status_change (goal_id, changed_at);

CREATE TRIGGER goal_status_changed AFTER UPDATE OF status ON goal
WHEN old.status IS NOT new.status
BEGIN
    INSERT INTO goal_status_change (id, goal_id, from_status, to_status, changed_at)
    VALUES (lower(hex(randomblob(16))), new.id, old.status, new.status, new.updated_at);
END;

-- The home screen and the progress view ask for steps done and sessions
-- attended by date.
CREATE INDEX step_by_done ON step (done_at) WHERE done_at IS NOT NULL;
CREATE INDEX attendance_by_date ON attendance (session_date, state);
