using System.Text;
using Dapper;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Complaints.Domain;

/// <summary>
/// The one way complaints are read for the public (tracking by code, Open311). The rules live in the SQL itself: a
/// confidential complaint is never selected, and no reporter column is ever read, so no caller can forget either.
/// </summary>
internal static class PublicComplaints
{
    private const string SelectPublic = """
        SELECT c.id AS Id, c.tracking_code AS TrackingCode, c.status AS Status, c.category_code AS CategoryCode,
               k.name_id AS CategoryNameId, k.name_en AS CategoryNameEn, c.opd_code AS OpdCode,
               c.description AS Description, c.latitude AS Latitude, c.longitude AS Longitude, c.address AS Address,
               c.media_urls AS MediaUrls, c.filed_at AS FiledAt, c.verification_due_on AS VerificationDueOn,
               c.resolution_due_on AS ResolutionDueOn, c.resolved_at AS ResolvedAt, c.closed_at AS ClosedAt,
               c.updated_at AS UpdatedAt
        FROM complaints.complaint c
        JOIN complaints.category k ON k.code = c.category_code
        WHERE c.confidential = @confidential
        """;

    public const string FindSql = SelectPublic + "\n  AND c.tracking_code = @tracking_code";

    public static async Task<PublicComplaintRow?> FindAsync(IDbConnectionFactory connections, string trackingCode, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PublicComplaintRow>(new CommandDefinition(
            FindSql,
            new { confidential = false, tracking_code = trackingCode },
            cancellationToken: cancellationToken));
        if (row is not null)
            await AttachAnswersAsync(connection, [row], cancellationToken);
        return row;
    }

    /// <summary>Public complaints that match the filter, newest first, at most its Limit.</summary>
    public static async Task<IReadOnlyList<PublicComplaintRow>> ListAsync(IDbConnectionFactory connections, PublicComplaintFilter filter, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new { confidential = false, from = filter.From, to = filter.To, limit = filter.Limit });
        var sql = ListSql(connections.Dialect, filter, parameters);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<PublicComplaintRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).ToList();
        await AttachAnswersAsync(connection, rows, cancellationToken);
        return rows;
    }

    /// <summary>The public answers of the listed complaints, in one statement.</summary>
    private static async Task AttachAnswersAsync(System.Data.Common.DbConnection connection, IReadOnlyList<PublicComplaintRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return;

        var parameters = new DynamicParameters();
        var sql = AnswersSql(parameters, [.. rows.Select(row => row.Id)]);
        var answers = await connection.QueryAsync<PublicAnswerRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var byComplaint = answers.ToLookup(answer => answer.ComplaintId);
        foreach (var row in rows)
            row.Answers = [.. byComplaint[row.Id].OrderByDescending(answer => answer.RespondedAt).ThenByDescending(answer => answer.Id)];
    }

    /// <summary>The public answers of the given complaints.</summary>
    public static string AnswersSql(DynamicParameters parameters, IReadOnlyList<Guid> complaintIds) => $"""
        SELECT id AS Id, complaint_id AS ComplaintId, responded_at AS RespondedAt, opd_code AS OpdCode, body AS Body
        FROM complaints.complaint_response
        WHERE complaint_id IN {InList(parameters, "complaint_id", complaintIds)}
        """;

    /// <summary>
    /// The list statement. Each list becomes one parameter per value, written out here: Dapper would pass a list to
    /// PostgreSQL as one array, which <c>IN</c> does not take.
    /// </summary>
    public static string ListSql(ISqlDialect dialect, PublicComplaintFilter filter, DynamicParameters parameters)
    {
        var sql = new StringBuilder(SelectPublic);
        if (filter.From is not null)
            sql.Append("\n  AND c.filed_at >= @from");
        if (filter.To is not null)
            sql.Append("\n  AND c.filed_at < @to");
        if (filter.TrackingCodes is not null)
            sql.Append("\n  AND c.tracking_code IN ").Append(InList(parameters, "tracking_code", filter.TrackingCodes));
        if (filter.CategoryCodes is not null)
            sql.Append("\n  AND c.category_code IN ").Append(InList(parameters, "category_code", filter.CategoryCodes));
        if (filter.Statuses is not null)
            sql.Append("\n  AND c.status IN ").Append(InList(parameters, "status", filter.Statuses));
        return sql.Append("\nORDER BY c.filed_at DESC, c.id DESC\n").Append(dialect.Limit("limit")).ToString();
    }

    /// <summary><c>(@name_0, @name_1, …)</c>, with one parameter per value added to <paramref name="parameters"/>.</summary>
    private static string InList<T>(DynamicParameters parameters, string name, IReadOnlyList<T> values)
    {
        var names = values.Select((value, index) =>
        {
            parameters.Add($"{name}_{index}", value);
            return $"@{name}_{index}";
        });
        return $"({string.Join(", ", names)})";
    }
}
