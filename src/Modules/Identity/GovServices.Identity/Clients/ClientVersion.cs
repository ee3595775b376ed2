using System.Text.Json;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Clients;

/// <summary>
/// A client's version, the integer its <c>ETag</c> is made of, kept in the application's properties. A counter
/// rather than OpenIddict's concurrency token: the token is an opaque GUID that changes on every store write, while
/// the rest of the API speaks in integer versions ("3") and so can every client of it. The counter only says what the
/// caller last read; OpenIddict's concurrency token still guards the write itself, so two admins who both send
/// <c>If-Match: "3"</c> at the same moment cannot both win.
/// </summary>
internal static class ClientVersion
{
    private const string PropertyName = "gov_version";

    /// <summary>Clients created before versions were kept (the demo seed) start at 1.</summary>
    public static int Of(OpenIddictApplicationDescriptor descriptor) =>
        descriptor.Properties.TryGetValue(PropertyName, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetInt32()
            : 1;

    public static void Set(OpenIddictApplicationDescriptor descriptor, int version) =>
        descriptor.Properties[PropertyName] = JsonSerializer.SerializeToElement(version);

    public static void Advance(OpenIddictApplicationDescriptor descriptor) => Set(descriptor, Of(descriptor) + 1);
}
