using System.Diagnostics.Metrics;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace GovServices.Identity.Server;

/// <summary>
/// Counts the tokens the token endpoint issues, by client and grant type, as OpenIddict sends each answer. A client
/// whose count jumps is either misbehaving (a token per call instead of one per lifetime) or leaked; refused requests
/// are not counted, so an unknown client id never becomes a series of its own. The same count goes to the
/// <see cref="TokenIssuanceTally"/>, for the hourly issuance table of the audit trail (ADR 0063).
/// </summary>
internal sealed class TokenIssuanceMetrics : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public const string MeterName = "GovServices.Identity";

    private readonly Counter<long> _issued;
    private readonly TokenIssuanceTally _tally;
    private readonly TimeProvider _clock;

    public TokenIssuanceMetrics(IMeterFactory meters, TokenIssuanceTally tally, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _tally = tally;
        _clock = clock;
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
            var clientId = context.Request?.ClientId ?? "unknown";
            var grantType = context.Request?.GrantType ?? "unknown";
            _issued.Add(
                1,
                new KeyValuePair<string, object?>("client_id", clientId),
                new KeyValuePair<string, object?>("grant_type", grantType));
            _tally.Count(clientId, grantType, _clock.GetUtcNow());
        }

        return ValueTask.CompletedTask;
    }
}
