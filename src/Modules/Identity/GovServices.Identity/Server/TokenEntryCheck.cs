using System.Globalization;
using System.Security.Claims;
using Dapper;
using GovServices.BuildingBlocks.Data;
using GovServices.Identity.Server.Revocations;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace GovServices.Identity.Server;

/// <summary>
/// Refuses, at every API call, an access token whose entry is gone or no longer valid (revoked, or its client
/// disabled), or whose authorization was revoked (a citizen's refresh-token chain). It does what OpenIddict's own
/// token- and authorization-entry validation does, in one small indexed query instead of loading the token entity
/// through EF Core: that load was about 40% of the CPU of an authenticated GET (docs/benchmarks.md, ADR 0025).
/// A token found valid is kept in the <see cref="TokenStatusCache"/> and read once per instance; a revocation reaches
/// every instance's cache within a second, and this instance's at once (ADR 0073).
/// </summary>
internal sealed class TokenEntryCheck(IDbConnectionFactory connections, TokenStatusCache cache) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public const string SelectStatus =
        """
        SELECT entry."Status" AS TokenStatus, entry."ReferenceId" AS ReferenceId,
               entry."AuthorizationId" AS AuthorizationId, grant_entry."Status" AS AuthorizationStatus
        FROM "identity"."OpenIddictTokens" entry
        LEFT JOIN "identity"."OpenIddictAuthorizations" grant_entry ON grant_entry."Id" = entry."AuthorizationId"
        WHERE entry."Id" = @id
        """;

    /// <summary>Runs where OpenIddict's entry validation would run: after the signature, lifetime and audience checks.</summary>
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<TokenEntryCheck>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateProofOfPossession.Descriptor.Order + 1_000)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Every token this server issues has an entry (token storage is on): one without can never be revoked.
        // (OpenIddict has already refused a token without a principal, and runs no handler after a refusal.)
        var tokenId = context.Principal?.GetTokenId();
        if (!string.IsNullOrEmpty(tokenId) && cache.TryGet(tokenId, out var cached))
        {
            context.TokenId = tokenId;
            context.AuthorizationId = cached.AuthorizationId;
            return;
        }

        var generation = cache.Generation;
        var entry = string.IsNullOrEmpty(tokenId)
            ? null
            : await ReadAsync(tokenId, context.CancellationToken);

        if (entry is null
            || entry.TokenStatus != OpenIddictConstants.Statuses.Valid
            // An entry with a reference id backs a reference token: its payload must never arrive as a bearer JWT.
            || !string.IsNullOrEmpty(entry.ReferenceId)
            || (entry.AuthorizationId is not null && entry.AuthorizationStatus != OpenIddictConstants.Statuses.Valid))
        {
            context.Reject(
                error: OpenIddictConstants.Errors.InvalidToken,
                description: "The token is no longer valid.");
            return;
        }

        context.TokenId = tokenId;
        context.AuthorizationId = entry.AuthorizationId;
        // OpenIddict has refused an expired token before this handler; one without an expiry is not kept.
        if (ExpiryOf(context.Principal!) is { } expiresAt)
            cache.Remember(tokenId!, new CachedTokenStatus(entry.AuthorizationId, expiresAt), generation);
    }

    // A validated JWT's principal carries the standard "exp" (seconds since 1970), not OpenIddict's private date claim.
    private static DateTimeOffset? ExpiryOf(ClaimsPrincipal principal) =>
        principal.GetExpirationDate()
        ?? (long.TryParse(principal.GetClaim(OpenIddictConstants.Claims.ExpiresAt), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null);

    private async Task<TokenEntryStatus?> ReadAsync(string tokenId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<TokenEntryStatus>(new CommandDefinition(
            SelectStatus, new { id = tokenId }, cancellationToken: cancellationToken));
    }

    private sealed record TokenEntryStatus(string? TokenStatus, string? ReferenceId, string? AuthorizationId, string? AuthorizationStatus);
}
