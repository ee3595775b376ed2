using System.Text;
using Dapper;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Complaints.Domain;

/// <summary>
/// The SQL of <see cref="PublicComplaints"/>: a confidential complaint is never selected and no reporter column is
/// ever read.
/// </summary>
internal static class PublicComplaintSql
{
    private const string SelectPublic = """
        SELECT c.id AS Id, c.tracking_code AS TrackingCode, c.status AS Status, c.category_code AS CategoryCode,
               k.name_id AS CategoryNameId, k.name_en AS CategoryNameEn, c.opd_code AS OpdCode,
               c.description AS Description, c.latitude AS Latitude, c.longitude AS Longitude, c.address AS Address,
               c.media_urls AS MediaUrls, c.filed_at AS FiledAt, c.verification_due_on AS VerificationDueOn,
               c.resolution_due_on AS ResolutionDueOn, c.resolved_at AS ResolvedAt, c.closed_at AS ClosedAt,
               c.updated_at AS UpdatedAt,
               (SELECT COUNT(*) FROM complaints.complaint_follower f WHERE f.complaint_id = c.id) AS Supporters
        FROM complaints.complaint c
        JOIN complaints.category k ON k.code = c.category_code
        WHERE c.confidential = @confidential
        """;

    public const string SelectByTrackingCode = SelectPublic + "\n  AND c.tracking_code = @tracking_code";

    /// <summary>The public answers of the given complaints.</summary>
    public static string SelectAnswers(DynamicParameters parameters, IReadOnlyList<Guid> complaintIds) => $"""
        SELECT id AS Id, complaint_id AS ComplaintId, responded_at AS RespondedAt, opd_code AS OpdCode, body AS Body
        FROM complaints.complaint_response
        WHERE complaint_id IN {InList(parameters, "complaint_id", complaintIds)}
        """;

    /// <summary>
    /// The list statement. Each list becomes one parameter per value, written out here: Dapper would pass a list to
    /// PostgreSQL as one array, which <c>IN</c> does not take.
    /// </summary>
    public static string SelectMatching(ISqlDialect dialect, PublicComplaintFilter filter, DynamicParameters parameters) =>
        Where(new StringBuilder(SelectPublic), filter, parameters)
            .Append("\nORDER BY c.filed_at DESC, c.id DESC\n").Append(dialect.Page("limit", "offset")).ToString();

    /// <summary>
    /// Where the public complaints that match the filter are, newest first, all of them (no page): the candidates of a
    /// radius search, whose distance is measured in code (<see cref="PublicComplaints.ListWithinAsync"/>).
    /// </summary>
    public static string SelectLocations(PublicComplaintFilter filter, DynamicParameters parameters) =>
        Where(new StringBuilder(SelectLocated), filter, parameters)
            .Append("\nORDER BY c.filed_at DESC, c.id DESC").ToString();

    private const string SelectLocated = """
        SELECT c.id AS Id, c.latitude AS Latitude, c.longitude AS Longitude
        FROM complaints.complaint c
        WHERE c.confidential = @confidential
        """;

    private static StringBuilder Where(StringBuilder sql, PublicComplaintFilter filter, DynamicParameters parameters)
    {
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
        if (filter.Ids is not null)
            sql.Append("\n  AND c.id IN ").Append(InList(parameters, "id", filter.Ids));
        if (filter.Box is { } box)
        {
            // Served by ix_complaint_nearby (category, latitude, longitude) when the service codes are given.
            sql.Append("\n  AND c.latitude BETWEEN @min_latitude AND @max_latitude\n  AND c.longitude BETWEEN @min_longitude AND @max_longitude");
            parameters.Add("min_latitude", box.MinLatitude);
            parameters.Add("max_latitude", box.MaxLatitude);
            parameters.Add("min_longitude", box.MinLongitude);
            parameters.Add("max_longitude", box.MaxLongitude);
        }

        return sql;
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
