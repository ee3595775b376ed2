using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.CivilRegistry.AccessTrail;
using GovServices.CivilRegistry.Contracts;
using Mediator;

namespace GovServices.CivilRegistry.SearchAccessLog;

/// <summary>The access trail for auditors, newest first, with optional filters.</summary>
internal sealed record SearchAccessLogQuery(
    PageRequest Page,
    string? Nik = null,
    string? ClientId = null,
    string? Purpose = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null) : IQuery<Result<CursorPage<AccessLogEntry>>>;

/// <summary>One access to a resident's data. The NIK is masked, as in every list.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="ClientId">The application that asked.</param>
/// <param name="UserId">The person signed in to it, if any.</param>
/// <param name="Opd">That person's department, for officers.</param>
/// <param name="Action">Verification or Lookup.</param>
/// <param name="Nik">The resident's NIK, masked.</param>
/// <param name="Purpose">The stated purpose.</param>
/// <param name="Result">What the caller learned.</param>
internal sealed record AccessLogEntry(
    Guid Id,
    DateTimeOffset OccurredAt,
    string? ClientId,
    string? UserId,
    string? Opd,
    string Action,
    string Nik,
    string Purpose,
    string Result);

internal sealed class SearchAccessLogHandler(IDbConnectionFactory connections)
    : IQueryHandler<SearchAccessLogQuery, Result<CursorPage<AccessLogEntry>>>
{
    public async ValueTask<Result<CursorPage<AccessLogEntry>>> Handle(SearchAccessLogQuery query, CancellationToken cancellationToken)
    {
        var cursor = KeysetCursor.From(query.Page.After);
        if (!cursor.IsSuccess)
            return cursor.Error;

        var conditions = new List<string>();
        var parameters = new DynamicParameters(new { limit = query.Page.Limit + 1 });
        if (query.Nik is not null)
        {
            conditions.Add(AccessLogSql.ByNik);
            parameters.Add("nik", query.Nik);
        }

        if (query.ClientId is not null)
        {
            conditions.Add(AccessLogSql.ByClient);
            parameters.Add("client_id", query.ClientId);
        }

        if (query.Purpose is not null)
        {
            conditions.Add(AccessLogSql.ByPurpose);
            parameters.Add("purpose", query.Purpose);
        }

        if (query.From is { } from)
        {
            conditions.Add(AccessLogSql.From);
            parameters.Add("from", from);
        }

        if (query.Until is { } until)
        {
            conditions.Add(AccessLogSql.Until);
            parameters.Add("until", until);
        }

        if (cursor.Value is { } after)
        {
            conditions.Add(AccessLogSql.AfterCursor);
            parameters.Add("after_occurred_at", after.Time);
            parameters.Add("after_id", after.Id);
        }

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AccessLogRow>(new CommandDefinition(
            AccessLogSql.SelectPage(connections.Dialect, conditions), parameters, cancellationToken: cancellationToken))).ToList();

        var page = query.Page.ToPage(rows, row => row.SortKey);
        return new CursorPage<AccessLogEntry>(
            page.Items.Select(row => new AccessLogEntry(
                row.Id, row.OccurredAt, row.ClientId, row.UserId, row.UserOpd, row.Action, Nik.Mask(row.Nik), row.Purpose, row.Result)).ToList(),
            page.NextCursor);
    }
}
