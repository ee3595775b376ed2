using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovServices.Complaints.Tests;

/// <summary>Takes lifecycle steps over HTTP with the ETag last read, as a client does.</summary>
internal static class ComplaintSteps
{
    public static async Task<HttpResponseMessage> PostStepAsync(this HttpClient api, Uri complaint, string action, string? etag, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{complaint}/{action}", UriKind.Relative))
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        if (etag is not null)
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await api.SendAsync(request);
    }

    public static async Task<string> ETagOfAsync(this HttpClient api, Uri complaint)
    {
        using var response = await api.GetAsync(complaint);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return response.Headers.ETag!.Tag;
    }

    public static async Task<JsonNode> ReadAsync(this HttpClient api, Uri complaint) =>
        JsonNode.Parse(await api.GetStringAsync(complaint))!;

    /// <summary>The body each action needs at the least.</summary>
    public static object BodyFor(string action) => action switch
    {
        "reject" => new { reason = "spam" },
        "resolve" => new { answer = "Sampah sudah diangkut oleh DLH pada pagi ini." },
        "reopen" => new { reason = "Sampahnya menumpuk lagi." },
        _ => new { },
    };
}
