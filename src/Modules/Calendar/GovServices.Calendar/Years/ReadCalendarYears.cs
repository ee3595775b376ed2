using Dapper;
using GovServices.BuildingBlocks.Data;
using Mediator;

namespace GovServices.Calendar.Years;

/// <summary>Every stored year of the calendar, in order.</summary>
internal sealed record ReadCalendarYears : IQuery<IReadOnlyList<CalendarYearRow>>;

internal sealed class ReadCalendarYearsHandler(IDbConnectionFactory connections) : IQueryHandler<ReadCalendarYears, IReadOnlyList<CalendarYearRow>>
{
    public async ValueTask<IReadOnlyList<CalendarYearRow>> Handle(ReadCalendarYears query, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<CalendarYearRow>(new CommandDefinition(CalendarYearSql.SelectAll, cancellationToken: cancellationToken))];
    }
}
