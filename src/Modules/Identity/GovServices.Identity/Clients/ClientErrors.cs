using GovServices.BuildingBlocks.Application;
using GovServices.BuildingBlocks.Localisation;

namespace GovServices.Identity.Clients;

internal static class ClientErrors
{
    public static Error VersionMismatch(int current) =>
        Error.PreconditionFailed(Bilingual.Pick(
            $"The client changed since you read it (it is at version {current}); read it again.",
            $"Klien telah berubah sejak Anda membacanya (kini versi {current}); bacalah kembali."));

    public static Error Disabled(string clientId) =>
        Error.Conflict("client_disabled", Bilingual.Pick($"The client '{clientId}' is disabled.", $"Klien '{clientId}' dinonaktifkan."));
}
