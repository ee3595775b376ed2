using GovServices.BuildingBlocks.Application;

namespace GovServices.Identity.Clients;

internal static class ClientErrors
{
    public static Error VersionMismatch(int current) =>
        Error.PreconditionFailed($"The client changed since you read it (it is at version {current}); read it again.");

    public static Error Disabled(string clientId) =>
        Error.Conflict("client_disabled", $"The client '{clientId}' is disabled.");
}
