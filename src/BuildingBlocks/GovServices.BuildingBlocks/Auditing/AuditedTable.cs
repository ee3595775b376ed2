using System.Text.RegularExpressions;

namespace GovServices.BuildingBlocks.Auditing;

/// <summary>
/// A table that is part of a module's audit trail: sealed into the module's hash chain and searchable by auditors.
/// Every module schema's <c>audit_log</c> is one (<see cref="AuditLog"/>); a module whose trail needs typed columns
/// of its own (the civil registry's <c>access_log</c>, ADR 0009) declares it with
/// <see cref="AuditingServiceCollectionExtensions.AddAuditedTable"/>. The declaration is the module's contract
/// with the auditors: it names the columns, and the module keeps it true when its table changes.
/// </summary>
public sealed partial record AuditedTable
{
    public AuditedTable(string schema, string table, AuditedColumns columns)
    {
        ArgumentNullException.ThrowIfNull(columns);

        // Every name here is spliced into SQL text, so each must be a plain identifier.
        foreach (var name in new[] { schema, table }.Concat(columns.Named()))
        {
            if (!IdentifierPattern().IsMatch(name))
                throw new ArgumentException($"'{name}' is not a plain lower-case identifier.", nameof(columns));
        }

        if (columns.SealedContent is not [AuditedColumns.Id, AuditedColumns.OccurredAt, ..])
            throw new ArgumentException("The sealed content starts with id and occurred_at.", nameof(columns));

        Schema = schema;
        Table = table;
        Columns = columns;
    }

    /// <summary>The module schema the table lives in; its hash chain is that module's.</summary>
    public string Schema { get; }

    public string Table { get; }

    public AuditedColumns Columns { get; }

    /// <summary>The building-block <c>audit_log</c> every module schema has.</summary>
    public static AuditedTable AuditLog(string schema) => new(schema, "audit_log", new AuditedColumns
    {
        ActorClientId = "actor_client_id",
        ActorUserId = "actor_user_id",
        Action = "action",
        Outcome = "outcome",
        Subject = "entity_id",
        EntityType = "entity_type",
        Details = "details",
        TraceId = "trace_id",
        SealedContent =
        [
            AuditedColumns.Id, AuditedColumns.OccurredAt, "actor_client_id", "actor_user_id", "action",
            "entity_type", "entity_id", "outcome", "details", "trace_id",
        ],
    });

    [GeneratedRegex("^[a-z][a-z_]{1,62}$")]
    private static partial Regex IdentifierPattern();
}
