namespace GovServices.Testing;

/// <summary>An RFC 9457 problem response as the API writes it, with the GovServices extensions.</summary>
public sealed record ProblemDocument(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    string? Instance,
    string? Code,
    string? TraceId);
