using System.Globalization;
using System.Net;
using System.Text;
using GovServices.Host.Tests.Diagnostics;
using GovServices.Testing;
using Microsoft.Extensions.Hosting;

namespace GovServices.Host.Tests;

[TestFixture]
internal sealed class RequestBodyLimitTests
{
    private const string JsonMediaType = "application/json";
    private static readonly Uri Echo = new(DiagnosticEndpointsStartupFilter.EchoPath, UriKind.Relative);

    [Test]
    public async Task A_body_declared_larger_than_the_configured_limit_is_a_413_problem()
    {
        await using var host = HostWithDiagnosticEndpoints.InEnvironment(Environments.Production);
        using var client = host.CreateClient();
        using var body = new ByteArrayContent(EchoBodyOfSize(HostWithDiagnosticEndpoints.SmallBodyLimit + 1));
        body.Headers.ContentType = new(JsonMediaType);

        using var response = await client.PostAsync(Echo, body);

        await AssertPayloadTooLargeAsync(response, HostWithDiagnosticEndpoints.SmallBodyLimit);
    }

    [Test]
    public async Task A_streamed_body_that_grows_past_the_configured_limit_is_a_413_problem()
    {
        await using var host = HostWithDiagnosticEndpoints.InEnvironment(Environments.Production);
        using var client = host.CreateClient();
        using var body = new UnknownLengthContent(EchoBodyOfSize(HostWithDiagnosticEndpoints.SmallBodyLimit + 1), JsonMediaType);

        using var response = await client.PostAsync(Echo, body);

        await AssertPayloadTooLargeAsync(response, HostWithDiagnosticEndpoints.SmallBodyLimit);
    }

    [Test]
    public async Task A_body_exactly_at_the_configured_limit_is_accepted()
    {
        await using var host = HostWithDiagnosticEndpoints.InEnvironment(Environments.Production);
        using var client = host.CreateClient();
        using var body = new UnknownLengthContent(EchoBodyOfSize(HostWithDiagnosticEndpoints.SmallBodyLimit), JsonMediaType);

        using var response = await client.PostAsync(Echo, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Without_configuration_the_limit_is_one_mebibyte()
    {
        const long OneMebibyte = 1024 * 1024;
        await using var host = new HostWithDiagnosticEndpoints(
            new Dictionary<string, string?>(), GovServicesWebApplicationFactory.TestingEnvironment);
        using var client = host.CreateClient();
        using var body = new UnknownLengthContent(EchoBodyOfSize(OneMebibyte + 1), JsonMediaType);

        using var response = await client.PostAsync(Echo, body);

        await AssertPayloadTooLargeAsync(response, OneMebibyte);
    }

    [TestCase(true, TestName = "Kestrel refuses a declared body over the limit with the same 413 problem")]
    [TestCase(false, TestName = "Kestrel refuses a streamed body over the limit with the same 413 problem")]
    public async Task Kestrel_refuses_a_body_over_the_limit_with_the_same_413_problem(bool declareLength)
    {
        await using var host = HostWithDiagnosticEndpoints.InEnvironment(Environments.Production);
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        using var client = host.CreateClient();
        var bytes = EchoBodyOfSize(HostWithDiagnosticEndpoints.SmallBodyLimit + 1);
        using HttpContent body = declareLength
            ? new ByteArrayContent(bytes) { Headers = { ContentType = new(JsonMediaType) } }
            : new UnknownLengthContent(bytes, JsonMediaType);

        using var response = await client.PostAsync(Echo, body);

        await AssertPayloadTooLargeAsync(response, HostWithDiagnosticEndpoints.SmallBodyLimit);
    }

    /// <summary>A valid echo request of exactly <paramref name="size"/> bytes, padded inside the name.</summary>
    private static byte[] EchoBodyOfSize(long size)
    {
        const string Prefix = "{\"name\": \"";
        const string Suffix = "\", \"count\": 1}";
        var padding = new string('a', (int)size - Prefix.Length - Suffix.Length);
        return Encoding.UTF8.GetBytes(Prefix + padding + Suffix);
    }

    private static async Task AssertPayloadTooLargeAsync(HttpResponseMessage response, long limit)
    {
        var problem = await response.ReadProblemAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(problem.Status, Is.EqualTo(413));
            Assert.That(problem.Code, Is.EqualTo("payload_too_large"));
            Assert.That(problem.Title, Is.EqualTo("Request body too large"));
            Assert.That(problem.Detail, Does.Contain(limit.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
