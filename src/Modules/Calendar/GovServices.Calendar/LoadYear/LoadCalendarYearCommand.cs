using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Calendar;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.Calendar.Years;
using Mediator;

namespace GovServices.Calendar.LoadYear;

/// <summary>
/// An administrator loads a year's holidays from its CSV file (<c>date,kind,name</c>). It fills a missing year and
/// replaces a provisional one; a decree year is replaced only with <paramref name="Force"/> (an amended decree).
/// Due dates computed provisionally are then computed again by each module's job.
/// </summary>
internal sealed record LoadCalendarYearCommand(int Year, string Csv, CalendarYearStatus Status, bool Force) : ICommand<Result<CalendarYearDetails>>;

internal sealed class LoadCalendarYearHandler(IUnitOfWork unitOfWork, IAuditTrail auditTrail, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<LoadCalendarYearCommand, Result<CalendarYearDetails>>
{
    public async ValueTask<Result<CalendarYearDetails>> Handle(LoadCalendarYearCommand command, CancellationToken cancellationToken)
    {
        using var reader = new StringReader(command.Csv);
        var holidays = HolidayData.TryParse(command.Year, reader, out var errors);
        if (errors.Count > 0)
            return Error.Validation(errors.ToDictionary(error => $"line {error.Line}", error => new[] { Bilingual.Pick(error.English, error.Indonesian) }));
        if (holidays.Count == 0)
        {
            return Error.Validation(new Dictionary<string, string[]>
            {
                ["body"] = [Bilingual.Pick($"The file lists no day of {command.Year}; every year has national holidays.", $"Berkas tidak memuat satu hari pun pada tahun {command.Year}; setiap tahun memiliki hari libur nasional.")],
            });
        }

        var current = await unitOfWork.QuerySingleOrDefaultAsync<CalendarYearRow>(
            CalendarYearSql.SelectOne, new { year = command.Year }, cancellationToken);
        if (current is { Status: CalendarYearStatuses.Decree } && !command.Force)
        {
            return Error.Conflict(
                "calendar_year_is_decree",
                Bilingual.Pick(
                    $"{command.Year} already holds its decree. To replace it with an amended decree, send the request again with force=true.",
                    $"Tahun {command.Year} sudah memuat SKB-nya. Untuk menggantinya dengan SKB perubahan, kirim ulang dengan force=true."));
        }

        var year = new CalendarYear(command.Year, command.Status, holidays);
        var row = CalendarYearSql.Parameters(year, CalendarYearSources.Api, actor.UserId ?? actor.ClientId, clock.GetUtcNow(), current?.Version ?? 1);
        var written = await unitOfWork.ExecuteAsync(
            current is null ? CalendarYearSql.InsertIfAbsent(unitOfWork.Dialect) : CalendarYearSql.Replace,
            row,
            cancellationToken);
        if (written == 0)
        {
            return Error.Conflict(
                "calendar_year_changed",
                Bilingual.Pick(
                    $"{command.Year} was loaded by someone else at the same moment; read the years again and retry.",
                    $"Tahun {command.Year} dimuat oleh pihak lain pada saat yang sama; baca ulang daftar tahun lalu coba lagi."));
        }

        await auditTrail.RecordAsync(
            CalendarModule.Schema,
            new AuditEvent(
                "calendar_year.loaded",
                "calendar_year",
                command.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Details: new { status = CalendarYearStatuses.Name(command.Status), replaced = current?.Status, holidays = holidays.Count, force = command.Force }),
            cancellationToken);

        var stored = await unitOfWork.QuerySingleAsync<CalendarYearRow>(CalendarYearSql.SelectOne, new { year = command.Year }, cancellationToken);
        return CalendarYearDetails.From(stored);
    }
}
