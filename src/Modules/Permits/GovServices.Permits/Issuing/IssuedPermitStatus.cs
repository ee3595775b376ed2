namespace GovServices.Permits.Issuing;

/// <summary>The states of an issued permit, stored as text. Expiry is not a state: it follows from the date.</summary>
internal static class IssuedPermitStatus
{
    public const string Issued = "issued";

    public const string Revoked = "revoked";
}
