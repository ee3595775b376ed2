-- The city's working-day calendar, one row per year: the decree's holidays and collective-leave days, or a
-- provisional calendar until the decree is out. Every host instance reads its calendar from here (docs/calendar.md).

CREATE TABLE calendar.calendar_year (
    year INTEGER NOT NULL PRIMARY KEY,
    status TEXT NOT NULL,
    holidays TEXT NOT NULL,
    holiday_count INTEGER NOT NULL,
    source TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    loaded_by TEXT NULL,
    version INTEGER NOT NULL
);
