using GovServices.BuildingBlocks.Http;

namespace GovServices.Audit.SearchEvents;

/// <summary>A row of any audited table, read through its declared column names.</summary>
internal sealed class AuditEventRow
{
    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string? ActorClientId { get; init; }

    public string? ActorUserId { get; init; }

    public string Action { get; init; } = "";

    public string? EntityType { get; init; }

    public string? Subject { get; init; }

    public string Outcome { get; init; } = "";

    public string? Purpose { get; init; }

    public string? Details { get; init; }

    public string? TraceId { get; init; }

    /// <summary>The sort key across tables: newest first, by time and then id.</summary>
    public string SortKey => new KeysetCursor(OccurredAt, Id).ToSortableKey();
}
