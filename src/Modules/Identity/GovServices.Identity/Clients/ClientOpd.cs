using System.Collections.Immutable;
using System.Text.Json;
using OpenIddict.Abstractions;

namespace GovServices.Identity.Clients;

/// <summary>
/// The OPD a machine client is bound to, kept in the application's properties beside its version: a back-office
/// system of that OPD, whose client-credentials tokens carry it as the <c>opd</c> claim so that it takes that OPD's
/// officers' steps (ADR 0051). No column of its own: OpenIddict's properties are the client's settings we add.
/// </summary>
internal static class ClientOpd
{
    private const string PropertyName = "gov_opd";

    public static string? Of(OpenIddictApplicationDescriptor descriptor) => Read(descriptor.Properties.GetValueOrDefault(PropertyName));

    public static string? Of(ImmutableDictionary<string, JsonElement> properties) => Read(properties.GetValueOrDefault(PropertyName));

    /// <summary>Binds the client to <paramref name="opd"/>, or unbinds it when null.</summary>
    public static void Set(OpenIddictApplicationDescriptor descriptor, string? opd)
    {
        if (opd is null)
            descriptor.Properties.Remove(PropertyName);
        else
            descriptor.Properties[PropertyName] = JsonSerializer.SerializeToElement(opd);
    }

    private static string? Read(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
