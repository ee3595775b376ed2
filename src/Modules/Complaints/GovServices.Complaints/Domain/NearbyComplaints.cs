using System.Data.Common;
using Dapper;

namespace GovServices.Complaints.Domain;

/// <summary>
/// "Already reported nearby?" (ADR 0055): the open, non-confidential complaints of a category within the category's
/// radius of a point, nearest first, at most <see cref="MaxResults"/>. The database narrows the search to a bounding
/// box around the point (served by <c>ix_complaint_nearby</c> on category, latitude and longitude, on every
/// provider); the great-circle distance (haversine) decides here, the same way on every provider.
/// </summary>
internal static class NearbyComplaints
{
    public const int DefaultRadiusMetres = 250;
    public const int MinRadiusMetres = 10;
    public const int MaxRadiusMetres = 5000;
    public const int MaxResults = 5;

    /// <summary>The mean radius of the earth (IUGG), in metres.</summary>
    public const double EarthRadiusMetres = 6_371_008.8;

    /// <summary>Statuses of a complaint still being dealt with: a new report of the same problem would duplicate it.</summary>
    private const string OpenStatuses = "('submitted', 'verified', 'dispositioned', 'in_progress', 'reopened')";

    public const string SelectInBox = $"""
        SELECT id AS Id, tracking_code AS TrackingCode, status AS Status, title AS Title, latitude AS Latitude, longitude AS Longitude
        FROM complaints.complaint
        WHERE category_code = @category
          AND latitude BETWEEN @min_latitude AND @max_latitude
          AND longitude BETWEEN @min_longitude AND @max_longitude
          AND confidential = @confidential
          AND status IN {OpenStatuses}
        """;

    /// <summary>The nearby complaints; <paramref name="except"/> leaves one out (the complaint itself).</summary>
    public static async Task<IReadOnlyList<NearbyComplaint>> FindAsync(
        DbConnection connection, DbTransaction? transaction, string category, double latitude, double longitude, int radiusMetres, Guid? except, CancellationToken cancellationToken)
    {
        var box = GeoBox.Around(latitude, longitude, radiusMetres);
        var rows = await connection.QueryAsync<NearbyRow>(new CommandDefinition(
            SelectInBox,
            new
            {
                category,
                min_latitude = box.MinLatitude,
                max_latitude = box.MaxLatitude,
                min_longitude = box.MinLongitude,
                max_longitude = box.MaxLongitude,
                confidential = false,
            },
            transaction,
            cancellationToken: cancellationToken));
        return
        [
            .. rows
                .Where(row => row.Id != except)
                .Select(row => new NearbyComplaint(row.Id, row.TrackingCode, row.Status, row.Title, Math.Round(DistanceMetres(latitude, longitude, row.Latitude, row.Longitude), 1)))
                .Where(found => found.DistanceMetres <= radiusMetres)
                .OrderBy(found => found.DistanceMetres)
                .ThenBy(found => found.Id)
                .Take(MaxResults),
        ];
    }

    /// <summary>The great-circle distance between two points, by the haversine formula.</summary>
    public static double DistanceMetres(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude)
    {
        var fromPhi = fromLatitude * Math.PI / 180;
        var toPhi = toLatitude * Math.PI / 180;
        var deltaPhi = toPhi - fromPhi;
        var deltaLambda = (toLongitude - fromLongitude) * Math.PI / 180;
        var h = (Math.Sin(deltaPhi / 2) * Math.Sin(deltaPhi / 2)) + (Math.Cos(fromPhi) * Math.Cos(toPhi) * Math.Sin(deltaLambda / 2) * Math.Sin(deltaLambda / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private sealed class NearbyRow
    {
        public Guid Id { get; init; }

        public string TrackingCode { get; init; } = "";

        public string Status { get; init; } = "";

        public string Title { get; init; } = "";

        public double Latitude { get; init; }

        public double Longitude { get; init; }
    }
}

/// <summary>A complaint of the same category nearby, maybe the same problem.</summary>
/// <param name="Id">Its id: to follow it, and for staff deciding side by side before rejecting one as a duplicate.</param>
/// <param name="TrackingCode">Its public tracking code: follow it instead of filing again.</param>
/// <param name="Status">Its status.</param>
/// <param name="Title">Its title.</param>
/// <param name="DistanceMetres">How far from the given point, in metres (great circle).</param>
internal sealed record NearbyComplaint(Guid Id, string TrackingCode, string Status, string Title, double DistanceMetres);

/// <summary>A complaint of the same category nearby, as anyone may see it: follow it instead of filing again.</summary>
/// <param name="Id">Its id, to follow it (<c>POST /api/v1/complaints/{id}/followers</c>); reading it by id still needs the right to.</param>
/// <param name="TrackingCode">Its public tracking code.</param>
/// <param name="Status">Its status.</param>
/// <param name="Title">Its title.</param>
/// <param name="DistanceMetres">How far from the given point, in metres (great circle, to a tenth of a metre).</param>
internal sealed record NearbyComplaintView(Guid Id, string TrackingCode, string Status, string Title, double DistanceMetres)
{
    public static NearbyComplaintView Of(NearbyComplaint found) => new(found.Id, found.TrackingCode, found.Status, found.Title, found.DistanceMetres);
}
