using GovServices.BuildingBlocks.Security;
using GovServices.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Host.Tests;

/// <summary>Deny by default: every endpoint of the host says who may call it.</summary>
internal sealed class EndpointAccessTests
{
    [Test]
    public async Task Every_endpoint_requires_authorization_or_is_marked_public_with_a_reason()
    {
        await using var host = new GovServicesWebApplicationFactory();
        host.CreateClient().Dispose();

        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var undeclared = endpoints
            .Where(endpoint =>
            {
                var metadata = endpoint.Metadata;
                var isPublic = metadata.GetMetadata<PublicEndpointMetadata>() is { Reason.Length: > 0 };
                var requiresAuthorization = metadata.GetOrderedMetadata<IAuthorizeData>().Any() || metadata.GetOrderedMetadata<AuthorizationPolicy>().Any();
                var allowsAnonymous = metadata.GetMetadata<IAllowAnonymous>() is not null;
                return !(isPublic || (requiresAuthorization && !allowsAnonymous));
            })
            .Select(endpoint => $"{string.Join(",", endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])} {endpoint.RoutePattern.RawText}")
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(endpoints, Has.Count.GreaterThan(10), "the host's endpoints were found");
            Assert.That(undeclared, Is.Empty, "Declare .RequireScope(...) or .AllowPublicAccess(\"why\") on these.");
        }
    }

    [Test]
    public async Task The_public_endpoints_are_the_reviewed_ones()
    {
        await using var host = new GovServicesWebApplicationFactory();
        host.CreateClient().Dispose();

        var publicRoutes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<PublicEndpointMetadata>() is not null)
            .Select(endpoint => endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .Order(StringComparer.Ordinal);

        // A new public endpoint is a security decision: add it here only after review.
        Assert.That(publicRoutes, Is.EquivalentTo(new[]
        {
            "account/login",
            // Citizens' self-registration: rate-limited per address, idempotent, discloses no taken NIK or email.
            // Complaint categories: reference data without personal data, rate-limited per address.
            "api/v1/complaints/categories",
            // One category with its ETag (active or not): the same reference data, rate-limited per address.
            "api/v1/complaints/categories/{code}",
            // Public tracking: status, category and dates only; nothing of confidential complaints; codes carry a check character.
            // Public complaint figures (open data): aggregates of non-confidential complaints, counts below 5 withheld; rate-limited.
            "api/v1/complaints/public-stats",
            "api/v1/complaints/public-stats.csv",
            "api/v1/complaints/track/{trackingCode}",
            // "Is it fixed?": the survey link's signed, expiring, single-purpose token speaks for the reporter, for one answer; rate-limited.
            "api/v1/complaints/survey-answers",
            "survey/{token}",
            // Already reported nearby? Open, non-confidential complaints of a category: tracking code, status, title, distance; rate-limited.
            "api/v1/complaints/nearby",
            // Photos of public complaints: only our re-encoded copy without metadata, once verified, never hidden ones; rate-limited.
            "api/v1/complaints/photos/{mediaId:guid}",
            "api/v1/complaints/photos/{mediaId:guid}/thumbnail",
            "api/v1/identity/citizens",
            // Webhook event types: names, summaries and payload schemas — documentation, no data; rate-limited per address.
            "api/v1/notifications/event-types",
            // Providers' callbacks (SMS receipts, WhatsApp statuses and its handshake): no token, a signature of the body
            // with a shared secret instead (401 without it, logged); they only move a message's status.
            "api/v1/notifications/providers/sms/receipts",
            "api/v1/notifications/providers/whatsapp",
            // Receipt verification: 128-bit codes, valid/invalid with the number, amount, time and masked payer name; rate-limited per address.
            "api/v1/payments/receipts/verify/{code}",
            // Permit catalogue: what each permit asks for and costs, no personal data; rate-limited per address.
            "api/v1/permits/types",
            "api/v1/permits/types/{code}",
            // Permit signing keys (JWKS): public keys only, for offline verification; rate-limited per address.
            "api/v1/permits/keys",
            // Permit verification from the QR code: status and masked data only, one answer for every invalid token; rate-limited.
            "api/v1/permits/verify/{token}",
            "connect/authorize",
            "connect/logout",
            "connect/token",
            "connect/userinfo",
            "health/live",
            "health/ready",
            "openapi/open311-v2.json",
            "openapi/{documentName}.json",
            // Open311 GeoReport v2 reads: discovery, the services (categories), public service requests and their steps
            // only, never a confidential complaint, a note or a reporter; rate-limited. Filing (POST requests) needs a
            // partner api_key.
            "open311/v2/discovery.{format}",
            "open311/v2/requests.{format}",
            "open311/v2/requests/{service_request_id}.{format}",
            "open311/v2/services.{format}",
            "open311/v2/services/{service_code}.{format}",
            "open311/v2/servicerequestupdates.{format}",
        }));
    }

    [Test]
    public async Task Every_public_endpoint_is_rate_limited_or_limited_otherwise_for_a_reviewed_reason()
    {
        await using var host = new GovServicesWebApplicationFactory();
        host.CreateClient().Dispose();

        // Limited elsewhere, or deliberately not at all: reviewed like the public endpoints themselves.
        var otherwiseLimited = new HashSet<string>(StringComparer.Ordinal)
        {
            // The credential limits (CredentialRateLimitMiddleware) count token requests per client and sign-ins per
            // address and account, before authentication.
            "POST connect/token",
            "POST account/login",
            // Probes from the orchestrator and the proxy every few seconds; a limit would turn a flood into "unhealthy".
            // (Health checks answer every method.)
            "* health/live",
            "* health/ready",
        };
        var unlimited = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<PublicEndpointMetadata>() is not null)
            .Where(endpoint => endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>() is null)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {endpoint.RoutePattern.RawText!.TrimStart('/')}"))
            .Where(route => !otherwiseLimited.Contains(route))
            .Distinct()
            .ToList();

        Assert.That(unlimited, Is.Empty, "add .RequireRateLimiting(RateLimitPolicies.Public) or a module's policy");
    }
}
