-- Due dates a module computed on a year known only provisionally (no decree yet), with what they were counted
-- from, so that they can be computed again when the decree is loaded (docs/calendar.md). A row lives only while
-- its due date is provisional.

CREATE TABLE "{schema}".provisional_due_date (
    subject_id uuid NOT NULL,
    due_date text NOT NULL,
    counted_from date NOT NULL,
    working_days integer NOT NULL,
    due_on date NOT NULL,
    PRIMARY KEY (subject_id, due_date)
);
