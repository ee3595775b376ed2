using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Localisation;
using GovServices.Payments.Domain;
using Mediator;

namespace GovServices.Payments.Reports;

/// <param name="From">The first day, WITA.</param>
/// <param name="To">The last day, WITA, inclusive.</param>
internal sealed record GetDailyTotalsQuery(DateOnly From, DateOnly To) : IQuery<Result<DailyTotalsReport>>;

/// <summary>Totals for the Command Centre over a period.</summary>
/// <param name="From">The first day (WITA).</param>
/// <param name="To">The last day (WITA), inclusive.</param>
/// <param name="TimeZone">The days' time zone: Asia/Makassar (WITA).</param>
/// <param name="Rows">One row per day, channel and source module that had payments or refunds, in that order.</param>
/// <param name="Payments">Payments in the period.</param>
/// <param name="PaidAmount">Whole rupiah paid in the period.</param>
/// <param name="Refunds">Refunds issued in the period.</param>
/// <param name="RefundedAmount">Whole rupiah refunded in the period.</param>
/// <param name="OpenReconciliationItems">Differences between the bank's settlement files and our records still open now, whatever the period: each waits for the treasurer.</param>
internal sealed record DailyTotalsReport(
    DateOnly From, DateOnly To, string TimeZone, IReadOnlyList<DailyTotal> Rows, long Payments, long PaidAmount, long Refunds, long RefundedAmount,
    int OpenReconciliationItems);

/// <summary>One day's totals of one channel and source module.</summary>
/// <param name="Day">The day, WITA.</param>
/// <param name="Channel">The bank channel (client id).</param>
/// <param name="SourceModule">The module the invoices were for (permits, ...).</param>
/// <param name="Payments">Invoices paid that day.</param>
/// <param name="PaidAmount">Whole rupiah paid that day.</param>
/// <param name="Refunds">Refunds issued that day (of payments of any day).</param>
/// <param name="RefundedAmount">Whole rupiah refunded that day.</param>
internal sealed record DailyTotal(DateOnly Day, string Channel, string SourceModule, long Payments, long PaidAmount, long Refunds, long RefundedAmount);

/// <summary>
/// Payments count on the WITA day they were paid and refunds on the WITA day they were issued (both stored with the
/// row), so a day's figures never change once the day is over, except by a later refund on its own day.
/// </summary>
internal sealed class GetDailyTotalsHandler(IDbConnectionFactory connections) : IQueryHandler<GetDailyTotalsQuery, Result<DailyTotalsReport>>
{
    public const int MaxDays = 366;

    public async ValueTask<Result<DailyTotalsReport>> Handle(GetDailyTotalsQuery query, CancellationToken cancellationToken)
    {
        if (query.To < query.From || query.To.DayNumber - query.From.DayNumber >= MaxDays)
        {
            var message = Bilingual.Pick($"Give a period of 1 to {MaxDays} days, from before to.", $"Isi periode 1 sampai {MaxDays} hari, from sebelum to.");
            return new Error("validation_failed", message, ErrorKind.Validation, new Dictionary<string, string[]> { ["to"] = [message] });
        }

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var period = new { from = query.From, to = query.To };
        var paid = await connection.QueryAsync<Group>(new CommandDefinition(DailyTotalsSql.Payments, period, cancellationToken: cancellationToken));
        var refunded = await connection.QueryAsync<Group>(new CommandDefinition(DailyTotalsSql.Refunds, period, cancellationToken: cancellationToken));
        var openItems = await connection.ExecuteScalarAsync<int>(new CommandDefinition(DailyTotalsSql.OpenReconciliationItems, cancellationToken: cancellationToken));

        var totals = new Dictionary<(DateOnly Day, string Channel, string SourceModule), DailyTotal>();
        foreach (var group in paid)
            totals[group.Key] = new DailyTotal(group.Day, group.Key.Channel, group.SourceModule, group.Count, group.Amount, 0, 0);
        foreach (var group in refunded)
        {
            var total = totals.GetValueOrDefault(group.Key) ?? new DailyTotal(group.Day, group.Key.Channel, group.SourceModule, 0, 0, 0, 0);
            totals[group.Key] = total with { Refunds = total.Refunds + group.Count, RefundedAmount = total.RefundedAmount + group.Amount };
        }

        var rows = totals.Values
            .OrderBy(row => row.Day).ThenBy(row => row.Channel, StringComparer.Ordinal).ThenBy(row => row.SourceModule, StringComparer.Ordinal)
            .ToList();
        return new DailyTotalsReport(
            query.From, query.To, Wita.TimeZoneId, rows,
            rows.Sum(row => row.Payments), rows.Sum(row => row.PaidAmount), rows.Sum(row => row.Refunds), rows.Sum(row => row.RefundedAmount),
            openItems);
    }

    private sealed class Group
    {
        public DateOnly Day { get; init; }

        public string? Channel { get; init; }

        public string SourceModule { get; init; } = "";

        public long Count { get; init; }

        public long Amount { get; init; }

        public (DateOnly Day, string Channel, string SourceModule) Key => (Day, Channel ?? "", SourceModule);
    }
}
