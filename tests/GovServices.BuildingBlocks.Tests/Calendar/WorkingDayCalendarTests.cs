using GovServices.BuildingBlocks.Calendar;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GovServices.BuildingBlocks.Tests.Calendar;

[TestFixture]
internal sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.FromEmbeddedData();

    [Test]
    public void The_2026_holidays_ship_with_the_assembly_17_national_days_and_8_collective_leave_days()
    {
        var days = Enumerable.Range(0, 365).Select(offset => new DateOnly(2026, 1, 1).AddDays(offset)).Select(Calendar.HolidayOn).OfType<Holiday>().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Calendar.StatusOf(2026), Is.EqualTo(CalendarYearStatus.Decree));
            Assert.That(days.Count(day => day.Kind == HolidayKind.National), Is.EqualTo(17));
            Assert.That(days.Count(day => day.Kind == HolidayKind.CollectiveLeave), Is.EqualTo(8));
        }
    }

    [Test]
    public void One_working_day_after_a_friday_is_the_monday()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 1, 9), 1).On, Is.EqualTo(new DateOnly(2026, 1, 12)));
    }

    [Test]
    public void Zero_working_days_is_the_start_itself()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 1, 10), 0).On, Is.EqualTo(new DateOnly(2026, 1, 10)));
    }

    [Test]
    public void Three_working_days_from_a_wednesday_skip_the_weekend()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 7, 8), 3).On, Is.EqualTo(new DateOnly(2026, 7, 13)));
    }

    [Test]
    public void Counting_across_nyepi_and_idul_fitri_skips_the_week_of_holidays_and_collective_leave()
    {
        // 18–24 March 2026: collective leave, Nyepi, collective leave, Idul Fitri on the weekend, collective leave twice.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 3, 17), 1).On, Is.EqualTo(new DateOnly(2026, 3, 25)));
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 3, 16), 3).On, Is.EqualTo(new DateOnly(2026, 3, 26)));
            Assert.That(
                Enumerable.Range(18, 7).Select(day => Calendar.IsWorkingDay(new DateOnly(2026, 3, day))),
                Is.All.False);
        }
    }

    [Test]
    public void Independence_day_is_not_a_working_day_and_the_day_after_is()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Calendar.IsWorkingDay(new DateOnly(2026, 8, 17)), Is.False);
            Assert.That(Calendar.HolidayOn(new DateOnly(2026, 8, 17))!.Name, Is.EqualTo("Proklamasi Kemerdekaan RI"));
            Assert.That(Calendar.IsWorkingDay(new DateOnly(2026, 8, 18)), Is.True);
        }
    }

    [Test]
    public void Counting_into_the_provisional_year_gives_a_date_marked_provisional()
    {
        // 31 December is a working day; 1 January 2027 is a holiday in the shipped provisional calendar, then the weekend.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 12, 30), 2), Is.EqualTo(new DueDate(new DateOnly(2027, 1, 4), Provisional: true)));
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 12, 30), 1), Is.EqualTo(new DueDate(new DateOnly(2026, 12, 31), Provisional: false)));
        }
    }

    [Test]
    public void The_shipped_years_are_the_2026_decree_and_the_2027_provisional_calendar()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Calendar.StatusOf(2026), Is.EqualTo(CalendarYearStatus.Decree));
            Assert.That(Calendar.StatusOf(2027), Is.EqualTo(CalendarYearStatus.Provisional));
            Assert.That(Calendar.StatusOf(2028), Is.EqualTo(CalendarYearStatus.Missing));
            Assert.That(Calendar.Years.Single(year => year.Year == 2027).Holidays, Has.Count.EqualTo(17));
            Assert.That(Calendar.IsWorkingDay(new DateOnly(2027, 3, 10)), Is.False, "Idul Fitri 1448 H, estimated");
        }
    }

    [Test]
    public void A_year_without_any_data_is_counted_on_weekends_and_the_fixed_and_easter_based_holidays()
    {
        // Easter 2028 is 16 April: Good Friday 14 April; Ascension 25 May.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Calendar.IsWorkingDay(new DateOnly(2028, 8, 17)), Is.False, "Independence Day");
            Assert.That(Calendar.IsWorkingDay(new DateOnly(2028, 4, 14)), Is.False, "Good Friday");
            Assert.That(Calendar.IsWorkingDay(new DateOnly(2028, 5, 25)), Is.False, "Ascension Day");
            Assert.That(Calendar.IsWorkingDay(new DateOnly(2028, 4, 13)), Is.True);
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2028, 4, 12), 2), Is.EqualTo(new DueDate(new DateOnly(2028, 4, 17), Provisional: true)));
        }
    }

    [TestCase(2024, "2024-03-31")]
    [TestCase(2026, "2026-04-05")]
    [TestCase(2027, "2027-03-28")]
    [TestCase(2028, "2028-04-16")]
    [TestCase(2038, "2038-04-25")]
    public void Easter_sunday_follows_the_gregorian_computus(int year, string easter)
    {
        Assert.That(FixedHolidays.EasterSunday(year), Is.EqualTo(DateOnly.Parse(easter, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Replacing_the_years_applies_at_once_and_counts_a_revision()
    {
        var calendar = WorkingDayCalendar.FromEmbeddedData();
        var revision = calendar.Revision;

        calendar.Replace([.. calendar.Years.Where(year => year.Year != 2027), new CalendarYear(2027, CalendarYearStatus.Decree, [new Holiday(new DateOnly(2027, 1, 4), HolidayKind.CollectiveLeave, "Cuti bersama")])]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(calendar.Revision, Is.EqualTo(revision + 1));
            Assert.That(calendar.StatusOf(2027), Is.EqualTo(CalendarYearStatus.Decree));
            Assert.That(calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 1), Is.EqualTo(new DueDate(new DateOnly(2027, 1, 1), Provisional: false)), "1 January is no holiday in this made-up decree");
            Assert.That(calendar.AddWorkingDays(new DateOnly(2027, 1, 1), 1), Is.EqualTo(new DueDate(new DateOnly(2027, 1, 5), Provisional: false)));
        }
    }

    [Test]
    public void Local_dates_are_those_of_bontang_in_wita()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Calendar.LocalDate(new DateTimeOffset(2026, 3, 31, 16, 30, 0, TimeSpan.Zero)), Is.EqualTo(new DateOnly(2026, 4, 1)));
            Assert.That(Calendar.LocalDate(new DateTimeOffset(2026, 3, 31, 15, 59, 0, TimeSpan.Zero)), Is.EqualTo(new DateOnly(2026, 3, 31)));
        }
    }

    [Test]
    public void The_health_check_is_degraded_and_names_next_year_while_it_is_provisional()
    {
        var result = WorkingDayCalendarHealthCheck.Check(Calendar, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(result.Description, Does.StartWith("No holiday decree yet: 2027 is provisional."));
        }
    }

    [Test]
    public void The_health_check_is_degraded_not_unhealthy_when_this_year_has_no_decree_since_every_due_date_can_still_be_computed()
    {
        var result = WorkingDayCalendarHealthCheck.Check(Calendar, new DateTimeOffset(2027, 1, 5, 0, 0, 0, TimeSpan.Zero));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(result.Description, Does.Contain("2027 is provisional and 2028 is missing"));
        }
    }

    [Test]
    public void The_health_check_is_healthy_when_this_year_and_next_have_their_decree()
    {
        var calendar = new WorkingDayCalendar(
        [
            new CalendarYear(2026, CalendarYearStatus.Decree, []),
            new CalendarYear(2027, CalendarYearStatus.Decree, [new Holiday(new DateOnly(2027, 1, 1), HolidayKind.National, "Tahun Baru 2027 Masehi")]),
        ]);

        var result = WorkingDayCalendarHealthCheck.Check(calendar, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.That(result.Status, Is.EqualTo(HealthStatus.Healthy));
    }

    [Test]
    public void Holiday_data_with_a_date_outside_its_year_is_refused()
    {
        using var reader = new StringReader("date,kind,name\n2027-01-01,national,Tahun Baru\n");

        Assert.Throws<FormatException>(() => HolidayData.Parse(2026, reader));
    }

    [Test]
    public void An_operators_decree_file_replaces_the_shipped_provisional_year()
    {
        var directory = Directory.CreateTempSubdirectory("govservices-holidays-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "holidays-id-2027.csv"), "date,kind,name\n2027-01-01,national,Tahun Baru 2027 Masehi\n");

            var calendar = new WorkingDayCalendar(HolidayData.Load(directory.FullName));

            using (Assert.EnterMultipleScope())
            {
                Assert.That(calendar.StatusOf(2027), Is.EqualTo(CalendarYearStatus.Decree), "the operator's decree replaces the shipped provisional year");
                Assert.That(calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 1), Is.EqualTo(new DueDate(new DateOnly(2027, 1, 4), Provisional: false)), "1 January is a holiday, then the weekend");
                Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 8, 17)), Is.False, "the shipped years stay");
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void An_operators_file_for_a_shipped_year_replaces_it_so_an_amended_decree_applies_at_once()
    {
        var directory = Directory.CreateTempSubdirectory("govservices-holidays-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "holidays-id-2026.csv"), "date,kind,name\n2026-08-18,collective_leave,Cuti bersama tambahan\n");

            var calendar = new WorkingDayCalendar(HolidayData.Load(directory.FullName));

            using (Assert.EnterMultipleScope())
            {
                Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 8, 18)), Is.False);
                Assert.That(calendar.IsWorkingDay(new DateOnly(2026, 8, 17)), Is.True, "the operator's file is the whole year");
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void A_configured_holiday_folder_that_does_not_exist_stops_the_start_instead_of_meaning_no_holidays()
    {
        var missing = Path.Combine(Path.GetTempPath(), "govservices-no-such-folder-" + Guid.NewGuid().ToString("N"));

        Assert.Throws<DirectoryNotFoundException>(() => HolidayData.Load(missing));
    }

    [Test]
    public void A_malformed_file_in_the_operators_folder_is_refused_naming_its_year()
    {
        var directory = Directory.CreateTempSubdirectory("govservices-holidays-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "holidays-id-2027.csv"), "date,kind,name\n2027-13-01,national,Bulan ketiga belas\n");

            var exception = Assert.Throws<FormatException>(() => HolidayData.Load(directory.FullName));

            Assert.That(exception!.Message, Does.Contain("2027"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Parsing_names_every_broken_line_a_date_twice_an_unknown_kind_and_a_date_of_another_year()
    {
        using var reader = new StringReader("date,kind,name\n2027-01-01,national,Tahun Baru\n2027-01-01,national,Lagi\n2027-02-06,libur,Imlek\n2026-12-31,national,Salah tahun\n2027-03-28,national,Paskah\n");

        var holidays = HolidayData.TryParse(2027, reader, out var errors);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors.Select(error => error.Line), Is.EqualTo(new[] { 3, 4, 5 }));
            Assert.That(errors[0].English, Does.Contain("listed twice"));
            Assert.That(errors[1].Indonesian, Does.Contain("bukan national atau collective_leave"));
            Assert.That(errors[2].English, Does.Contain("in 2027"));
            Assert.That(holidays.Select(holiday => holiday.Date), Is.EqualTo(new[] { new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 28) }));
        }
    }

    [Test]
    public void A_years_file_formatted_and_parsed_again_is_the_same_year()
    {
        var year = Calendar.Years.Single(each => each.Year == 2026);
        using var reader = new StringReader(HolidayData.Format(year.Holidays));

        Assert.That(HolidayData.Parse(2026, reader), Is.EqualTo(year.Holidays));
    }
}
