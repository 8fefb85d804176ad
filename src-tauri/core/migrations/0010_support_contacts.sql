-- Waymark schema, version 10: where to find support. A college can put its
-- own contacts (student support, the college office, local helplines it
-- chooses) into its prospectus file; the last prospectus that carried any
-- replaces them all. They are the college's words, shown as written, and
-- are not the student's: a plan that holds only these is still empty.

CREATE TABLE support_contact (
    position INTEGER PRIMARY KEY CHECK (position >= 0),
    college TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    about TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    hours TEXT NOT NULL DEFAULT ''
) STRICT;
