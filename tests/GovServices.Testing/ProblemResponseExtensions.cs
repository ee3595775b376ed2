using System.Net.Http.Json;

namespace GovServices.Testing;

public static class ProblemResponseExtensions
{
    public const string ProblemMediaType = "application/problem+json";

    /// <summary>Reads a problem response, failing the test when the response is not <c>application/problem+json</c>.</summary>
    public static async Task<ProblemDocument> ReadProblemAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);

        Assert.That(
            response.Content.Headers.ContentType?.MediaType,
            Is.EqualTo(ProblemMediaType),
            $"A {(int)response.StatusCode} response should be a problem.");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.That(problem, Is.Not.Null);
        return problem!;
    }
}
