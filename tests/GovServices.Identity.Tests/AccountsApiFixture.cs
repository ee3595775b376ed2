using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;

namespace GovServices.Identity.Tests;

/// <summary>A host with the demo accounts, and an admin client (the demo <c>admin-cli</c>) to call the admin API with.</summary>
public abstract class AccountsApiFixture(DatabaseProvider provider) : IdentityHostFixture(provider)
{
    public const string Root = "/api/v1/identity";

    private string? _adminToken;

    internal static Uri Api(string path) => new(Root + path, UriKind.Relative);

    /// <summary>A client with an identity.admin token of the demo admin CLI; one token per fixture.</summary>
    internal async Task<HttpClient> AdminAsync()
    {
        _adminToken ??= (await OAuth.ClientCredentialsAsync("admin-cli", "identity.admin")).AccessToken;
        return OAuth.CreateApiClient(_adminToken);
    }

    internal async Task<ClientCreatedDto> CreateClientAsync(object request)
    {
        using var admin = await AdminAsync();
        using var response = await admin.PostAsJsonAsync(Api("/clients"), request);
        if (!response.IsSuccessStatusCode)
            Assert.Fail($"Creating a client failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ClientCreatedDto>())!;
    }

    internal async Task<StaffUserCreatedDto> CreateStaffUserAsync(object request)
    {
        using var admin = await AdminAsync();
        using var response = await admin.PostAsJsonAsync(Api("/users"), request);
        if (!response.IsSuccessStatusCode)
            Assert.Fail($"Creating a user failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<StaffUserCreatedDto>())!;
    }

    /// <summary>The <c>errors</c> map of a validation problem: messages by field.</summary>
    internal static async Task<Dictionary<string, string[]>> ReadFieldErrorsAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(ProblemResponseExtensions.ProblemMediaType));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("errors", out var errors)
            ? errors.Deserialize<Dictionary<string, string[]>>()!
            : [];
    }

    internal static HttpRequestMessage Request(HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, Api(path));
        if (body is not null)
            request.Content = JsonContent.Create(body);
        if (ifMatch is not null)
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return request;
    }
}
