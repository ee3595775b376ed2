namespace GovServices.BuildingBlocks.Security;

/// <summary>Who is acting: the OAuth client and, when a person signed in, the user. Both null for the system itself.</summary>
public interface ICurrentActor
{
    string? ClientId { get; }

    string? UserId { get; }
}
