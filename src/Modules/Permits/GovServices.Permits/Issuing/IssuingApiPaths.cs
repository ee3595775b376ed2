namespace GovServices.Permits.Issuing;

/// <summary>The issued-permit routes, relative to the module's group <c>/api/v1/permits</c>.</summary>
internal static class IssuingApiPaths
{
    public const string Group = "/api/v1/permits";
    public const string Keys = "/keys";
    public const string Verify = "/verify/{token}";
    public const string IssuedPermit = "/issued/{id:guid}";
    public const string RevokePermit = "/issued/{id:guid}/revoke";

    public static string VerifyPath(string token) => $"{Group}/verify/{token}";
}
