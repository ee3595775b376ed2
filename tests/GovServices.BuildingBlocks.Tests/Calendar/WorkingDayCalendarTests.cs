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
            Assert.That(Calendar.YearsWithData, Does.Contain(2026));
            Assert.That(days.Count(day => day.Kind == HolidayKind.National), Is.EqualTo(17));
            Assert.That(days.Count(day => day.Kind == HolidayKind.CollectiveLeave), Is.EqualTo(8));
        }
    }

    [Test]
    public void One_working_day_after_a_friday_is_the_monday()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 1, 9), 1), Is.EqualTo(new DateOnly(2026, 1, 12)));
    }

    [Test]
    public void Zero_working_days_is_the_start_itself()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 1, 10), 0), Is.EqualTo(new DateOnly(2026, 1, 10)));
    }

    [Test]
    public void Three_working_days_from_a_wednesday_skip_the_weekend()
    {
        Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 7, 8), 3), Is.EqualTo(new DateOnly(2026, 7, 13)));
    }

    [Test]
    public void Counting_across_nyepi_and_idul_fitri_skips_the_week_of_holidays_and_collective_leave()
    {
        // 18–24 March 2026: collective leave, Nyepi, collective leave, Idul Fitri on the weekend, collective leave twice.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 3, 17), 1), Is.EqualTo(new DateOnly(2026, 3, 25)));
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 3, 16), 3), Is.EqualTo(new DateOnly(2026, 3, 26)));
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
    public void Counting_into_a_year_without_holiday_data_fails_naming_the_year()
    {
        // 31 December is a working day; 1 January 2027 cannot be judged without 2027's data.
        var exception = Assert.Throws<HolidayDataMissingException>(() => Calendar.AddWorkingDays(new DateOnly(2026, 12, 30), 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception!.Year, Is.EqualTo(2027));
            Assert.That(exception.Message, Does.Contain("2027"));
            Assert.That(Calendar.AddWorkingDays(new DateOnly(2026, 12, 30), 1), Is.EqualTo(new DateOnly(2026, 12, 31)));
        }
    }

    [Test]
    public void Asking_about_a_day_of_a_year_without_data_fails_rather_than_assuming_no_holidays()
    {
        Assert.Throws<HolidayDataMissingException>(() => Calendar.IsWorkingDay(new DateOnly(2027, 1, 4)));
    }

    [Test]
    public void Missing_years_lists_every_year_of_a_range_without_data()
    {
        Assert.That(Calendar.MissingYears(2025, 2028), Is.EqualTo(new[] { 2025, 2027, 2028 }));
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
    public void The_health_check_is_degraded_and_names_next_year_when_its_data_is_missing()
    {
        var result = WorkingDayCalendarHealthCheck.Check(Calendar, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Degraded));
            Assert.That(result.Description, Does.StartWith("No holiday data for 2027"));
        }
    }

    [Test]
    public void The_health_check_is_unhealthy_when_this_year_has_no_data()
    {
        var result = WorkingDayCalendarHealthCheck.Check(Calendar, new DateTimeOffset(2027, 1, 5, 0, 0, 0, TimeSpan.Zero));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(result.Description, Does.Contain("2027"));
        }
    }

    [Test]
    public void The_health_check_is_healthy_when_this_year_and_next_have_data()
    {
        var calendar = new WorkingDayCalendar(new Dictionary<int, IReadOnlyList<Holiday>>
        {
            [2026] = [],
            [2027] = [new Holiday(new DateOnly(2027, 1, 1), HolidayKind.National, "Tahun Baru 2027 Masehi")],
        });

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
    public void An_operators_holiday_folder_adds_a_year_the_release_does_not_ship()
    {
        var directory = Directory.CreateTempSubdirectory("govservices-holidays-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "holidays-id-2027.csv"), "date,kind,name\n2027-01-01,national,Tahun Baru 2027 Masehi\n");

            var calendar = new WorkingDayCalendar(HolidayData.Load(directory.FullName));

            using (Assert.EnterMultipleScope())
            {
                Assert.That(calendar.YearsWithData, Is.EqualTo(new[] { 2026, 2027 }));
                Assert.That(calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 1), Is.EqualTo(new DateOnly(2027, 1, 4)), "1 January is a holiday, then the weekend");
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
}
