using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Calendar.Years;
using Mediator;

namespace GovServices.Calendar.GetYear;

/// <summary>One stored year with its days.</summary>
internal sealed record GetCalendarYearQuery(int Year) : IQuery<Result<CalendarYearDetails>>;

internal sealed class GetCalendarYearHandler(CalendarYearReader years) : IQueryHandler<GetCalendarYearQuery, Result<CalendarYearDetails>>
{
    public async ValueTask<Result<CalendarYearDetails>> Handle(GetCalendarYearQuery query, CancellationToken cancellationToken)
    {
        var row = await years.ReadAsync(query.Year, cancellationToken);
        if (row is null)
        {
            return Error.NotFound(
                "calendar_year_not_found",
                Bilingual.Pick(
                    $"Nothing is loaded for {query.Year}: due dates there are counted on weekends and the fixed-date and Easter-based holidays, and marked provisional.",
                    $"Belum ada data untuk tahun {query.Year}: tenggat pada tahun itu dihitung dari akhir pekan serta hari libur bertanggal tetap dan yang mengikuti Paskah, dan ditandai sementara."));
        }

        return CalendarYearDetails.From(row);
    }
}
