-- Due dates a module computed on a year known only provisionally (no decree yet), with what they were counted
-- from, so that they can be computed again when the decree is loaded (docs/calendar.md). A row lives only while
-- its due date is provisional.

CREATE TABLE "{schema}".provisional_due_date (
    subject_id TEXT NOT NULL,
    due_date TEXT NOT NULL,
    counted_from TEXT NOT NULL,
    working_days INTEGER NOT NULL,
    due_on TEXT NOT NULL,
    PRIMARY KEY (subject_id, due_date)
);
