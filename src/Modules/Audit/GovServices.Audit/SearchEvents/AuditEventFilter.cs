namespace GovServices.Audit.SearchEvents;

/// <summary>What an auditor searches for; every criterion given must hold.</summary>
internal sealed record AuditEventFilter(
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    string? Module = null,
    string? ClientId = null,
    string? UserId = null,
    string? Subject = null,
    string? Action = null,
    string? Outcome = null);
