using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovServices.BuildingBlocks.Security;
using GovServices.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace GovServices.Host.Tests;

/// <summary>
/// The document tells the truth about access: a client generated from it asks for the scopes the endpoint serves,
/// no more and no fewer. Checked by running every endpoint's real authorization policy.
/// </summary>
internal sealed partial class DeclaredScopesTests
{
    private static readonly string[] EveryRole = [Roles.Citizen, Roles.Officer, Roles.Coordinator, Roles.Auditor, Roles.Admin];

    [Test]
    public async Task Every_operation_declares_exactly_the_scopes_its_authorization_policy_admits()
    {
        await using var host = new GovServicesWebApplicationFactory();
        using var client = host.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var declared = Declared(document.RootElement);
        var scopes = host.Services.GetRequiredService<ApiScopeCatalogue>().Names.ToList();
        var authorization = host.Services.GetRequiredService<IAuthorizationService>();
        var policies = host.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        var wrong = new List<string>();
        var checkedOperations = 0;
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PublicEndpointMetadata>() is not null)
                continue;
            var policy = await AuthorizationPolicy.CombineAsync(
                policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                var operation = $"{method} {Constraint().Replace(endpoint.RoutePattern.RawText!, "{$1}")}";
                if (!declared.TryGetValue(operation, out var requirement))
                    continue; // not in the document (the authorization server's own endpoints, the documentation pages)
                checkedOperations++;
                if (policy is null)
                {
                    wrong.Add($"{operation}: declares security but has no policy");
                    continue;
                }

                foreach (var scope in scopes.Prepend(null))
                {
                    var admitted = (await authorization.AuthorizeAsync(Caller(scope), resource: null, policy)).Succeeded;
                    var documented = requirement.AnyToken || (scope is not null && requirement.Scopes.Contains(scope));
                    if (admitted != documented)
                        wrong.Add($"{operation}: a token with {scope ?? "no scope"} is {(admitted ? "served" : "refused")} but the document says {(documented ? "served" : "refused")}");
                }
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(checkedOperations, Is.GreaterThan(50), "the document's secured operations were found");
            Assert.That(wrong, Is.Empty);
        }
    }

    [Test]
    public async Task An_officer_is_declared_to_read_applications_and_the_treasury_invoices()
    {
        await using var host = new GovServicesWebApplicationFactory();
        using var client = host.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var declared = Declared(document.RootElement);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(declared["GET /api/v1/permits/applications"].Scopes, Is.EquivalentTo(new[] { "permits.apply", "permits.review", "audit.read" }));
            Assert.That(declared["GET /api/v1/permits/applications/{id}"].Scopes, Does.Contain("permits.review"));
            Assert.That(declared["GET /api/v1/payments/invoices/{id}"].Scopes, Is.EquivalentTo(new[] { "payments.read", "payments.manage" }));
        }
    }

    /// <summary>A person holding every role, so that only the scope decides, with one scope or none.</summary>
    private static ClaimsPrincipal Caller(string? scope)
    {
        var identity = new ClaimsIdentity("test");
        identity.AddClaim(new Claim(GovClaims.Subject, "someone"));
        identity.AddClaim(new Claim(GovClaims.ClientId, "a-client"));
        foreach (var role in EveryRole)
            identity.AddClaim(new Claim(GovClaims.Role, role));
        var principal = new ClaimsPrincipal(identity);
        if (scope is not null)
            principal.SetScopes(scope);
        return principal;
    }

    private static Dictionary<string, (bool AnyToken, HashSet<string> Scopes)> Declared(JsonElement document)
    {
        var declared = new Dictionary<string, (bool, HashSet<string>)>(StringComparer.Ordinal);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (!operation.Value.TryGetProperty("security", out var security) || security.GetArrayLength() == 0)
                    continue;
                var anyToken = false;
                var scopes = new HashSet<string>(StringComparer.Ordinal);
                foreach (var requirement in security.EnumerateArray())
                {
                    foreach (var scheme in requirement.EnumerateObject())
                    {
                        if (scheme.Value.GetArrayLength() == 0)
                            anyToken = true;
                        scopes.UnionWith(scheme.Value.EnumerateArray().Select(scope => scope.GetString()!));
                    }
                }

                declared[$"{operation.Name.ToUpperInvariant()} {path.Name}"] = (anyToken, scopes);
            }
        }

        return declared;
    }

    [GeneratedRegex(@"\{([A-Za-z_]+)(:[^}]*)?\}")]
    private static partial Regex Constraint();
}
