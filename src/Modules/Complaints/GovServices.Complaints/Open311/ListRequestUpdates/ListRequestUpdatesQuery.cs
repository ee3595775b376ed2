using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.Complaints.Domain;
using Mediator;

namespace GovServices.Complaints.Open311.ListRequestUpdates;

/// <summary>
/// GeoReport v2's request-updates extension, <c>GET servicerequestupdates</c>: every step a public complaint took
/// between <paramref name="StartDate"/> and <paramref name="EndDate"/> (the window of <see cref="Open311Window"/>),
/// oldest first so that a client follows them forward, page <paramref name="Page"/> of <paramref name="PageSize"/>.
/// </summary>
internal sealed record ListRequestUpdatesQuery(string? StartDate = null, string? EndDate = null, string? Page = null, string? PageSize = null)
    : IQuery<Result<IReadOnlyList<RequestUpdateRow>>>
{
    public const int MaxUpdates = 1000;
}

/// <summary>One step of a public complaint: its history row, and the public answer when the step was the answer.</summary>
internal sealed record RequestUpdateRow(Guid UpdateId, string TrackingCode, string Action, string ToStatus, DateTimeOffset UpdatedAt, string? Answer);

internal sealed class ListRequestUpdatesHandler(IDbConnectionFactory connections, TimeProvider clock)
    : IQueryHandler<ListRequestUpdatesQuery, Result<IReadOnlyList<RequestUpdateRow>>>
{
    public async ValueTask<Result<IReadOnlyList<RequestUpdateRow>>> Handle(ListRequestUpdatesQuery query, CancellationToken cancellationToken)
    {
        if (Open311Paging.Parse(query.Page, query.PageSize, ListRequestUpdatesQuery.MaxUpdates) is not { } paging)
            return Open311Window.Invalid(Open311Paging.Message(ListRequestUpdatesQuery.MaxUpdates));
        var window = Open311Window.Parse(query.StartDate, query.EndDate, clock.GetUtcNow());
        if (!window.IsSuccess)
            return window.Error;

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RequestUpdateRow>(new CommandDefinition(
            RequestUpdateSql.SelectBetween(connections.Dialect),
            new
            {
                confidential = false,
                flag_overdue = ComplaintAction.FlagOverdue,
                due_date_recomputed = ComplaintAction.RecomputeDueDate,
                from = window.Value.From,
                to = window.Value.ToExclusive,
                limit = paging.Size,
                offset = paging.Offset,
            },
            cancellationToken: cancellationToken));
        return Result<IReadOnlyList<RequestUpdateRow>>.Success([.. rows]);
    }
}

/// <summary>
/// The steps of public complaints, never a confidential one, never a note (notes are internal) nor an actor: what
/// the public tracking page shows. The answer is the public answer written with the resolving step (the same instant).
/// </summary>
internal static class RequestUpdateSql
{
    public static string SelectBetween(ISqlDialect dialect) => $"""
        SELECT h.id AS UpdateId, c.tracking_code AS TrackingCode, h.action AS Action, h.to_status AS ToStatus,
               h.occurred_at AS UpdatedAt, r.body AS Answer
        FROM complaints.complaint_history h
        JOIN complaints.complaint c ON c.id = h.complaint_id
        LEFT JOIN complaints.complaint_response r ON r.complaint_id = h.complaint_id AND r.responded_at = h.occurred_at
        WHERE c.confidential = @confidential
          AND h.action <> @flag_overdue
          AND h.action <> @due_date_recomputed
          AND h.occurred_at >= @from
          AND h.occurred_at < @to
        ORDER BY h.occurred_at, h.id
        {dialect.Page("limit", "offset")}
        """;
}
