using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.CivilRegistry.AccessTrail;
using GovServices.CivilRegistry.Contracts;
using Mediator;

namespace GovServices.CivilRegistry.SearchAccessLog;

/// <summary>The access trail for auditors, newest first, with optional filters.</summary>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: a <see cref="KeysetCursor"/>.</param>
/// <param name="Nik">Only accesses to this resident.</param>
/// <param name="ClientId">Only accesses by this application.</param>
/// <param name="Purpose">Only accesses for this purpose.</param>
/// <param name="From">Only accesses at or after this time.</param>
/// <param name="Until">Only accesses before this time.</param>
internal sealed record SearchAccessLogQuery(
    int? Limit = null,
    string? Cursor = null,
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

/// <summary>The search of the access trail is itself on the record, with its filter (the NIK masked), before it is answered (ADR 0063).</summary>
internal sealed class SearchAccessLogHandler(IDbConnectionFactory connections, IAuditTrail auditTrail, IUnitOfWork unitOfWork)
    : IQueryHandler<SearchAccessLogQuery, Result<CursorPage<AccessLogEntry>>>
{
    public async ValueTask<Result<CursorPage<AccessLogEntry>>> Handle(SearchAccessLogQuery query, CancellationToken cancellationToken)
    {
        var page = PageRequest.Of(query.Limit, query.Cursor);
        var conditions = new List<string>();
        var parameters = new DynamicParameters(new { limit = page.Limit + 1 });
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

        if (KeysetCursor.Of(page.After) is { } after)
        {
            conditions.Add(AccessLogSql.AfterCursor);
            parameters.Add("after_occurred_at", after.Time);
            parameters.Add("after_id", after.Id);
        }

        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AccessLogRow>(new CommandDefinition(
            AccessLogSql.SelectPage(connections.Dialect, conditions), parameters, cancellationToken: cancellationToken))).ToList();

        var found = page.ToPage(rows, row => row.SortKey);
        await auditTrail.RecordCommittedAsync(
            unitOfWork,
            CivilRegistryModule.Schema,
            [new AuditEvent("access_log.searched", Details: new
            {
                purpose = "access_log.search",
                nik = query.Nik is null ? null : Nik.Mask(query.Nik),
                query.ClientId,
                filterPurpose = query.Purpose,
                query.From,
                query.Until,
                entries = found.Items.Count,
            })],
            cancellationToken);
        return new CursorPage<AccessLogEntry>(
            found.Items.Select(row => new AccessLogEntry(
                row.Id, row.OccurredAt, row.ClientId, row.UserId, row.UserOpd, row.Action, Nik.Mask(row.Nik), row.Purpose, row.Result)).ToList(),
            found.NextCursor);
    }
}
