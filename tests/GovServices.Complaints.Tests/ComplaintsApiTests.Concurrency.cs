using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace GovServices.Complaints.Tests;

public sealed partial class ComplaintsApiTests
{
    private const int ConcurrentWriters = 32;
    private const int FilingsPerWriter = 4;

    [Test]
    public async Task Thirty_two_partner_apps_filing_at_once_all_get_their_complaint_filed()
    {
        var stopwatch = Stopwatch.StartNew();
        var writers = Enumerable.Range(0, ConcurrentWriters).Select(async writer =>
        {
            using var api = Api("partner-app");
            var answers = new List<(HttpStatusCode Status, string Body)>();
            for (var filing = 0; filing < FilingsPerWriter; filing++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, Complaints)
                {
                    Content = JsonContent.Create(Waste(reporter: new { name = $"Pelapor {writer}-{filing}", contact = "0812-5555-0101" })),
                };
                request.Headers.Add("Idempotency-Key", $"concurrent-{Guid.NewGuid()}");
                using var response = await api.SendAsync(request);
                answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
            }

            return answers;
        });

        var answers = (await Task.WhenAll(writers)).SelectMany(answer => answer).ToList();
        stopwatch.Stop();

        // A measurement for the record (docs/benchmarks.md), not an assertion: the shared machine's load decides it.
        await TestContext.Out.WriteLineAsync(
            $"{provider}: {answers.Count} filings by {ConcurrentWriters} concurrent writers in {stopwatch.Elapsed.TotalSeconds:F1} s, " +
            $"{answers.Count / stopwatch.Elapsed.TotalSeconds:F1} per second");
        Assert.That(
            answers.Where(answer => answer.Status != HttpStatusCode.Created).Select(answer => $"{(int)answer.Status} {answer.Body}"),
            Is.Empty);
    }
}
