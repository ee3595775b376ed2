namespace GovServices.CivilRegistry.AccessTrail;

/// <summary>One row of <c>civil_registry.access_log</c>: who read which resident's data, for what, with what result.</summary>
internal sealed record AccessRecord(
    Guid Id,
    DateTimeOffset OccurredAt,
    string? ClientId,
    string? UserId,
    string? UserOpd,
    string Action,
    string Nik,
    string Purpose,
    string Result,
    string? TraceId);
