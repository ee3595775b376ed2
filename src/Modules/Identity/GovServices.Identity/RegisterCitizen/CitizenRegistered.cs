namespace GovServices.Identity.RegisterCitizen;

/// <summary>The new citizen account.</summary>
/// <param name="UserId">The account's id: the <c>sub</c> of the citizen's tokens.</param>
internal sealed record CitizenRegistered(string UserId);
