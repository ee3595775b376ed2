using GovServices.BuildingBlocks.Security;

namespace GovServices.Complaints.Tests;

/// <summary>A person signed in through a client, for statements that are rendered per caller.</summary>
internal sealed record SignedInActor(string UserId, string? Opd, IReadOnlyList<string> Roles) : ICurrentActor
{
    public string? ClientId => "govservices-web";

    string? ICurrentActor.UserId => UserId;

    public string? Nik => null;

    public bool IsInRole(string role) => Roles.Contains(role);
}
