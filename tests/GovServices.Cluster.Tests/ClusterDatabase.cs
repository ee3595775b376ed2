using Dapper;
using Npgsql;

namespace GovServices.Cluster.Tests;

/// <summary>What the database holds after the load, read directly: the rows the assertions are about.</summary>
internal sealed class ClusterDatabase(string connectionString)
{
    /// <summary>The module schemas that have a table called <paramref name="table"/>.</summary>
    public async Task<IReadOnlyList<string>> SchemasWithAsync(string table)
    {
        await using var connection = await OpenAsync();
        return (await connection.QueryAsync<string>(
            """
            SELECT table_schema
            FROM information_schema.tables
            WHERE table_name = @table
            ORDER BY table_schema
            """,
            new { table })).ToList();
    }

    /// <summary>Outbox messages not yet delivered, and those given up on, over every schema.</summary>
    public async Task<(long Pending, long Poisoned)> OutboxBacklogAsync()
    {
        long pending = 0, poisoned = 0;
        await using var connection = await OpenAsync();
        foreach (var schema in await SchemasWithAsync("outbox_message"))
        {
            pending += await connection.ExecuteScalarAsync<long>(
                $"SELECT COUNT(*) FROM \"{schema}\".outbox_message WHERE processed_at IS NULL AND poisoned_at IS NULL");
            poisoned += await connection.ExecuteScalarAsync<long>(
                $"SELECT COUNT(*) FROM \"{schema}\".outbox_message WHERE poisoned_at IS NOT NULL");
        }

        return (pending, poisoned);
    }

    /// <summary>The deliveries to one webhook endpoint by status, and how many attempts they took in all.</summary>
    public async Task<(IReadOnlyDictionary<string, long> ByStatus, long Attempts)> WebhookDeliveriesAsync(Guid endpointId)
    {
        await using var connection = await OpenAsync();
        var byStatus = (await connection.QueryAsync<(string Status, long Count)>(
            "SELECT status, COUNT(*) FROM notifications.delivery WHERE destination_id = @endpointId GROUP BY status",
            new { endpointId })).ToDictionary(row => row.Status, row => row.Count, StringComparer.Ordinal);
        var attempts = await connection.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*)
            FROM notifications.delivery_attempt attempt
            JOIN notifications.delivery delivery ON delivery.id = attempt.delivery_id
            WHERE delivery.destination_id = @endpointId
            """,
            new { endpointId });
        return (byStatus, attempts);
    }

    /// <summary>Audit records (and the civil registry's access trail) that have no place in their chain yet.</summary>
    public async Task<long> UnsealedRecordsAsync()
    {
        long unsealed = 0;
        await using var connection = await OpenAsync();
        foreach (var schema in await SchemasWithAsync("audit_chain_entry"))
        {
            unsealed += await connection.ExecuteScalarAsync<long>(
                $"""
                SELECT COUNT(*)
                FROM "{schema}".audit_log record
                WHERE NOT EXISTS (SELECT 1 FROM "{schema}".audit_chain_entry entry WHERE entry.source_table = 'audit_log' AND entry.record_id = record.id)
                """);
        }

        unsealed += await connection.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*)
            FROM civil_registry.access_log record
            WHERE NOT EXISTS (SELECT 1 FROM civil_registry.audit_chain_entry entry WHERE entry.source_table = 'access_log' AND entry.record_id = record.id)
            """);
        return unsealed;
    }

    /// <summary>Every InvoicePaid in the Payments outbox: its payload, whether it was delivered, and how many inbox rows it has.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Payload, bool Processed, long InboxRows)>> InvoicePaidDeliveriesAsync()
    {
        await using var connection = await OpenAsync();
        var rows = await connection.QueryAsync<(Guid, string, bool, long)>(
            """
            SELECT message.id, message.payload, message.processed_at IS NOT NULL,
                   (SELECT COUNT(*) FROM permits.inbox_message inbox WHERE inbox.message_id = message.id)
            FROM payments.outbox_message message
            WHERE message.message_type LIKE '%InvoicePaid%'
            """);
        return rows.ToList();
    }

    /// <summary>Inbox rows whose message id is in no outbox: a handler ran for something never published.</summary>
    public async Task<long> InboxRowsWithoutMessageAsync()
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*)
            FROM permits.inbox_message inbox
            WHERE NOT EXISTS (SELECT 1 FROM payments.outbox_message message WHERE message.id = inbox.message_id)
            """);
    }

    /// <summary>The bank's notifications by external id, with the invoice each paid.</summary>
    public async Task<IReadOnlyList<(string ExternalId, Guid? InvoiceId, string Outcome)>> NotificationsAsync()
    {
        await using var connection = await OpenAsync();
        return (await connection.QueryAsync<(string, Guid?, string)>(
            "SELECT external_id, invoice_id, outcome FROM payments.payment_notification")).ToList();
    }

    /// <summary>The status of each invoice.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> InvoiceStatusesAsync()
    {
        await using var connection = await OpenAsync();
        return (await connection.QueryAsync<(Guid Id, string Status)>("SELECT id, status FROM payments.invoice"))
            .ToDictionary(row => row.Id, row => row.Status);
    }

    /// <summary>Issued permits' numbers in each (type, year), and the counter the next number would follow.</summary>
    public async Task<IReadOnlyList<(string Type, int Year, IReadOnlyList<int> Values, int LastValue)>> PermitSequencesAsync()
    {
        await using var connection = await OpenAsync();
        var issued = (await connection.QueryAsync<(string Type, int Year, int Value)>(
            "SELECT permit_type_code, sequence_year, sequence_value FROM permits.issued_permit")).ToList();
        var counters = (await connection.QueryAsync<(string Type, int Year, int LastValue)>(
            "SELECT permit_type_code, year, last_value FROM permits.permit_number_sequence")).ToList();
        return counters
            .Select(counter => (
                counter.Type,
                counter.Year,
                (IReadOnlyList<int>)issued.Where(row => row.Type == counter.Type && row.Year == counter.Year).Select(row => row.Value).Order().ToList(),
                counter.LastValue))
            .ToList();
    }

    public async Task<IReadOnlySet<string>> IssuedPermitNumbersAsync()
    {
        await using var connection = await OpenAsync();
        return (await connection.QueryAsync<string>("SELECT number FROM permits.issued_permit")).ToHashSet();
    }

    /// <summary>How many verifications for <paramref name="purpose"/> the civil registry's access trail holds.</summary>
    public async Task<long> VerificationTrailRowsAsync(string purpose)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM civil_registry.access_log WHERE action = 'Verification' AND purpose = @purpose", new { purpose });
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
