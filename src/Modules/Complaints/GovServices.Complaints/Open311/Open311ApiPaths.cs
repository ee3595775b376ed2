namespace GovServices.Complaints.Open311;

/// <summary>The GeoReport v2 routes, relative to <see cref="Group"/>; each resource ends in <c>.json</c> or <c>.xml</c>.</summary>
internal static class Open311ApiPaths
{
    public const string Group = "/open311/v2";
    public const string Discovery = "/discovery.{format}";
    public const string Services = "/services.{format}";
    public const string Service = "/services/{service_code}.{format}";
    public const string Requests = "/requests.{format}";
    public const string Request = "/requests/{service_request_id}.{format}";
    public const string RequestUpdates = "/servicerequestupdates.{format}";
}
