using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace GovServices.Host.Http;

/// <summary>
/// The host's one <see cref="IAuthorizationMiddlewareResultHandler"/> (there can be only one: the last registered
/// wins): a refused request to an endpoint with an <see cref="IAuthorizationRefusal"/> gets that surface's answer,
/// everything else ASP.NET Core's default challenge or forbid.
/// </summary>
internal sealed class EndpointAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (!authorizeResult.Succeeded && context.GetEndpoint()?.Metadata.GetMetadata<IAuthorizationRefusal>() is { } refusal)
            return refusal.WriteAsync(context, authorizeResult);
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
