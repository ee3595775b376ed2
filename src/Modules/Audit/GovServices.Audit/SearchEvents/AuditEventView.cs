using System.Text.Json;

namespace GovServices.Audit.SearchEvents;

/// <summary>One event of a module's audit trail, in the same shape whichever table recorded it.</summary>
/// <param name="Id">The record's id (UUIDv7).</param>
/// <param name="Module">The module (schema) whose trail holds it.</param>
/// <param name="Table">The audited table: <c>audit_log</c>, or a module's own trail such as the civil registry's <c>access_log</c>.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="ActorClientId">The application that acted.</param>
/// <param name="ActorUserId">The person signed in to it, if any.</param>
/// <param name="Action">What was done, e.g. <c>complaint.filed</c>, or <c>Lookup</c> in the access trail.</param>
/// <param name="EntityType">The kind of record acted on, e.g. <c>complaint</c> or <c>resident</c>.</param>
/// <param name="Subject">The record acted on; a resident's NIK is masked.</param>
/// <param name="Outcome">Success, Denied or Failed; in the access trail what the caller learned.</param>
/// <param name="Purpose">
/// The stated purpose of an access to personal data: every read of a reporter, applicant, payer or resident has one.
/// </param>
/// <param name="Details">Further facts as JSON text, when recorded (kept for 1.x clients: read <c>facts</c>).</param>
/// <param name="Facts">The same facts as a JSON object, when recorded.</param>
/// <param name="TraceId">The request's trace id, to find its logs.</param>
internal sealed record AuditEventView(
    Guid Id,
    string Module,
    string Table,
    DateTimeOffset OccurredAt,
    string? ActorClientId,
    string? ActorUserId,
    string Action,
    string? EntityType,
    string? Subject,
    string Outcome,
    string? Purpose,
    string? Details,
    IReadOnlyDictionary<string, JsonElement>? Facts,
    string? TraceId);
