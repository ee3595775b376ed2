using GovServices.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;

namespace GovServices.Permits;

/// <summary>
/// Reading applications is open to three kinds of caller with three scopes: applicants (permits.apply), officers
/// (permits.review) and auditors (audit.read). The handlers decide which applications each may see.
/// </summary>
internal static class PermitsReaderAccess
{
    public static TBuilder RequirePermitsReader<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .RequireAnyScope(PermitsScopes.Apply, PermitsScopes.Review, Scopes.AuditRead);
}
