using GovServices.Identity.Clients;

namespace GovServices.Identity.Admin.CreateClient;

/// <summary>The new client and, for a machine client, its secret: shown this once, stored only as a hash.</summary>
/// <param name="Client">The client as registered.</param>
/// <param name="ClientSecret">The secret of a machine client; null for a public client.</param>
internal sealed record ClientCreated(ClientView Client, string? ClientSecret);
