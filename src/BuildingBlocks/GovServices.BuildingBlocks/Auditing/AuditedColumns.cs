namespace GovServices.BuildingBlocks.Auditing;

/// <summary>
/// How an audited table's columns answer the auditor's questions: who (client, user), did what (action), to which
/// record (subject), with what outcome, why (purpose), and which columns the seal covers. Every audited table has an
/// <c>id</c> (UUIDv7) and an <c>occurred_at</c> column; the other sealed columns hold text.
/// </summary>
public sealed record AuditedColumns
{
    public const string Id = "id";
    public const string OccurredAt = "occurred_at";

    public required string ActorClientId { get; init; }

    public required string ActorUserId { get; init; }

    public required string Action { get; init; }

    /// <summary>The outcome, or for an access trail what the caller learned.</summary>
    public required string Outcome { get; init; }

    /// <summary>The record acted on: an entity id, or a resident's NIK in the civil registry's trail.</summary>
    public required string Subject { get; init; }

    /// <summary>The column naming the kind of record, when the table holds several kinds.</summary>
    public string? EntityType { get; init; }

    /// <summary>The kind of record, when every row of the table is about the same kind (<c>resident</c>).</summary>
    public string? FixedEntityType { get; init; }

    /// <summary>The stated purpose of an access, for tables that record one.</summary>
    public string? Purpose { get; init; }

    public string? Details { get; init; }

    public string? TraceId { get; init; }

    /// <summary>The subject is a personal identifier (a NIK): search results mask it.</summary>
    public bool SubjectIsPersonalIdentifier { get; init; }

    /// <summary>The columns the seal covers, in the order the canonical content lists them: id and occurred_at first.</summary>
    public required IReadOnlyList<string> SealedContent { get; init; }

    internal IEnumerable<string> Named() =>
        new[] { ActorClientId, ActorUserId, Action, Outcome, Subject, EntityType, Purpose, Details, TraceId }
            .OfType<string>()
            .Concat(SealedContent);
}
