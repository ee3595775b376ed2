using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GovServices.BuildingBlocks.Http;

/// <summary>
/// How every endpoint names and explains itself in the OpenAPI document: its operation id, a one-line summary and a
/// description. The responses it can give stay listed beside it with <c>Produces…</c>, in the order they appear.
/// </summary>
public static class EndpointDescription
{
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string name, string summary, string description) =>
        builder
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description);
}
