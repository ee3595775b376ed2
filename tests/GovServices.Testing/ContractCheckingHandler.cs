using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovServices.Testing;

/// <summary>
/// Checks every 2xx JSON answer of the API against the committed contract (<see cref="OpenApiConformance"/>) as it
/// arrives, so that each module's API tests hold the schema to what the server really sends (issue 21 part 7). A
/// violation fails the calling test with the list of what the contract does not allow.
/// </summary>
public sealed class ContractCheckingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode
            || request.RequestUri?.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) != true
            || response.Content.Headers.ContentType?.MediaType is not { } mediaType
            || !(mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal)))
            return response;

        // Buffered, so that the test still reads the body after this check.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        JsonNode? body;
        try
        {
            body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (JsonException)
        {
            return response;
        }

        var violations = OpenApiConformance.Violations(response, body);
        if (violations.Count > 0)
            throw new InvalidOperationException("The answer is not what the contract (docs/openapi/v1.json) says:\n" + string.Join("\n", violations));
        return response;
    }
}
