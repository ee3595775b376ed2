using System.Net;
using GovServices.BuildingBlocks.Data;
using GovServices.Testing;

namespace GovServices.Identity.Tests;

public sealed class HostSecurityTests() : IdentityHostFixture(DatabaseProvider.Sqlite)
{
    [Test]
    public void Production_refuses_to_start_without_signing_certificates()
    {
        using var host = new ProductionWithoutCertificates();

        var failure = Assert.Catch(() => host.CreateClient().Dispose());

        Assert.That(failure!.ToString(), Does.Contain("Identity:SigningCertificatePath is not set"));
    }

    [Test]
    public void Outside_development_the_host_refuses_to_start_without_a_key_ring_certificate()
    {
        using var host = new GovServicesWebApplicationFactory(new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = "" }, "Production");

        var failure = Assert.Catch(() => host.CreateClient().Dispose());

        Assert.That(failure!.ToString(), Does.Contain("DataProtection:CertificatePath is not set"));
    }

    [Test]
    public void Outside_development_the_host_refuses_to_start_without_an_issuer()
    {
        using var host = new GovServicesWebApplicationFactory(new Dictionary<string, string?> { ["Identity:Issuer"] = "" }, "Production");

        var failure = Assert.Catch(() => host.CreateClient().Dispose());

        Assert.That(failure!.ToString(), Does.Contain("Identity:Issuer is not set"));
    }

    [Test]
    public void Outside_development_the_host_refuses_an_issuer_that_is_not_https()
    {
        using var host = new GovServicesWebApplicationFactory(new Dictionary<string, string?> { ["Identity:Issuer"] = "http://layanan.bontangkota.test/" }, "Production");

        var failure = Assert.Catch(() => host.CreateClient().Dispose());

        Assert.That(failure!.ToString(), Does.Contain("the issuer must be an https URL"));
    }

    [Test]
    public async Task In_development_the_issuer_may_be_left_out_and_follows_the_request()
    {
        await using var host = new GovServicesWebApplicationFactory(new Dictionary<string, string?>(), "Development");
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://127.0.0.1:5080/") });

        var discovery = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative)))!;

        Assert.That(discovery["issuer"]!.GetValue<string>(), Is.EqualTo("http://127.0.0.1:5080/"));
    }

    [Test]
    public async Task A_registered_front_end_origin_passes_the_cors_preflight()
    {
        using var preflight = await PreflightAsync("http://127.0.0.1:5173");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(preflight.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(preflight.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "http://127.0.0.1:5173" }));
            Assert.That(preflight.Headers.GetValues("Access-Control-Allow-Headers").Single(), Does.Contain("Authorization"));
        }
    }

    [Test]
    public async Task An_unknown_origin_gets_no_cors_permission()
    {
        using var preflight = await PreflightAsync("https://evil.example");

        Assert.That(preflight.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var client = Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/identity/me");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return await client.SendAsync(request);
    }

    /// <summary>A production host whose configuration names no certificates (the factory's test ones are cleared).</summary>
    private sealed class ProductionWithoutCertificates() : GovServicesWebApplicationFactory(
        new Dictionary<string, string?>
        {
            ["Identity:SigningCertificatePath"] = "",
            ["Identity:EncryptionCertificatePath"] = "",
        },
        "Production")
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Identity:SigningCertificatePath", "");
            builder.UseSetting("Identity:EncryptionCertificatePath", "");
        }
    }
}
