using Dapper;
using GovServices.BuildingBlocks.Data;

namespace GovServices.Complaints.Domain;

/// <summary>
/// The one way complaints are read for the public (tracking by code, Open311). The rules live in the SQL itself
/// (<see cref="PublicComplaintSql"/>): a confidential complaint is never selected, and no reporter column is ever
/// read, so no caller can forget either.
/// </summary>
internal static class PublicComplaints
{
    public static async Task<PublicComplaintRow?> FindAsync(IDbConnectionFactory connections, string trackingCode, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PublicComplaintRow>(new CommandDefinition(
            PublicComplaintSql.SelectByTrackingCode,
            new { confidential = false, tracking_code = trackingCode },
            cancellationToken: cancellationToken));
        if (row is not null)
            await AttachAnswersAsync(connection, [row], cancellationToken);
        return row;
    }

    /// <summary>Public complaints that match the filter, newest first, from its Offset, at most its Limit.</summary>
    public static async Task<IReadOnlyList<PublicComplaintRow>> ListAsync(IDbConnectionFactory connections, PublicComplaintFilter filter, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(new { confidential = false, from = filter.From, to = filter.To, limit = filter.Limit, offset = filter.Offset });
        var sql = PublicComplaintSql.SelectMatching(connections.Dialect, filter, parameters);
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<PublicComplaintRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).ToList();
        await AttachAnswersAsync(connection, rows, cancellationToken);
        return rows;
    }

    /// <summary>
    /// Public complaints that match the filter within <paramref name="radiusMetres"/> of a point (great circle), newest
    /// first, from the filter's Offset, at most its Limit. As for nearby duplicates (ADR 0055), the database narrows the
    /// search to the box around the circle and the distance (haversine) decides here; the page is then taken here, so
    /// that page numbers count only the complaints inside the circle.
    /// </summary>
    public static async Task<IReadOnlyList<PublicComplaintRow>> ListWithinAsync(
        IDbConnectionFactory connections, PublicComplaintFilter filter, double latitude, double longitude, double radiusMetres, CancellationToken cancellationToken)
    {
        var boxed = filter with { Box = GeoBox.Around(latitude, longitude, radiusMetres) };
        var parameters = new DynamicParameters(new { confidential = false, from = filter.From, to = filter.To });
        List<Guid> page;
        await using (var connection = await connections.OpenConnectionAsync(cancellationToken))
        {
            var located = await connection.QueryAsync<LocatedRow>(new CommandDefinition(
                PublicComplaintSql.SelectLocations(boxed, parameters), parameters, cancellationToken: cancellationToken));
            page =
            [
                .. located
                    .Where(row => NearbyComplaints.DistanceMetres(latitude, longitude, row.Latitude, row.Longitude) <= radiusMetres)
                    .Skip(filter.Offset)
                    .Take(filter.Limit)
                    .Select(row => row.Id),
            ];
        }

        return page.Count == 0 ? [] : await ListAsync(connections, new PublicComplaintFilter(null, null, page.Count, Ids: page), cancellationToken);
    }

    /// <summary>The public answers and photos of the listed complaints, one statement each.</summary>
    private static async Task AttachAnswersAsync(System.Data.Common.DbConnection connection, IReadOnlyList<PublicComplaintRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return;

        var parameters = new DynamicParameters();
        var sql = PublicComplaintSql.SelectAnswers(parameters, [.. rows.Select(row => row.Id)]);
        var answers = await connection.QueryAsync<PublicAnswerRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var byComplaint = answers.ToLookup(answer => answer.ComplaintId);
        var photos = await Photos.PublicPhotos.OfAsync(connection, [.. rows.Select(row => row.Id)], cancellationToken);
        foreach (var row in rows)
        {
            row.Answers = [.. byComplaint[row.Id].OrderByDescending(answer => answer.RespondedAt).ThenByDescending(answer => answer.Id)];
            row.Photos = [.. photos[row.Id]];
        }
    }

    private sealed class LocatedRow
    {
        public Guid Id { get; init; }

        public double Latitude { get; init; }

        public double Longitude { get; init; }
    }
}
