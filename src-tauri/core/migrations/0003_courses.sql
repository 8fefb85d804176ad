-- Waymark schema, version 3: courses from the prospectus (or added by hand),
-- the student's choice of them, links to goals, and attendance.
CREATE TABLE course (
    id            TEXT PRIMARY KEY NOT NULL,
    code          TEXT,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    category      TEXT NOT NULL DEFAULT '',
    learn         TEXT NOT NULL DEFAULT '',
    delivery      TEXT CHECK (delivery IN ('in_person', 'online', 'both')),
    venue         TEXT NOT NULL DEFAULT '',
    start_date    TEXT,
    sessions      INTEGER CHECK (sessions BETWEEN 1 AND 500),
    session_times TEXT NOT NULL DEFAULT '',
    term          TEXT NOT NULL DEFAULT '',
    tutors        TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL CHECK (source IN ('prospectus', 'own')),
    choice        TEXT CHECK (choice IN ('interested', 'enrolled', 'attending', 'completed', 'withdrawn')),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX course_by_code ON course (code COLLATE NOCASE) WHERE code IS NOT NULL;
CREATE INDEX course_by_title_term ON course (title COLLATE NOCASE, term COLLATE NOCASE);
CREATE INDEX course_by_choice ON course (choice) WHERE choice IS NOT NULL;

CREATE TABLE goal_course (
    goal_id    TEXT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    course_id  TEXT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    why        TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY (goal_id, course_id)
) STRICT;

CREATE INDEX goal_course_by_course ON goal_course (course_id);

CREATE TABLE attendance (
    id           TEXT PRIMARY KEY NOT NULL,
    course_id    TEXT NOT NULL REFERENCES course (id) ON DELETE CASCADE,
    session_date TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('attended', 'missed', 'cancelled')),
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX attendance_by_course ON attendance (course_id, session_date);
