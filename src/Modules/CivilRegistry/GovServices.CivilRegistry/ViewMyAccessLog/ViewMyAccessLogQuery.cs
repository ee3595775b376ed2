using Dapper;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Localisation;
using GovServices.BuildingBlocks.Security;
using GovServices.CivilRegistry.AccessTrail;
using Mediator;

namespace GovServices.CivilRegistry.ViewMyAccessLog;

/// <summary>A citizen's own access trail (UU PDP 27/2022): who looked them up, when and why. The NIK is the token's.</summary>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: a <see cref="KeysetCursor"/>.</param>
internal sealed record ViewMyAccessLogQuery(int? Limit = null, string? Cursor = null) : IQuery<Result<CursorPage<MyAccessLogEntry>>>;

/// <summary>One time a citizen's data was accessed. Individual staff are not named; their institution is.</summary>
/// <param name="OccurredAt">When (UTC).</param>
/// <param name="Institution">The application (OAuth client) that asked.</param>
/// <param name="Opd">The department of the officer who asked, if one did.</param>
/// <param name="Action">Verification (match / no match) or Lookup (the record was read).</param>
/// <param name="Purpose">The stated purpose.</param>
/// <param name="LegalBasis">The law that allows that purpose.</param>
/// <param name="Result">What the institution learned.</param>
internal sealed record MyAccessLogEntry(
    DateTimeOffset OccurredAt,
    string? Institution,
    string? Opd,
    string Action,
    string Purpose,
    string? LegalBasis,
    string Result);

/// <summary>A citizen's read of their own access trail is on the record too (ADR 0063), by their account, without their NIK.</summary>
internal sealed class ViewMyAccessLogHandler(IDbConnectionFactory connections, ICurrentActor actor, CivilRegistryOptions options, IAuditTrail auditTrail, IUnitOfWork unitOfWork)
    : IQueryHandler<ViewMyAccessLogQuery, Result<CursorPage<MyAccessLogEntry>>>
{
    public async ValueTask<Result<CursorPage<MyAccessLogEntry>>> Handle(ViewMyAccessLogQuery query, CancellationToken cancellationToken)
    {
        if (actor.Nik is not { } nik)
            return Error.Forbidden("not_a_citizen", Bilingual.Pick(
                "Only a signed-in citizen, whose token carries a NIK, has an own access trail.",
                "Hanya warga yang masuk, yang tokennya memuat NIK, yang memiliki jejak akses sendiri."));

        var page = PageRequest.Of(query.Limit, query.Cursor);
        var conditions = new List<string> { AccessLogSql.ByNik };
        var parameters = new DynamicParameters(new { nik, limit = page.Limit + 1 });
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
            [new AuditEvent("access_log.viewed_own", Details: new { purpose = "access_log.own", entries = found.Items.Count })],
            cancellationToken);
        return new CursorPage<MyAccessLogEntry>(
            found.Items.Select(row => new MyAccessLogEntry(
                row.OccurredAt, row.ClientId, row.UserOpd, row.Action, row.Purpose, options.LegalBasisOf(row.Purpose), row.Result)).ToList(),
            found.NextCursor);
    }
}
