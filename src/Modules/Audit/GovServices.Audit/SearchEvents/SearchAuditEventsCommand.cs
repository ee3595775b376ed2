using System.Globalization;
using System.Text.Json;
using GovServices.Audit.Sealing;
using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Auditing;
using GovServices.BuildingBlocks.Data;
using GovServices.BuildingBlocks.Http;
using GovServices.BuildingBlocks.Security;
using Mediator;

namespace GovServices.Audit.SearchEvents;

/// <summary>
/// Searches the audit trails of every module (or one), newest first. A command: the search itself is recorded in
/// the audit module's own trail, since its answer shows who accessed whose data.
/// </summary>
/// <param name="Filter">What to look for.</param>
/// <param name="Limit">The page size (<see cref="PageRequest"/>).</param>
/// <param name="Cursor">The previous page's cursor: a <see cref="KeysetCursor"/>.</param>
internal sealed record SearchAuditEventsCommand(AuditEventFilter Filter, int? Limit = null, string? Cursor = null) : ICommand<Result<CursorPage<AuditEventView>>>;

internal sealed class SearchAuditEventsHandler(
    AuditTrailCatalog catalog,
    IUnitOfWork unitOfWork,
    IAuditTrail auditTrail,
    ICurrentActor actor) : ICommandHandler<SearchAuditEventsCommand, Result<CursorPage<AuditEventView>>>
{
    public async ValueTask<Result<CursorPage<AuditEventView>>> Handle(SearchAuditEventsCommand command, CancellationToken cancellationToken)
    {
        if (AuditorAccess.Denied(actor) is { } denied)
            return denied;
        var filter = command.Filter;
        if (filter.Module is not null && !catalog.Contains(filter.Module))
            return AuditorAccess.UnknownModule(filter.Module);
        var page = PageRequest.Of(command.Limit, command.Cursor);
        var after = KeysetCursor.Of(page.After);

        await auditTrail.RecordAsync(AuditModule.Schema, new AuditEvent("audit.events_searched", Details: filter), cancellationToken);

        var found = new List<(AuditedTable Table, AuditEventRow Row)>();
        var tables = filter.Module is null ? catalog.All : catalog.TablesOf(filter.Module);
        foreach (var table in tables)
        {
            var (sql, parameters) = AuditEventSql.Search(table, unitOfWork.Dialect, filter, after, page.Limit + 1);
            var rows = await unitOfWork.QueryAsync<AuditEventRow>(sql, parameters, cancellationToken);
            found.AddRange(rows.Select(row => (table, row)));
        }

        var newestFirst = found
            .OrderByDescending(item => item.Row.SortKey, StringComparer.Ordinal)
            .Take(page.Limit + 1)
            .ToList();
        var result = page.ToPage(newestFirst, item => item.Row.SortKey);
        return new CursorPage<AuditEventView>(result.Items.Select(item => View(item.Table, item.Row)).ToList(), result.NextCursor);
    }

    private static AuditEventView View(AuditedTable table, AuditEventRow row)
    {
        var facts = Facts(row.Details);
        return new(
            row.Id,
            table.Schema,
            table.Table,
            row.OccurredAt,
            row.ActorClientId,
            row.ActorUserId,
            row.Action,
            row.EntityType ?? table.Columns.FixedEntityType,
            table.Columns.SubjectIsPersonalIdentifier ? PersonalIdentifier.Mask(row.Subject) : row.Subject,
            row.Outcome,
            row.Purpose ?? StatedPurpose(facts),
            row.Details,
            facts,
            row.TraceId);
    }

    /// <summary>The details as an object; null when none were recorded or they are not a JSON object.</summary>
    private static Dictionary<string, JsonElement>? Facts(string? details)
    {
        if (string.IsNullOrWhiteSpace(details))
            return null;
        try
        {
            using var document = JsonDocument.Parse(details);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.Clone(), StringComparer.Ordinal)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Trails without a purpose column (every module's <c>audit_log</c>) record a disclosure's purpose in its details
    /// (<c>complaint.reporter_viewed</c>, <c>application.applicant_viewed</c>, <c>invoice.payer_viewed</c>): the view
    /// shows it where the civil registry's access trail shows its own.
    /// </summary>
    private static string? StatedPurpose(Dictionary<string, JsonElement>? facts) =>
        facts is not null && facts.TryGetValue("purpose", out var purpose) && purpose.ValueKind == JsonValueKind.String ? purpose.GetString() : null;
}
