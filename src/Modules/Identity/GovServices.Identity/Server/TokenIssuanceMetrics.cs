using System.Diagnostics.Metrics;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace GovServices.Identity.Server;

/// <summary>
/// Counts the tokens the token endpoint issues, by client and grant type, as OpenIddict sends each answer. A client
/// whose count jumps is either misbehaving (a token per call instead of one per lifetime) or leaked; refused requests
/// are not counted, so an unknown client id never becomes a series of its own.
/// </summary>
internal sealed class TokenIssuanceMetrics : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public const string MeterName = "GovServices.Identity";

    private readonly Counter<long> _issued;

    public TokenIssuanceMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _issued = meters.Create(MeterName).CreateCounter<long>(
            "govservices.identity.tokens_issued",
            unit: "{token}",
            description: "Access tokens issued by the token endpoint, by client and grant type.");
    }

    /// <summary>Runs before the host writes the answer, which ends the event for every handler after it.</summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseSingletonHandler<TokenIssuanceMetrics>()
            .SetOrder(int.MinValue + 50_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (string.IsNullOrEmpty(context.Error) && !string.IsNullOrEmpty(context.Response.AccessToken))
        {
            _issued.Add(
                1,
                new KeyValuePair<string, object?>("client_id", context.Request?.ClientId ?? "unknown"),
                new KeyValuePair<string, object?>("grant_type", context.Request?.GrantType ?? "unknown"));
        }

        return ValueTask.CompletedTask;
    }
}
