-- The city's working-day calendar, one row per year: the decree's holidays and collective-leave days, or a
-- provisional calendar until the decree is out. Every host instance reads its calendar from here (docs/calendar.md).

CREATE TABLE calendar.calendar_year (
    year int NOT NULL PRIMARY KEY,
    status nvarchar(20) NOT NULL,
    holidays nvarchar(max) NOT NULL,
    holiday_count int NOT NULL,
    source nvarchar(50) NOT NULL,
    loaded_at datetimeoffset NOT NULL,
    loaded_by nvarchar(200) NULL,
    version int NOT NULL
);
