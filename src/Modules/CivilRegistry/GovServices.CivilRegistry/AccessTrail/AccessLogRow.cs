using GovServices.BuildingBlocks.Http;

namespace GovServices.CivilRegistry.AccessTrail;

/// <summary>One row of <c>civil_registry.access_log</c>.</summary>
internal sealed class AccessLogRow
{
    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string? ClientId { get; init; }

    public string? UserId { get; init; }

    public string? UserOpd { get; init; }

    public string Action { get; init; } = "";

    public string Nik { get; init; } = "";

    public string Purpose { get; init; } = "";

    public string Result { get; init; } = "";

    /// <summary>The page cursor's sort key: newest first, by time and then id.</summary>
    public string SortKey => new KeysetCursor(OccurredAt, Id).ToSortKey();
}
