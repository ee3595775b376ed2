namespace GovServices.BuildingBlocks.Security;

/// <summary>Claim types of our access tokens beyond the standard ones.</summary>
public static class GovClaims
{
    /// <summary>The department (OPD) code of an officer or coordinator, for example <c>DPMPTSP</c>.</summary>
    public const string Opd = "opd";

    /// <summary>On an officer's account (not in tokens): the head of their OPD, who may open the Command Centre for it.</summary>
    public const string OpdHead = "opd_head";

    /// <summary>A citizen's national identity number (NIK). Personal data: never logged.</summary>
    public const string Nik = "nik";

    public const string Role = "role";

    public const string Subject = "sub";

    public const string ClientId = "client_id";

    public const string Name = "name";
}
