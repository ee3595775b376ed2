-- The city's working-day calendar, one row per year: the decree's holidays and collective-leave days, or a
-- provisional calendar until the decree is out. Every host instance reads its calendar from here (docs/calendar.md).

CREATE TABLE calendar.calendar_year (
    year integer NOT NULL PRIMARY KEY,
    status text NOT NULL,
    holidays text NOT NULL,
    holiday_count integer NOT NULL,
    source text NOT NULL,
    loaded_at timestamptz NOT NULL,
    loaded_by text NULL,
    version integer NOT NULL
);
