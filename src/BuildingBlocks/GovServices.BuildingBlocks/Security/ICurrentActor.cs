namespace GovServices.BuildingBlocks.Security;

/// <summary>Who is acting: the OAuth client and, when a person signed in, the user. Both null for the system itself.</summary>
public interface ICurrentActor
{
    string? ClientId { get; }

    string? UserId { get; }

    /// <summary>A signed-in citizen's NIK (<see cref="GovClaims.Nik"/>); null for anyone else. Personal data: never log it.</summary>
    string? Nik { get; }

    /// <summary>
    /// The department (OPD) of a signed-in officer or coordinator, or of a back-office system bound to one
    /// (<see cref="GovClaims.Opd"/>); null for anyone else. Whether the caller may act as that OPD's officer is
    /// <see cref="OfficerOpd.Of"/>.
    /// </summary>
    string? Opd { get; }

    /// <summary>True when the signed-in person holds <paramref name="role"/> (one of <see cref="Roles"/>).</summary>
    bool IsInRole(string role);

    /// <summary>The signed-in person's full name from the token (<see cref="GovClaims.Name"/>); null for machine clients.</summary>
    string? PersonName => null;
}
