using Dapper;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Calendar.Years;

/// <summary>Reads the stored years: for the API's answers and for keeping each instance's calendar equal to them.</summary>
internal sealed class CalendarYearReader(IDbConnectionFactory connections)
{
    public async Task<IReadOnlyList<CalendarYearRow>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        return [.. await connection.QueryAsync<CalendarYearRow>(new CommandDefinition(CalendarYearSql.SelectAll, cancellationToken: cancellationToken))];
    }

    public async Task<CalendarYearRow?> ReadAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CalendarYearRow>(new CommandDefinition(
            CalendarYearSql.SelectOne, new { year }, cancellationToken: cancellationToken));
    }
}
