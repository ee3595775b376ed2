using System.Net;
using System.Text.Json.Nodes;
using GovServices.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovServices.Host.Tests;

/// <summary>Open311 integrators find the standard's surface described: its own OpenAPI document, served by the host.</summary>
internal sealed class Open311DocumentTests
{
    [Test]
    public async Task The_open311_document_is_served_and_describes_every_open311_route_and_no_other()
    {
        await using var host = new GovServicesWebApplicationFactory();
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/openapi/open311-v2.json", UriKind.Relative));
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var described = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} /open311/v2{path.Key}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var served = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith("/open311/v2/", StringComparison.Ordinal))
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => $"{method} {endpoint.RoutePattern.RawText}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(document["openapi"]!.GetValue<string>(), Does.StartWith("3.1"));
            Assert.That(served, Has.Count.GreaterThanOrEqualTo(5), "the Open311 routes were found");
            Assert.That(described, Is.EqualTo(served));
        }
    }
}
