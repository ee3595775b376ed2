namespace GovServices.BuildingBlocks.Http;

/// <summary>
/// Problem <c>type</c> URIs: one stable URI per error code, so clients can branch on it and people can look it up.
/// </summary>
public static class ProblemTypes
{
    public const string BaseUri = "https://govservices.bontangkota.go.id/problems/";

    public static string For(string code) => BaseUri + code.Replace('_', '-');
}
